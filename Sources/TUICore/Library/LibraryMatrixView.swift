import Content

/// The matrix of themes (or agencies) × reviews: labels down the left, one column per review (as many
/// as fit, scrolled to keep the selected one in view), the count of recommendations in each cell.
enum LibraryMatrixView {
    static let columnWidth = 9

    /// 9 columns a review; wider, up to 14, where reviews sharing a name carry their library id
    /// ("Child E #13", `ReviewName.distinct`), so that the id shows whole: four reviews still fit at 80
    /// columns. One more for a name with digits ("Child Y70"), five still fitting; a longer name
    /// ("Children A and B") is cut, as a whole title standing as a name is.
    static func columnWidth(for reviews: [LibraryMatrix.Review]) -> Int {
        let withID = reviews.filter { $0.name.hasSuffix(" #\($0.id)") }.map { DisplayWidth.of($0.name) + 1 }
        let named = reviews.filter { ReviewName.short($0.name) == $0.name }.map { min(10, DisplayWidth.of($0.name) + 1) }
        return min(14, max(columnWidth, (withID + named).max() ?? 0))
    }

    static func render(_ matrix: inout LibraryMatrix, in body: Rect, theme: Theme,
                       into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let title = " \(matrix.kind.rawValue.capitalized) × \(matrix.reviews.count) reviews · Enter lists a cell "
        let inner = BorderedBlock(title: title, footer: " h/l reviews · Esc back ", theme: theme).render(in: body, into: &grid)
        guard inner.height >= 2, inner.width >= 20 else { return nil }
        guard !matrix.labels.isEmpty else {
            grid.put("No \(matrix.kind.rawValue) found in these reviews", row: inner.y, column: inner.x + 1, style: theme.style(.dim))
            return (inner.y, inner.x + 1)
        }
        let labelWidth = min(26, max(10, inner.width / 3))
        let columnWidth = columnWidth(for: matrix.reviews)
        let fits = max(1, (inner.width - labelWidth - 2) / columnWidth)
        let first = max(0, min(matrix.column - fits + 1, matrix.reviews.count - fits))
        let shown = Array(first..<min(matrix.reviews.count, first + fits))
        grid.put(Truncate.toWidth(matrix.kind.noun, labelWidth), row: inner.y, column: inner.x + 1, style: theme.style(.dim))
        for (slot, index) in shown.enumerated() {
            let style = index == matrix.column ? theme.style(.heading) : theme.style(.dim)
            grid.put(Truncate.toWidth(matrix.reviews[index].name, columnWidth - 1), row: inner.y,
                     column: inner.x + 2 + labelWidth + slot * columnWidth, style: style)
        }
        let area = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let cells = matrix.cells, labels = matrix.labels, column = matrix.column
        var cursor: (row: Int, column: Int)?
        SelectableList(count: labels.count, highlight: Style.plain)
            .render(in: area, state: &matrix.list, into: &grid) { row, y, isSelected, grid in
                grid.put(Truncate.toWidth(labels[row], labelWidth), row: y, column: area.x + 1,
                         style: isSelected ? theme.style(.term) : Style.plain)
                for (slot, index) in shown.enumerated() {
                    let count = cells[row][index].count
                    let x = area.x + 2 + labelWidth + slot * columnWidth
                    let text = count == 0 ? "·" : "\(count)"
                    let chosen = isSelected && index == column
                    if chosen {
                        grid.fill(row: y, column: x - 1, width: columnWidth - 1, height: 1, style: Style(reverse: true))
                        cursor = (y, x)
                    }
                    grid.put(text, row: y, column: x, style: chosen ? Style(bold: true, reverse: true)
                             : count == 0 ? theme.style(.dim) : theme.matchCount)
                }
            }
        return cursor
    }
}
