/// Prose set in two columns side by side, read as a reader reads it: down the left column, then down
/// the right. Rows are built across the whole page by height, so without this a line of the left column
/// and the line beside it in the right one would be read as one line.
///
/// A stretch of rows is two columns when its rows have at most one fragment on each side of a gutter
/// near the middle of the text, none crossing it, at least `pairedRows` of them have both, and both
/// columns are about as wide. A table is not: its rows have a cell per column (three columns break the
/// stretch), a two-column table's columns differ in width, and its first row is a short header.
enum PDFColumns {
    /// Rows with a fragment on each side that make a stretch two columns rather than a chance alignment.
    static let pairedRows = 4

    enum Side { case left, right }

    /// The page's body rows in reading order, each row of a two-column stretch split into its sides and
    /// marked with its column.
    static func readingOrder(_ rows: [PDFRow]) -> [PDFRow] {
        guard let gutter = gutter(rows) else { return rows }
        var ordered: [PDFRow] = []
        var index = 0
        while index < rows.count {
            var end = index
            while end < rows.count, sides(rows[end], gutter) != nil { end += 1 }
            guard end > index else {
                ordered.append(rows[index])
                index += 1
                continue
            }
            if let columns = columns(in: rows, index..<end, gutter) {
                ordered += rows[index..<columns.lowerBound]
                for side in [Side.left, .right] {
                    for row in rows[columns] {
                        let fragments = row.fragments.filter { self.side($0, gutter) == side }
                        if !fragments.isEmpty {
                            ordered.append(PDFRow(fragments: fragments, page: row.page, column: side == .left ? 1 : 2))
                        }
                    }
                }
                ordered += rows[columns.upperBound..<end]
            } else {
                ordered += rows[index..<end]
            }
            index = end
        }
        return ordered
    }

    /// The two-column part of a run of rows that do not cross the gutter: from the first row with a
    /// fragment on each side to the last, and the one-sided rows around them (where one column runs
    /// on past the other) while they are no further apart than the lines of the columns are. A short
    /// heading or line below the columns, further off, is not part of them.
    static func columns(in rows: [PDFRow], _ run: Range<Int>, _ gutter: Double) -> Range<Int>? {
        let paired = run.filter { rows[$0].fragments.count == 2 }
        guard let first = paired.first, let last = paired.last, isTwoColumns(Array(rows[run]), gutter) else { return nil }
        let gap = { (index: Int) in rows[index].top - rows[index - 1].bottom }
        let widest = first < last ? ((first + 1)...last).map(gap).max() ?? 0 : 0
        var lower = first, upper = last + 1
        while lower > run.lowerBound, gap(lower) <= widest + 1 { lower -= 1 }
        while upper < run.upperBound, gap(upper) <= widest + 1 { upper += 1 }
        return lower..<upper
    }

    /// Where the right column starts: the left edge shared by the right-hand fragments of most rows
    /// of two, in the middle of the text's width.
    static func gutter(_ rows: [PDFRow]) -> Double? {
        let left = rows.flatMap(\.fragments).map(\.x1).min() ?? 0
        let right = rows.flatMap(\.fragments).map(\.x2).max() ?? 0
        let width = right - left
        let starts = rows.filter { $0.fragments.count == 2 }.map { $0.fragments[1].x1 }
            .filter { $0 > left + width * 0.35 && $0 < left + width * 0.65 }
        guard starts.count >= pairedRows else { return nil }
        let best = starts.max { a, b in
            starts.filter { abs($0 - a) <= PDFTable.alignment }.count < starts.filter { abs($0 - b) <= PDFTable.alignment }.count
        }
        guard let best, starts.filter({ abs($0 - best) <= PDFTable.alignment }).count >= pairedRows else { return nil }
        return starts.filter { abs($0 - best) <= PDFTable.alignment }.min()
    }

    static func side(_ fragment: PDFFragment, _ gutter: Double) -> Side? {
        if fragment.x1 >= gutter - PDFTable.alignment { return .right }
        if fragment.x2 < gutter - PDFTable.alignment { return .left }
        return nil
    }

    /// The sides a row has fragments on, or nil when it crosses the gutter or has two on one side.
    static func sides(_ row: PDFRow, _ gutter: Double) -> Set<Side>? {
        let sides = row.fragments.map { side($0, gutter) }
        guard !sides.contains(nil) else { return nil }
        let found = Set(sides.compactMap { $0 })
        return found.count == sides.count ? found : nil
    }

    static func isTwoColumns(_ stretch: [PDFRow], _ gutter: Double) -> Bool {
        let paired = stretch.filter { $0.fragments.count == 2 }
        guard paired.count >= pairedRows else { return false }
        let fragments = stretch.flatMap(\.fragments)
        let leftWidth = gutter - (fragments.map(\.x1).min() ?? gutter)
        let rightWidth = (fragments.map(\.x2).max() ?? gutter) - gutter
        guard min(leftWidth, rightWidth) > 0.8 * max(leftWidth, rightWidth) else { return false }
        let first = paired[0]
        let isHeader = first.bold && first.fragments.allSatisfy { $0.text.split(separator: " ").count <= 3 }
        return !isHeader
    }
}
