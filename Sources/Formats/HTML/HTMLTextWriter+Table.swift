extension HTMLTextWriter {
    /// A row of a table: its `<tr>` (none for cells standing outside any row) and its cells.
    private struct TableRow {
        var row: Int?
        var cells: [Int]
        var inHead: Bool
    }

    /// Each row a line of tab-separated cells, after the caption and whatever stood in the table outside
    /// any cell (which browsers show before it). A cell spanning columns is followed by empty cells; one
    /// spanning rows leaves an empty cell in its column of the rows below, so its text stays once.
    mutating func writeTable(_ table: Int) {
        let (rows, fostered) = layout(of: table)
        for child in tree[table].children where tree[child].name == "caption" { write(child) }
        flush()
        for child in fostered { write(child) }
        flush()
        var spanning: [Int: Int] = [:]  // column → rows it still covers
        for row in rows {
            if let index = row.row, let kind = HTMLFurniture.kind(of: index, in: tree) {
                setAside(index, kind: kind)
                continue
            }
            var cells: [String] = []
            func fillSpanned() {
                while let left = spanning[cells.count], left > 0 {
                    spanning[cells.count] = left - 1
                    cells.append("")
                }
            }
            for cell in row.cells {
                fillSpanned()
                let column = cells.count
                if let kind = HTMLFurniture.kind(of: cell, in: tree) {
                    setAside(cell, kind: kind)
                    cells.append("")
                } else {
                    cells.append(cellText(cell))
                }
                let columns = min(max(Int(tree[cell].attribute("colspan") ?? "") ?? 1, 1), 100)
                cells += Array(repeating: "", count: columns - 1)
                let rowsSpanned = min(max(Int(tree[cell].attribute("rowspan") ?? "") ?? 1, 1), 1000)
                for spanned in column..<(column + columns) where rowsSpanned > 1 { spanning[spanned] = rowsSpanned - 1 }
            }
            fillSpanned()
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            let header = row.inHead || row.cells.allSatisfy { tree[$0].name == "th" }
            emit(cells.joined(separator: "\t"), .row, role: .tableRow(header: header))
        }
    }

    /// The table's rows, in its sections or directly in it (cells outside any row make one, as browsers
    /// do), not those of tables nested in cells; and what stands in it outside any cell.
    private func layout(of table: Int) -> (rows: [TableRow], fostered: [Int]) {
        var rows: [TableRow] = []
        var fostered: [Int] = []
        func collect(_ container: Int, inHead: Bool) {
            var loose: [Int] = []
            func endLoose() {
                if !loose.isEmpty { rows.append(TableRow(row: nil, cells: loose, inHead: inHead)) }
                loose = []
            }
            for child in tree[container].children {
                switch tree[child].name {
                case "tr":
                    endLoose()
                    let cells = tree[child].children.filter { ["td", "th"].contains(tree[$0].name) }
                    fostered += tree[child].children.filter { !["td", "th"].contains(tree[$0].name) }
                    rows.append(TableRow(row: child, cells: cells, inHead: inHead))
                case "td", "th": loose.append(child)
                case let section where ["thead", "tbody", "tfoot"].contains(section) && container == table:
                    endLoose()
                    collect(child, inHead: section == "thead")
                case "caption", "colgroup", "col": break
                default: fostered.append(child)
                }
            }
            endLoose()
        }
        collect(table, inHead: false)
        return (rows, fostered)
    }

    /// A cell's text on one line: its paragraphs, items and any nested table joined by spaces, with
    /// furniture inside it set aside.
    private mutating func cellText(_ cell: Int) -> String {
        tree.textContent(of: cell) { index in
            guard let kind = HTMLFurniture.kind(of: index, in: tree) else { return false }
            setAside(index, kind: kind)
            return true
        }
    }
}
