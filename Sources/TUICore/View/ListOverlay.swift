import Content

/// A learning list drawn in a box over the panes: a key column, the text, and a dimmer line below
/// saying where and in which words. The selected row is in reverse video.
enum ListOverlay {
    static func frame(in layout: Layout) -> Rect { HelpOverlay.frame(in: layout) }

    /// Draws the list and returns where the cursor goes (the selected row). Records in `list.state`
    /// how many rows showed (what a page is).
    static func render(_ list: inout ListView, layout: Layout, theme: Theme, into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let box = frame(in: layout)
        guard box.width >= 12, box.height >= 4 else { return nil }
        let footer = list.rows.isEmpty ? "" : " \(list.state.selected + 1) of \(list.rows.count) · Enter go · Esc close "
        let inner = BorderedBlock(title: list.title, footer: footer, theme: theme).render(in: box, into: &grid)
        guard !list.rows.isEmpty else {
            grid.put(Truncate.toWidth(list.emptyText, box.width - 4), row: box.y + 1, column: box.x + 2, style: theme.style(.dim))
            return (box.y + 1, box.x + 2)
        }
        let rows = list.rows
        let keyWidth = min(8, rows.map { DisplayWidth.of($0.key) }.max() ?? 0)
        let textColumn = box.x + 2 + keyWidth + 2
        let textWidth = max(1, box.maxX - 2 - textColumn)
        // Scrolled only as far as the selection needs, from the top on every draw: the selection sits
        // as low as it can, as this list always has.
        var shown = ListState(selected: list.state.selected)
        let cursor = SelectableList(count: rows.count, rowHeight: 2, highlight: Style(reverse: true))
            .render(in: inner, state: &shown, into: &grid) { index, y, isSelected, grid in
                let row = rows[index]
                let keyStyle = isSelected ? Style(bold: true, reverse: true) : theme.style(.marker)
                grid.put(Truncate.toWidth(row.key, keyWidth), row: y, column: box.x + 2, style: keyStyle, maxColumn: textColumn)
                grid.put(Truncate.toWidth(row.text, textWidth), row: y, column: textColumn,
                         style: isSelected ? Style(reverse: true) : .plain, maxColumn: box.maxX - 2)
                if let detail = row.detail, y + 1 < box.maxY - 1 {
                    grid.put(Truncate.toWidth(detail, textWidth), row: y + 1, column: textColumn, style: theme.style(.dim),
                             maxColumn: box.maxX - 2)
                }
            }
        list.state.visibleRows = shown.visibleRows
        return cursor
    }
}
