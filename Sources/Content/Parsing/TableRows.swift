/// Finds action-plan tables among the source lines: a header row that names the columns, then
/// rows, each of which becomes a recommendation. A row whose cells run over several lines
/// (continuation lines with empty leading cells, or indented into a column) stays one row.
/// Rows a format reader marked (`ExtractedText.LineRole.tableRow`) are rows already whole.
struct TableRows {
    /// A found table: the units it makes, and the index of its last line.
    struct Table {
        var end: Int
        var units: [SourceUnit]
    }

    /// The tables found, by the index of their header line.
    private(set) var tables: [Int: Table] = [:]

    private let lines: [Substring]
    private let roles: [Int: ExtractedText.LineRole]

    init(_ lines: [Substring], roles: [Int: ExtractedText.LineRole] = [:]) {
        self.lines = lines
        self.roles = roles
        var index = 0
        while index < lines.count {
            if let columns = header(at: index) {
                let table = read(from: index, columns: columns)
                tables[index] = table
                index = table.end + 1
            } else {
                index += 1
            }
        }
    }

    /// The header at a line: short enough, naming a recommendation column, split by what the line holds.
    private func header(at index: Int) -> TableColumns? {
        let line = lines[index]
        guard line.utf8.count <= 240, !TextShape.isBlank(line) else { return nil }
        if isMarkedRow(index) { return TableColumns.header(line, separator: .tab) }
        guard TextShape.containsAnyCaseInsensitive(line, ["recommendation", "learning", "finding"]) else { return nil }
        return TableColumns.header(line)
    }

    private func isMarkedRow(_ index: Int) -> Bool {
        // Most documents are text, with no roles: no hashing a key for every line then.
        if !roles.isEmpty, case .tableRow? = roles[index + 1] { return true }
        return false
    }

    private struct RowDraft {
        /// Per column, the cell's paragraphs: their text and 1-based lines.
        var cells: [[(text: String, lines: SourceSpan)]]
        var span: SourceSpan

        /// Adds a line to a cell: wrapped text of its last paragraph (`wraps`), or a paragraph of its own
        /// (a further entry on a continuation row).
        mutating func add(_ text: String, column: Int, line: Int, wraps: Bool) {
            guard !text.isEmpty, cells.indices.contains(column) else { return }
            if wraps, let last = cells[column].last {
                cells[column][cells[column].count - 1] = (last.text + " " + text, last.lines.union(SourceSpan(line: line)))
            } else {
                cells[column].append((text, SourceSpan(line: line)))
            }
            span = span.union(SourceSpan(line: line))
        }

        var lastFilledColumn: Int { cells.lastIndex { !$0.isEmpty } ?? 0 }
    }

    private enum Pending {
        case header(line: Int)
        case row(RowDraft)
        /// A theme or group row: one short cell spanning the row, read as a section heading.
        case group(String, line: Int)
    }

    /// A reader's row of one short cell that reads as a title ("Theme 1: Early help") in a table of
    /// several columns: a group row spanning the table, not a recommendation.
    private func isGroupRow(_ cells: [TableColumns.Cell], columns: TableColumns, marked: Bool) -> Bool {
        let filled = cells.filter { !$0.text.isEmpty }
        guard marked, columns.columns.count >= 2, filled.count == 1, let text = filled.first?.text,
              cells.first?.text.isEmpty == false else { return false }
        return text.count <= 80 && !text.hasSuffix(".")
    }

    private func read(from start: Int, columns: TableColumns) -> Table {
        let marked = isMarkedRow(start)
        var pending: [Pending] = [.header(line: start + 1)]
        var lastContent = start
        var index = start + 1
        while index < lines.count {
            let raw = lines[index]
            if TextShape.isBlank(raw) {
                // Reader rows are consecutive; in text a blank line may separate rows.
                if marked { break }
                index += 1
                continue
            }
            if marked != isMarkedRow(index) { break }
            let line = TextShape.trimmed(raw)
            if LinePatterns.heading(line) != nil || (LinePatterns.isSectionHeading(line) && !line.contains("\t")) { break }
            if columns.sameNames(as: raw) != nil {
                pending.append(.header(line: index + 1))
            } else {
                let cells = TableColumns.split(raw, separator: columns.separator)
                if isGroupRow(cells, columns: columns, marked: marked) {
                    pending.append(.group(line, line: index + 1))
                    lastContent = index
                    index += 1
                    continue
                }
                guard let placed = place(cells, raw: raw, columns: columns, marked: marked) else { break }
                if placed.continues, case .row(var draft)? = pending.last {
                    // Aligned columns wrap a cell's text; a tab or " / " row with empty leading cells adds entries.
                    let wraps = columns.separator == .aligned
                    for (column, text) in placed.cells { draft.add(text, column: column, line: index + 1, wraps: wraps) }
                    if placed.cells.isEmpty { draft.add(line, column: draft.lastFilledColumn, line: index + 1, wraps: true) }
                    pending[pending.count - 1] = .row(draft)
                } else if placed.continues {
                    break
                } else {
                    var draft = RowDraft(cells: Array(repeating: [], count: columns.columns.count), span: SourceSpan(line: index + 1))
                    for (column, text) in placed.cells { draft.add(text, column: column, line: index + 1, wraps: true) }
                    pending.append(.row(draft))
                }
            }
            lastContent = index
            index += 1
        }
        return Table(end: lastContent, units: units(pending, columns: columns, marked: marked))
    }

