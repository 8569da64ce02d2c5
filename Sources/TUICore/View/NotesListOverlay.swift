import Content

/// The notes list: every note and mark in document order, one row each, in a box like the help.
/// Enter goes to the selected item.
enum NotesListOverlay {
    static let title = " Notes and marks "
    static let footer = " Enter go  Esc close "
    static let empty = "No notes or marks yet: a adds a note, m marks an item."

    /// Draws the entries; keeps the selection in view, as the list's `state` remembers it.
    static func render(_ entries: [NotesListEntry], state: inout ListState, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) {
        let box = HelpOverlay.frame(in: layout)
        guard box.width >= 12, box.height >= 3 else { return }
        let inner = BorderedBlock(title: title, footer: footer, theme: theme, blanksBeside: true).render(in: box, into: &grid)
        let left = box.x + 2, right = box.maxX - 2
        guard !entries.isEmpty else {
            grid.put(Truncate.toWidth(empty, right - left), row: box.y + 1, column: left, style: theme.style(.dim))
            grid.cursor = (box.y + 1, left)
            return
        }
        let selectedStyle = Style(bold: true, reverse: true)
        let cursor = SelectableList(count: entries.count, highlight: selectedStyle)
            .render(in: inner, state: &state, into: &grid) { index, row, isSelected, grid in
                let entry = entries[index]
                grid.put(TerminalSafe.sanitize(entry.label), row: row, column: left, style: isSelected ? selectedStyle : theme.recommendationNumber)
                let markers = (entry.note == nil ? " " : OutlinePane.noteMarker) + (entry.isMarked ? OutlinePane.markMarker : " ")
                grid.put(markers, row: row, column: left + 6, style: isSelected ? selectedStyle : theme.style(.marker))
                grid.put(Truncate.toWidth(text(of: entry), right - left - 9), row: row, column: left + 9,
                         style: isSelected ? selectedStyle : .plain, maxColumn: right)
            }
        if let cursor { grid.cursor = cursor }
    }

    /// A note's first line (a room's answer with its question), or what a mark means.
    static func text(of entry: NotesListEntry) -> String {
        guard let note = entry.note else { return "marked for the session" }
        let words = note.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard note.kind == .roomAnswer else { return words }
        return "Room: " + (note.question.map { $0 + " — " } ?? "") + words
    }
}
