import Content

/// The note editor: a box over the screen with what the note is on, the question for a room's
/// answer, the text with a cursor, and its keys (or "Discard changes? y/n") on the bottom border.
enum EditorOverlay {
    static let footer = " Ctrl-S save  Esc close "
    static let discardQuestion = " Discard changes? y/n "

    static func frame(in layout: Layout) -> Rect {
        layout.overlayFrame(maxWidth: 76, maxHeight: 18)
    }

    /// Where the text goes: below two rows for what the note is on, inside the border. One column is
    /// kept free on the right for the cursor at the end of a full row.
    static func textArea(in layout: Layout) -> Rect {
        let box = frame(in: layout)
        return Rect(x: box.x + 2, y: box.y + 3, width: max(2, box.width - 5), height: max(1, box.height - 4))
    }

    /// Draws the editor; scrolls `editor` so the cursor's row shows. `asking`: the discard question
    /// is on the bottom border; `subject` says what the note is on.
    static func render(_ editor: inout NoteEditor, asking: Bool, subject: String, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) {
        let box = frame(in: layout)
        guard box.width >= 12, box.height >= 5 else { return }
        let area = textArea(in: layout)
        editor.keepCursorVisible(width: area.width, height: area.height)
        let title = editor.kind == .roomAnswer ? " The room's answer " : (editor.original == nil ? " New note " : " Edit note ")
        BorderedBlock(title: title, footer: asking ? discardQuestion : footer, theme: theme,
                      footerStyle: asking ? theme.statusMessage : nil).render(in: box, into: &grid)
        let inner = box.maxX - 2
        grid.put(Truncate.toWidth(subject, inner - box.x - 2), row: box.y + 1, column: box.x + 2,
                 style: theme.style(.heading), maxColumn: inner)
        if let question = editor.question {
            grid.put(Truncate.toWidth("Q: " + question, inner - box.x - 2), row: box.y + 2, column: box.x + 2,
                     style: theme.style(.label), maxColumn: inner)
        }
        let rows = editor.visualRows(width: area.width)
        for offset in 0..<area.height {
            let index = editor.top + offset
            guard rows.indices.contains(index) else { break }
            grid.put(TerminalSafe.sanitize(rows[index].text), row: area.y + offset, column: area.x, maxColumn: area.maxX + 1)
        }
        if editor.lines == [""] {
            grid.put("Type your note here.", row: area.y, column: area.x, style: theme.style(.dim), maxColumn: area.maxX)
        }
        let cursor = editor.cursorPosition(width: area.width)
        grid.cursor = (area.y + min(max(0, cursor.row - editor.top), area.height - 1), area.x + cursor.column)
    }

    /// "Recommendation 3b: The PSCP should…", "The introduction".
    static func subject(of editor: NoteEditor, in document: ReviewDocument) -> String {
        switch editor.target {
        case .introduction: return "On the introduction"
        case let .item(id):
            let words = document.anchorText(for: .item(id))?.split(whereSeparator: \.isNewline).first.map(String.init)
            return "On \(id.part == nil ? "recommendation" : "part") \(id)" + (words.map { ": " + $0 } ?? "")
        }
    }
}
