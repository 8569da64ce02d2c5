import Foundation

/// Word tables: a row to a line, its cells joined by tabs; a cell's paragraphs joined by spaces;
/// a cell spanning columns followed by empty cells so later cells stay under their column heading;
/// the first row a header when Word repeats it on each page, it is bold, or it names the columns.
extension WordBodyReader {
    mutating func readTable(_ table: XMLNode) {
        var rows: [(cells: [String], header: Bool)] = []
        for row in rowsOf(table) {
            var cells: [String] = []
            var bold = true
            for cell in cellsOf(row) {
                cells.append(cellText(cell))
                let span = cell.child("tcPr")?.value(of: "gridSpan").flatMap(Int.init) ?? 1
                if span > 1 { cells += Array(repeating: "", count: span - 1) }
                bold = bold && isBold(cell)
            }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            let repeated = row.child("trPr")?.child("tblHeader").map { !["0", "false"].contains($0.attribute("val") ?? "1") } ?? false
            let header = rows.allSatisfy(\.header) && (repeated || (rows.isEmpty && (bold || Self.namesColumns(cells))))
            rows.append((cells, header))
        }
        lines.table(rows)
    }

    /// A cell's text (or a whole nested table's) on one line: paragraphs and rows joined by spaces.
    mutating func cellText(_ container: XMLNode) -> String {
        var pieces: [String] = []
        for block in blocks(of: container) {
            if block.name == "tbl" {
                for row in rowsOf(block) { pieces += cellsOf(row).map { cellText($0) } }
            } else if let paragraph = paragraphText(block) {
                pieces.append(paragraph.text)
            }
        }
        return pieces.filter { !$0.isEmpty }.joined(separator: " ")
            .split(whereSeparator: { $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    private func rowsOf(_ table: XMLNode) -> [XMLNode] { Self.elements("tr", in: table) }
    private func cellsOf(_ row: XMLNode) -> [XMLNode] { Self.elements("tc", in: row) }

    /// The children named `name` (rows of a table, cells of a row), inside content controls too.
    private static func elements(_ name: String, in parent: XMLNode) -> [XMLNode] {
        parent.children.flatMap { child -> [XMLNode] in
            if child.name == name { return [child] }
            guard ["sdt", "customXml", "sdtContent"].contains(child.name) else { return [] }
            return elements(name, in: child.child("sdtContent") ?? child)
        }
    }

    /// Whether every run with text in the cell is bold, by its own properties or its paragraph's style.
    private func isBold(_ cell: XMLNode) -> Bool {
        var sawText = false
        for paragraph in cell.descendants("p") {
            let style = paragraph.child("pPr")?.value(of: "pStyle")
            for run in paragraph.descendants("r") where run.children.contains(where: { $0.name == "t" && !$0.text.isEmpty }) {
                sawText = true
                let bold = run.child("rPr").flatMap(WordRun.bold) ?? styles.isBold(style)
                if !bold { return false }
            }
        }
        return sawText
    }

    /// Words that head the columns of an action plan or a recommendations table.
    static let columnWords: Set<String> = [
        "recommendation", "recommendations", "action", "actions", "response", "lead", "leads", "owner",
        "responsibility", "responsible", "date", "target", "timescale", "timescales", "deadline", "rag",
        "status", "progress", "update", "evidence", "outcome", "assessment", "no", "no.", "ref", "number",
    ]

    /// A row most of whose non-empty cells are short and made of column words names the columns.
    static func namesColumns(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        guard filled.count >= 2 else { return false }
        let naming = filled.filter { cell in
            let words = cell.lowercased().split { !$0.isLetter && $0 != "." }.map(String.init)
            return words.count <= 4 && words.contains { columnWords.contains($0) }
        }
        return naming.count * 2 > filled.count
    }
}
