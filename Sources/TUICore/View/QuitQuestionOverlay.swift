import Content

/// What `q` shows while notes could not be saved: why, in full, and the choices; after `w`, the
/// line where the file name is typed.
enum QuitQuestionOverlay {
    static let title = " Notes not saved "
    static let choices = ["w  write them to a file you name, then quit", "q  quit without them", "Esc  stay"]
    static let fileNameLabel = "Write the notes to: "

    static func frame(in layout: Layout) -> Rect {
        layout.overlayFrame(maxWidth: 70, maxHeight: 14)
    }

    /// Draws the question; returns where the cursor goes (at the end of the file name, when typing one).
    static func render(_ question: QuitQuestion, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let frame = frame(in: layout)
        if question.askingToReplace, let name = question.fileName {
            let line = replaceQuestion(name, width: max(1, frame.width - 4))
            let box = QuestionBox(title: title, text: question.reason, choices: [line], footer: " y replace  n keep it ")
            _ = box.render(in: frame, theme: theme, into: &grid)
            return nil
        }
        let footer = question.fileName == nil ? " w write  q quit  Esc stay " : " Enter write  Esc back "
        let box = QuestionBox(title: title, text: question.reason, choices: question.fileName == nil ? choices : [""], footer: footer)
        guard let (inner, reasonRows) = box.render(in: frame, theme: theme, into: &grid) else { return nil }
        let width = max(1, inner.width - 2)
        guard let name = question.fileName else { return nil }
        let line = min(inner.y + reasonRows, inner.maxY - 1)
        let label = Truncate.toWidth(fileNameLabel, width)
        var column = grid.put(label, row: line, column: inner.x + 1, style: theme.style(.label), maxColumn: inner.maxX - 1)
        // Keep the end of a long name in view, where the typing happens.
        var shown = TerminalSafe.oneLine(name)
        while DisplayWidth.of(shown) > inner.maxX - 2 - column, !shown.isEmpty { shown.removeFirst() }
        column = grid.put(shown, row: line, column: column, maxColumn: inner.maxX - 1)
        return (line, min(column, inner.maxX - 1))
    }

    /// "NAME exists. Replace it? y/n", the name's start given up first so the question always shows.
    static func replaceQuestion(_ name: String, width: Int) -> String {
        let question = " exists. Replace it? y/n"
        var shown = TerminalSafe.oneLine(name)
        if DisplayWidth.of(shown) + DisplayWidth.of(question) > width {
            while DisplayWidth.of(shown) + DisplayWidth.of(question) + 1 > width, !shown.isEmpty { shown.removeFirst() }
            shown = "…" + shown
        }
        return shown + question
    }
}
