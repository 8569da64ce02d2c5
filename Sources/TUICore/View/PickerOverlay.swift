import Content

/// The facet picker: a box above the filter prompt listing the facets this document offers.
enum PickerOverlay {
    static let title = " Add to the filter "

    /// Draws the box and returns where the cursor goes (the selected entry).
    static func render(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let entries = state.picker.entries
        let width = min(layout.width, 70)
        let height = min(entries.count + 2, max(3, layout.height - 1))
        let box = Rect(x: 0, y: max(0, layout.statusRow - height), width: width, height: height)
        guard box.width >= 10, box.height >= 3 else { return nil }
        grid.fill(row: box.y, column: box.x, width: box.width, height: box.height)
        HelpOverlay.drawBorder(box, theme: theme, into: &grid)
        grid.put(Truncate.toWidth(title, box.width - 4), row: box.y, column: box.x + 2, style: theme.borderTitle)
        let visible = box.height - 2
        let top = min(max(0, state.picker.selected - visible + 1), max(0, entries.count - visible))
        let facetWidth = min(24, entries.map { DisplayWidth.of($0.facet) }.max() ?? 0)
        var cursor: (row: Int, column: Int)?
        for offset in 0..<visible where entries.indices.contains(top + offset) {
            let entry = entries[top + offset]
            let row = box.y + 1 + offset
            let isSelected = top + offset == state.picker.selected
            let style = isSelected ? Style(bold: true, reverse: true) : Style.plain
            if isSelected {
                grid.fill(row: row, column: box.x + 1, width: box.width - 2, height: 1, style: style)
                cursor = (row, box.x + 2)
            }
            grid.put(entry.facet, row: row, column: box.x + 2, style: isSelected ? style : theme.style(.marker),
                     maxColumn: box.maxX - 1)
            grid.put(Truncate.toWidth(entry.help, max(0, box.width - facetWidth - 7)), row: row,
                     column: box.x + 4 + facetWidth, style: isSelected ? style : theme.style(.dim), maxColumn: box.maxX - 1)
        }
        return cursor
    }
}
