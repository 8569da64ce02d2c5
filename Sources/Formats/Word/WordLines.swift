import Content

/// The extracted text as it grows: paragraphs separated by a blank line, a table's rows on
/// consecutive lines, and the role of each line the structure told.
struct WordLines {
    private(set) var lines: [String] = []
    private(set) var roles: [Int: ExtractedText.LineRole] = [:]

    /// The list the last paragraph belonged to: items of one list go on consecutive lines, as a list
    /// is written in a text file, so that the parser reads them as one list.
    private var lastList: String?

    /// A paragraph, its line breaks kept as lines; `role` applies to its first line. `list` names the
    /// Word list a numbered or bulleted paragraph belongs to.
    mutating func paragraph(_ text: String, role: ExtractedText.LineRole?, list: String? = nil) {
        if list == nil || list != lastList { separate() }
        lastList = list
        if let role { roles[lines.count + 1] = role }
        lines += text.split(separator: "\n").map(String.init)
    }

    /// A table: one line per row, cells joined by a tab.
    mutating func table(_ rows: [(cells: [String], header: Bool)]) {
        guard !rows.isEmpty else { return }
        separate()
        lastList = nil
        for row in rows {
            lines.append(row.cells.joined(separator: "\t"))
            roles[lines.count] = .tableRow(header: row.header)
        }
    }

    var text: String { lines.joined(separator: "\n") }
    var isEmpty: Bool { lines.isEmpty }

    private mutating func separate() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }
}
