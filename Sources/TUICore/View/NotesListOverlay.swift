import Content

/// The notes list: every note and mark in document order, one row each, in a box like the help.
/// Enter goes to the selected item.
enum NotesListOverlay {
    static let title = " Notes and marks "
    static let footer = " Enter go  Esc close "
    static let empty = "No notes or marks yet: a adds a note, m marks an item."

    static func listHeight(in layout: Layout) -> Int { HelpOverlay.viewHeight(in: layout) }

    static func render(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let box = HelpOverlay.frame(in: layout)
        guard box.width >= 12, box.height >= 3 else { return }
        grid.fill(row: box.y, column: box.x, width: box.width, height: box.height)
        HelpOverlay.drawBorder(box, theme: theme, into: &grid)
        grid.put(Truncate.toWidth(title, box.width - 4), row: box.y, column: box.x + 2, style: theme.borderTitle)
        let footerText = Truncate.toWidth(footer, box.width - 4)
        grid.put(footerText, row: box.maxY - 1, column: box.maxX - 2 - DisplayWidth.of(footerText),
                 style: theme.borderTitle)
        let entries = state.notesListEntries
        let left = box.x + 2, right = box.maxX - 2
        guard !entries.isEmpty else {
            grid.put(Truncate.toWidth(empty, right - left), row: box.y + 1, column: left, style: theme.style(.dim))
            grid.cursor = (box.y + 1, left)
            return
        }
        for offset in 0..<listHeight(in: layout) {
            let index = state.notesList.top + offset
            guard entries.indices.contains(index) else { break }
            let row = box.y + 1 + offset
            let isSelected = index == state.notesList.selected
            let rowStyle = isSelected ? Style(bold: true, reverse: true) : Style.plain
            if isSelected {
                grid.fill(row: row, column: box.x + 1, width: box.width - 2, height: 1, style: rowStyle)
                grid.cursor = (row, left)
            }
            let entry = entries[index]
            let label = entry.target == .introduction ? "Intro" : entry.target.description
            grid.put(label, row: row, column: left, style: isSelected ? rowStyle : theme.recommendationNumber)
            let markers = (entry.note == nil ? " " : OutlinePane.noteMarker) + (entry.isMarked ? OutlinePane.markMarker : " ")
            grid.put(markers, row: row, column: left + 6, style: isSelected ? rowStyle : theme.style(.marker))
            grid.put(Truncate.toWidth(text(of: entry), right - left - 9), row: row, column: left + 9,
                     style: isSelected ? rowStyle : .plain, maxColumn: right)
        }
    }

    /// A note's first line (a room's answer with its question), or what a mark means.
    static func text(of entry: NotesListEntry) -> String {
        guard let note = entry.note else { return "marked for the session" }
        let words = note.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard note.kind == .roomAnswer else { return words }
        return "Room: " + (note.question.map { $0 + " — " } ?? "") + words
    }
}
