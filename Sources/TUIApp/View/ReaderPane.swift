/// The right pane: the selected item's text, wrapped, from the scroll position down.
enum ReaderPane {
    static func render(_ state: BrowserState, content: ReaderContent, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) {
        let area = layout.readerText
        guard area.width > 0, area.height > 0 else { return }
        for offset in 0..<area.height {
            let index = state.readerTop + offset
            guard content.lines.indices.contains(index) else { break }
            let line = content.lines[index]
            var column = area.x + line.indent
            for run in line.runs where column < area.maxX {
                column = grid.put(run.text, row: area.y + offset, column: column, style: theme.style(run.role),
                                  maxColumn: area.maxX)
            }
        }
    }
}
