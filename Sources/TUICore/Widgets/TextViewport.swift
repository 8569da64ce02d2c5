/// Styled lines seen through a window, as a pager shows them: from the scroll offset down, each at
/// its indent, clipped on the right. The offset is clamped here, when drawing.
struct TextViewport {
    var lines: [ReaderLine]
    var theme: Theme

    /// Draws the lines from `state.offset` into `area`, clipped at `maxColumn` (the area's right edge
    /// unless given); clamps `state` to the text first.
    func render(in area: Rect, state: inout ScrollState, into grid: inout CellGrid, maxColumn: Int? = nil) {
        state.clamp(lines: lines.count, visible: area.height)
        draw(from: state.offset, in: area, into: &grid, maxColumn: maxColumn)
    }

    /// Draws from a fixed line, for text that does not scroll (a pinned heading).
    func draw(from first: Int, in area: Rect, into grid: inout CellGrid, maxColumn: Int? = nil) {
        for row in 0..<max(0, area.height) {
            let index = first + row
            guard lines.indices.contains(index) else { break }
            var column = area.x + lines[index].indent
            for run in lines[index].runs {
                column = grid.put(run.text, row: area.y + row, column: column, style: theme.style(run.role),
                                  maxColumn: maxColumn ?? area.maxX)
            }
        }
    }
}
