/// The columns an action plan's header row names ("No. / Recommendation / Action / Lead / Target
/// date / RAG"), and how its rows split into cells: by tabs, by " / ", or by runs of spaces in
/// aligned columns.
struct TableColumns: Equatable {
    enum Role: Hashable {
        case number, recommendation, response, owner, due, progress, status, other
    }

    enum Separator: String, Equatable {
        case tab = "tab-separated", slash = "\" / \"-separated", aligned = "space-aligned"
    }

    struct Column: Equatable {
        /// The name as the header wrote it.
        var name: String
        var role: Role
        /// Where the column starts in the header line, in characters (aligned columns only).
        var start: Int
    }

    var columns: [Column]
    var separator: Separator
    /// The header's cells as written, for the block that keeps its words.
    var headerText: String

    /// The column names the parser knows, lower case, with their role.
    static let names: [String: Role] = {
        var names: [String: Role] = [:]
        let table: [(Role, [String])] = [
            (.number, ["no", "no.", "ref", "ref.", "number", "#", "rec", "rec.", "rec no", "rec. no.", "reference", "id"]),
            (.recommendation, ["recommendation", "recommendations", "recommendation text", "learning", "finding"]),
            (.response, ["action", "actions", "response", "responses", "actions agreed", "agreed action", "agreed actions",
                         "action taken", "actions taken", "action plan", "planned action", "planned actions",
                         "management response", "board response", "government response"]),
            (.owner, ["lead", "owner", "responsibility", "lead agency", "lead officer", "responsible", "responsible lead",
                      "responsible officer", "by whom", "who"]),
            (.due, ["date", "timescale", "timescales", "target", "target date", "deadline", "by when", "due", "due date",
                    "completion date", "timeframe"]),
            (.progress, ["progress", "update", "progress update", "progress to date", "update on progress"]),
            (.status, ["rag", "status", "assessment", "rag status", "rag rating", "rating"]),
        ]
        for (role, words) in table { for word in words { names[word] = role } }
        return names
    }()

    /// The role a header cell names, or nil when it is no column name the parser knows.
    static func role(of cell: String) -> Role? {
        var name = Substring(cell.lowercased())
        while let last = name.last, last == ":" || last == " " { name.removeLast() }
        return names[String(name)]
    }

    /// The header a line is, split by `separator`: every cell a short column name, at most one of
    /// them unknown, naming the recommendation and something said of it (action, lead, date…).
    static func header(_ line: Substring, separator: Separator) -> TableColumns? {
        let cells = split(line, separator: separator)
        guard cells.count >= 2, cells.count <= 9, cells.allSatisfy({ !$0.text.isEmpty }) else { return nil }
        var columns: [Column] = []
        var unknown = 0
        for cell in cells {
            if let role = role(of: cell.text) {
                columns.append(Column(name: cell.text, role: role, start: cell.start))
            } else {
                unknown += 1
                guard TextShape.wordCount(cell.text) <= 3, !cell.text.hasSuffix("."), cell.text.count <= 30 else { return nil }
                columns.append(Column(name: cell.text, role: .other, start: cell.start))
            }
        }
        let roles = columns.map(\.role)
        guard unknown <= 1, roles.contains(.recommendation),
              roles.contains(where: { [.response, .owner, .due, .progress, .status].contains($0) }) else { return nil }
        return TableColumns(columns: columns, separator: separator,
                            headerText: cells.map(\.text).joined(separator: "  "))
    }

    /// The header a line is, trying tabs, then " / ", then aligned columns.
    static func header(_ line: Substring) -> TableColumns? {
        if line.contains("\t") { return header(line, separator: .tab) }
        if TextShape.containsASCII(line, " / ") { return header(line, separator: .slash) }
        return header(line, separator: .aligned)
    }

    struct Cell: Equatable {
        var text: String
        /// The character offset the cell starts at in the line.
        var start: Int
    }

    /// A line's cells, trimmed, in order; leading empty cells are kept for tabs and " / " (they
    /// mark a continuation line). For aligned columns, the runs of text between 2+ spaces.
    static func split(_ line: Substring, separator: Separator) -> [Cell] {
        var cells: [Cell] = []
        var current = ""
        var start = 0
        var offset = 0
        func close(next: Int) {
            cells.append(Cell(text: TextShape.trimmed(current), start: start))
            current = ""
            start = next
        }
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch separator {
            case .tab:
                if character == "\t" { close(next: offset + 1) } else { current.append(character) }
            case .slash:
                let before = index == 0 || characters[index - 1].isWhitespace
                let after = index + 1 == characters.count || characters[index + 1].isWhitespace
                if character == "/", before, after { close(next: offset + 1) } else { current.append(character) }
            case .aligned:
                if character == " " || character == "\t" {
                    var end = index
                    while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
                    if end - index >= 2 || character == "\t" || current.isEmpty {
                        if !current.isEmpty { close(next: end) } else { start = end }
                        offset += end - index
                        index = end
                        continue
                    }
                    current.append(character)
                } else {
                    current.append(character)
                }
            }
            offset += 1
            index += 1
        }
        if separator == .aligned {
            if !current.isEmpty { close(next: offset) }
        } else {
            close(next: offset)
            // A separator that ends the line leaves no cell after it.
            while cells.count > 1, cells.last?.text.isEmpty == true { cells.removeLast() }
        }
        return cells
    }

    /// The column an aligned cell starting at `start` falls in: the last column starting at or
    /// before it (give or take two characters).
    func column(at start: Int) -> Int {
        columns.lastIndex { $0.start <= start + 2 } ?? 0
    }
}
