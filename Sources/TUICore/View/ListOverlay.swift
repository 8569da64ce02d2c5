import Content

/// A learning list drawn in a box over the panes: a key column, the text, and a dimmer line below
/// saying where and in which words. The selected row is in reverse video.
enum ListOverlay {
    static func frame(in layout: Layout) -> Rect { HelpOverlay.frame(in: layout) }

    /// Rows of the list that fit: each takes two lines.
    static func visibleRows(in layout: Layout) -> Int { max(1, (frame(in: layout).height - 2) / 2) }

    /// Draws the list and returns where the cursor goes (the selected row).
    static func render(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let box = frame(in: layout)
        guard box.width >= 12, box.height >= 4 else { return nil }
        let list = state.listView
        grid.fill(row: box.y, column: box.x, width: box.width, height: box.height)
        HelpOverlay.drawBorder(box, theme: theme, into: &grid)
        let title = Truncate.toWidth(list.title, box.width - 4)
        grid.put(title, row: box.y, column: box.x + 2, style: theme.borderTitle)
        guard !list.rows.isEmpty else {
            grid.put(Truncate.toWidth(list.emptyText, box.width - 4), row: box.y + 1, column: box.x + 2, style: theme.style(.dim))
            return (box.y + 1, box.x + 2)
        }
        let visible = visibleRows(in: layout)
        let top = min(max(0, list.selected - visible + 1), max(0, list.rows.count - visible))
        let keyWidth = min(8, list.rows.map { DisplayWidth.of($0.key) }.max() ?? 0)
        let textColumn = box.x + 2 + keyWidth + 2
        let textWidth = max(1, box.maxX - 2 - textColumn)
        let footer = " \(list.selected + 1) of \(list.rows.count) · Enter go · Esc close "
        let footerText = Truncate.toWidth(footer, box.width - 4)
        grid.put(footerText, row: box.maxY - 1, column: box.maxX - 2 - DisplayWidth.of(footerText), style: theme.borderTitle)
        var cursor: (row: Int, column: Int)?
        for offset in 0..<visible {
            let index = top + offset
            guard list.rows.indices.contains(index) else { break }
            let row = list.rows[index]
            let y = box.y + 1 + offset * 2
            let isSelected = index == list.selected
            if isSelected {
                grid.fill(row: y, column: box.x + 1, width: box.width - 2, height: 1, style: Style(reverse: true))
                cursor = (y, box.x + 2)
            }
            let keyStyle = isSelected ? Style(bold: true, reverse: true) : theme.style(.marker)
            grid.put(Truncate.toWidth(row.key, keyWidth), row: y, column: box.x + 2, style: keyStyle, maxColumn: textColumn)
            grid.put(Truncate.toWidth(row.text, textWidth), row: y, column: textColumn,
                     style: isSelected ? Style(reverse: true) : .plain, maxColumn: box.maxX - 2)
            if let detail = row.detail, y + 1 < box.maxY - 1 {
                grid.put(Truncate.toWidth(detail, textWidth), row: y + 1, column: textColumn, style: theme.style(.dim),
                         maxColumn: box.maxX - 2)
            }
        }
        return cursor
    }
}
