/// Text in aligned columns: a first row of at least two fragments, and the rows below it whose
/// fragments all start at its columns (with two columns, at least two more rows of two). A line below a row with a smaller gap than the gap between
/// rows continues that row's cells (a cell running over several lines stays one row).
struct PDFTable {
    var columns: [Double]
    /// Per row, per column, the cell's printed lines.
    var rows: [[[String]]]
    var headerIsBold: Bool

    /// How far (points) a fragment may start from its column's left edge.
    static let alignment = 3.0

    /// The table starting at `rows[start]`, and how many rows it took; nil when there is none.
    static func starting(at start: Int, in rows: [PDFRow]) -> (table: PDFTable, count: Int)? {
        let header = rows[start]
        guard header.fragments.count >= 2 else { return nil }
        var table = PDFTable(columns: header.fragments.map(\.x1), rows: [], headerIsBold: header.bold)
        var lines = [header]
        for row in rows[(start + 1)...] {
            guard row.top - lines[lines.count - 1].bottom < 2.5 * max(row.size, 1), table.fits(row) else { break }
            lines.append(row)
        }
        let wide = lines.dropFirst().filter { $0.fragments.count >= 2 }.count
        guard wide >= (header.fragments.count >= 3 ? 1 : 2) else { return nil }
        table.add(lines)
        return (table, lines.count)
    }

    /// Whether a row continues this table (its rows, or more of them on the next page).
    func fits(_ row: PDFRow) -> Bool {
        row.fragments.allSatisfy { fragment in
            guard let column = column(of: fragment) else { return false }
            return column + 1 >= columns.count || fragment.x2 <= columns[column + 1] + Self.alignment
        }
    }

    func column(of fragment: PDFFragment) -> Int? {
        columns.firstIndex { abs($0 - fragment.x1) <= Self.alignment }
    }

    /// Adds printed lines, telling a new row from a cell's next line by the vertical gap.
    mutating func add(_ lines: [PDFRow]) {
        let gaps = zip(lines, lines.dropFirst()).map { $1.top - $0.bottom }
        let smallest = gaps.min() ?? 0
        let size = lines.map(\.size).max() ?? 10
        let rowsDiffer = (gaps.max() ?? 0) > smallest + size * 0.35
        for (index, line) in lines.enumerated() {
            let continues = index > 0 && rowsDiffer && gaps[index - 1] < smallest + size * 0.35
            if !continues || rows.isEmpty { rows.append(Array(repeating: [], count: columns.count)) }
            for fragment in line.fragments {
                if let column = column(of: fragment) { rows[rows.count - 1][column].append(fragment.text) }
            }
        }
    }
}