    /// Where a line's cells go: a new row, or more of the row above (its leading cells empty, or
    /// indented into a later column, or an indented line with no separator). nil ends the table.
    private func place(_ cells: [TableColumns.Cell], raw: Substring, columns: TableColumns,
                       marked: Bool) -> (continues: Bool, cells: [(Int, String)])? {
        switch columns.separator {
        case .tab, .slash:
            if cells.count == 1 {
                // A wrapped line of the last cell, indented under it.
                guard !marked, raw.first == " " || raw.first == "\t" else { return nil }
                return (true, [])
            }
            var placed = cells.prefix(columns.columns.count).enumerated().map { ($0.offset, $0.element.text) }
            if cells.count > columns.columns.count {
                // More cells than columns: the author's own " / " inside the last cell.
                let extra = cells[columns.columns.count...].map(\.text).joined(separator: " ")
                placed[placed.count - 1].1 += " " + extra
            }
            let leading = columns.columns.prefix { $0.role == .number || $0.role == .recommendation }.count
            let continues = placed.prefix(max(leading, 1)).allSatisfy { $0.1.isEmpty }
            return (continues, placed)
        case .aligned:
            guard let first = cells.first, columns.columns.count >= 2 else { return nil }
            let placed = cells.map { (columns.column(at: $0.start), $0.text) }
            if columns.column(at: first.start) >= 1 { return (true, placed) }
            return cells.count >= 2 ? (false, placed) : nil
        }
    }

    private func units(_ pending: [Pending], columns: TableColumns, marked: Bool) -> [SourceUnit] {
        var units: [SourceUnit] = []
        var previous = 0
        for item in pending {
            switch item {
            case let .header(line):
                var unit = SourceUnit(kind: .tableHeader(columns), lines: [], span: SourceSpan(line: line))
                unit.rule = "column names, \(columns.separator.rawValue)"
                units.append(unit)
            case let .group(title, line):
                var unit = SourceUnit(kind: .section(title), lines: [], span: SourceSpan(line: line))
                unit.rule = "group row spanning the table"
                units.append(unit)
            case let .row(draft):
                let cells = draft.cells.map { $0.map { TableRow.Paragraph(text: $0.text, lines: $0.lines) } }
                let numberCell = zip(columns.columns, cells).first { $0.0.role == .number }?.1.first?.text ?? ""
                let number = Self.firstNumber(in: numberCell) ?? previous + 1
                previous = number
                let row = TableRow(number: number, columns: columns, cells: cells)
                var unit = SourceUnit(kind: .tableRow(row), lines: [], span: draft.span)
                unit.rule = marked ? "table row marked by the reader" : "table row, \(columns.separator.rawValue)"
                units.append(unit)
            }
        }
        return units
    }

    /// The first run of digits in a number cell ("3", "R3", "3.1" → 3).
    static func firstNumber(in text: String) -> Int? {
        let digits = text.drop { !($0.isASCII && $0.isNumber) }.prefix { $0.isASCII && $0.isNumber }
        return digits.count <= 5 ? Int(digits) : nil
    }
}

extension TableColumns {
    /// The header a line would be if it repeats this one (a header repeated on each page), else nil.
    func sameNames(as line: Substring) -> TableColumns? {
        let cells = Self.split(line, separator: separator).map(\.text)
        return cells == columns.map(\.name) ? Self.header(line, separator: separator) : nil
    }
}

/// One table row, its cells in column order, ready to become a recommendation.
struct TableRow {
    struct Paragraph {
        var text: String
        var lines: SourceSpan
    }

    var number: Int
    var columns: TableColumns
    /// Per column, the cell's paragraphs (more than one where continuation rows added entries).
    var cells: [[Paragraph]]

    static let fieldRole: [TableColumns.Role: LabelledField.Role] = [.owner: .owner, .due: .due, .status: .status]

    /// The recommendation the row is: its number cell as the heading, the recommendation column as
    /// its text, the action and progress columns as its response (with a status column's words as
    /// the stated status), and every other cell a field under its column's name.
    func recommendation(span: SourceSpan) -> Recommendation {
        var heading = ""
        var text: [Block] = []
        var responseBlocks: [Block] = []
        var responseLabel: String?
        var fields: [LabelledField] = []
        for (column, cell) in zip(columns.columns, cells) {
            for paragraph in cell {
                switch column.role {
                case .number where heading.isEmpty: heading = paragraph.text
                case .recommendation: text.append(.paragraph(paragraph.text, lines: paragraph.lines))
                case .response, .progress:
                    responseLabel = responseLabel ?? column.name
                    responseBlocks.append(.paragraph(paragraph.text, lines: paragraph.lines))
                case .owner, .due, .status, .number, .other:
                    fields.append(LabelledField(column: column.name, role: Self.fieldRole[column.role] ?? .other,
                                                text: paragraph.text, lines: paragraph.lines))
                }
            }
        }
        // Entries a continuation row added come after the first row's, action then progress on each line.
        responseBlocks = responseBlocks.enumerated().sorted { ($0.element.lines.first, $0.offset) < ($1.element.lines.first, $1.offset) }.map(\.element)
        let response = responseLabel.map { label -> Response in
            let stated = fields.first { $0.role == .status }.flatMap { StatedStatus.opening(Substring($0.text)) }
                ?? responseBlocks.first.flatMap { StatedStatus.opening(Substring($0.text)) }
            let lines = responseBlocks.dropFirst().reduce(responseBlocks[0].lines) { $0.union($1.lines) }
            return Response(label: label, blocks: responseBlocks, lines: lines, statedStatus: stated, labelIsColumn: true)
        }
        return Recommendation(number: number, heading: heading, text: text, response: response, fields: fields, lines: span)
    }
}
