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
        var box = frame(in: layout)
        guard box.width >= 12, box.height >= 5 else { return nil }
        let width = max(1, box.width - 4)
        var rows = TextWrapper.wrap([StyledRun(question.reason)], width: width, piece: 0).map(\.plainText)
        rows.append("")
        let reasonRows = rows.count
        rows += question.fileName == nil ? choices : [""]
        // As tall as the words, centred where the frame was.
        let height = min(box.height, rows.count + 2)
        box = Rect(x: box.x, y: box.y + (box.height - height) / 2, width: box.width, height: height)
        let footer = question.fileName == nil ? " w write  q quit  Esc stay " : " Enter write  Esc back "
        let inner = BorderedBlock(title: title, footer: footer, theme: theme, footerStyle: theme.statusMessage,
                                  blanksBeside: true)
            .render(in: box, into: &grid)
        var row = inner.y
        for (index, text) in rows.enumerated() where row < inner.maxY {
            let style = index < reasonRows ? Style.plain : theme.style(.term)
            grid.put(Truncate.toWidth(TerminalSafe.sanitize(text), width), row: row, column: inner.x + 1, style: style,
                     maxColumn: inner.maxX - 1)
            row += 1
        }
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
}
