/// A list with one selected row, scrolled so the selection shows, as ratatui's `List` with a
/// `ListState`. Each row takes `rowHeight` lines, or its own height from `rowHeights` (rows of wrapped
/// text); the caller draws a row's content, the list chooses which rows show, highlights the selected
/// one's first line and puts the cursor on it.
struct SelectableList {
    var count: Int
    var rowHeight = 1
    /// Each row's height in lines, when rows differ; a row is never taller than the area.
    var rowHeights: [Int]?
    var highlight: Style

    init(count: Int, rowHeight: Int = 1, rowHeights: [Int]? = nil, highlight: Style) {
        self.count = count
        self.rowHeight = rowHeight
        self.rowHeights = rowHeights
        self.highlight = highlight
    }

    /// Rows that fit in `area` (rows of one height).
    func visibleRows(in area: Rect) -> Int { max(1, area.height / max(1, rowHeight)) }

    func height(of index: Int, in area: Rect) -> Int {
        min(max(1, area.height), max(1, rowHeights.map { $0.indices.contains(index) ? $0[index] : 1 } ?? rowHeight))
    }

    /// Draws the rows that show; `drawRow` gets the row's index, its first line and whether it is
    /// selected. Updates `state` (the offset that keeps the selection in view, the rows shown) and
    /// returns where the cursor goes.
    @discardableResult
    func render(in area: Rect, state: inout ListState, into grid: inout CellGrid,
                drawRow: (_ index: Int, _ y: Int, _ isSelected: Bool, _ grid: inout CellGrid) -> Void) -> (row: Int, column: Int)? {
        if rowHeights == nil {
            state.keepSelectionVisible(visible: visibleRows(in: area))
        } else {
            state.keepSelectionVisible(heights: (0..<count).map { height(of: $0, in: area) }, room: area.height)
        }
        var cursor: (row: Int, column: Int)?
        var y = area.y
        var index = state.offset
        while index >= 0, index < count, y + height(of: index, in: area) <= area.maxY {
            let isSelected = index == state.selected
            if isSelected {
                grid.fill(row: y, column: area.x, width: area.width, height: 1, style: highlight)
                cursor = (y, area.x + 1)
            }
            drawRow(index, y, isSelected, &grid)
            y += height(of: index, in: area)
            index += 1
        }
        return cursor
    }
}
