/// A list with one selected row, scrolled so the selection shows, as ratatui's `List` with a
/// `ListState`. Each row takes `rowHeight` lines; the caller draws a row's content, the list
/// chooses which rows show, highlights the selected one and puts the cursor on it.
struct SelectableList {
    var count: Int
    var rowHeight = 1
    var highlight: Style

    /// Rows that fit in `area`.
    func visibleRows(in area: Rect) -> Int { max(1, area.height / max(1, rowHeight)) }

    /// Draws the rows that show; `drawRow` gets the row's index, its first line and whether it is
    /// selected. Updates `state` (the offset that keeps the selection in view, the rows shown) and
    /// returns where the cursor goes.
    @discardableResult
    func render(in area: Rect, state: inout ListState, into grid: inout CellGrid,
                drawRow: (_ index: Int, _ y: Int, _ isSelected: Bool, _ grid: inout CellGrid) -> Void) -> (row: Int, column: Int)? {
        let visible = visibleRows(in: area)
        state.keepSelectionVisible(visible: visible)
        var cursor: (row: Int, column: Int)?
        for slot in 0..<visible {
            let index = state.offset + slot
            guard index >= 0, index < count else { break }
            let y = area.y + slot * rowHeight
            let isSelected = index == state.selected
            if isSelected {
                grid.fill(row: y, column: area.x, width: area.width, height: 1, style: highlight)
                cursor = (y, area.x + 1)
            }
            drawRow(index, y, isSelected, &grid)
        }
        return cursor
    }
}
