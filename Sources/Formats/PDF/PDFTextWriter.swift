import Content
import Foundation

/// Writes the pieces of a PDF as `ExtractedText`: prose rows grouped into paragraphs by their spacing
/// (and across a page break when the sentence runs on), paragraphs in larger or bold type as headings,
/// tables as one tab-separated line per row, furniture and page breaks listed beside the text.
struct PDFTextWriter {
    private var blocks: [Block] = []
    private var lines: [String] = []
    private var roles: [Int: ExtractedText.LineRole] = [:]
    private var furniture: [FurnitureLine] = []
    private let joiner: PDFLineJoiner
    private(set) var firstHeading: String?

    private enum Block {
        case paragraph([PDFRow])
        case table(PDFTable, continued: Bool)
        case furniture(FurnitureLine)
    }

    init(pieces: [PDFPiece]) {
        var texts: [String] = []
        var paragraph: [PDFRow] = []
        var acrossPage = false
        var held: [FurnitureLine] = []
        func flush(into blocks: inout [Block]) {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
            blocks += held.map(Block.furniture)
            paragraph = []
            held = []
        }
        for piece in pieces {
            switch piece {
            case .prose(let row):
                texts.append(row.text)
                if let previous = paragraph.last, !Self.continues(previous, row, acrossPage: acrossPage) {
                    flush(into: &blocks)
                }
                // Furniture met inside a paragraph goes after it, so the paragraph stays whole.
                if paragraph.isEmpty { blocks += held.map(Block.furniture); held = [] }
                paragraph.append(row)
                acrossPage = false
            case .table(let table, let continued):
                flush(into: &blocks)
                texts += table.rows.flatMap { $0.flatMap { $0 } }
                blocks.append(.table(table, continued: continued))
            case .furniture(let text, let kind):
                held.append(FurnitureLine(line: 0, text: text, kind: kind))
            case .pageBreak:
                held.append(FurnitureLine(line: 0, text: "", kind: .pageBreak))
                acrossPage = true
            }
        }
        flush(into: &blocks)
        joiner = PDFLineJoiner(texts: texts)
    }

    /// Whether `row` goes on the paragraph that `previous` ends.
    static func continues(_ previous: PDFRow, _ row: PDFRow, acrossPage: Bool) -> Bool {
        guard abs(previous.size - row.size) < 0.6, previous.bold == row.bold else { return false }
        // From the foot of the left column to the head of the right one is like a page break.
        if acrossPage || (previous.column == 1 && row.column == 2) {
            let ended = previous.text.last.map { ".!?:".contains($0) } ?? true
            return !ended || row.text.first?.isLowercase == true
        }
        let step = row.bottom - previous.bottom
        return step > 0 && step <= 1.5 * max(previous.size, row.size)
    }

    mutating func write() -> ExtractedText {
        let headings = headingLevels()
        for (index, block) in blocks.enumerated() {
            switch block {
            case .paragraph(let rows):
                if let level = headings[index] {
                    let text = joiner.join(rows.map(\.text))
                    firstHeading = firstHeading ?? text
                    append(text, role: .heading(level: level), separate: true)
                } else {
                    for (number, line) in paragraphLines(rows).enumerated() { append(line, separate: number == 0) }
                }
            case .table(let table, let continued):
                for (number, row) in table.rows.enumerated() {
                    let cells = row.map { joiner.join($0) }
                    let header = number == 0 && !continued
                        && (table.headerIsBold || cells.allSatisfy { $0.split(separator: " ").count <= 3 })
                    append(cells.joined(separator: "\t"), role: .tableRow(header: header), separate: number == 0 && !continued)
                }
            case .furniture(let line):
                // The nearest line is the last one written: furniture ends a page, or opens the first.
                let nearest = lines.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 1
                furniture.append(FurnitureLine(line: nearest, text: line.text, kind: line.kind))
            }
        }
        return ExtractedText(format: .pdf, text: lines.joined(separator: "\n"), roles: roles, furniture: furniture)
    }

    /// A paragraph's rows joined into lines: one line, except that a list item ("•", "1.", "a)", or a
    /// paragraph number such as "2.1") starts a line of its own.
    private func paragraphLines(_ rows: [PDFRow]) -> [String] {
        var groups: [[String]] = []
        for row in rows {
            if groups.isEmpty || Self.startsListItem(row.text) { groups.append([row.text]) }
            else { groups[groups.count - 1].append(row.text) }
        }
        return groups.map { joiner.join($0) }
    }

    static func startsListItem(_ text: String) -> Bool {
        text.range(of: #"^([•▪◦●*–-]|\(?[0-9]{1,2}[.)]|[0-9]{1,2}(\.[0-9]{1,2})+\.?|\(?[a-z][.)]|\([ivx]+\))\s"#, options: .regularExpression) != nil
    }

    private mutating func append(_ line: String, role: ExtractedText.LineRole? = nil, separate: Bool) {
        if separate, let last = lines.last, !last.isEmpty { lines.append("") }
        lines.append(line.replacingOccurrences(of: "\u{0C}", with: " "))
        if let role { roles[lines.count] = role }
    }

    /// Heading levels by block: a short paragraph all in larger type than the body, or all in bold,
    /// not ending in a colon (a label). Level 1 is the largest type.
    private func headingLevels() -> [Int: Int] {
        var weights: [Double: Int] = [:]
        for case .paragraph(let rows) in blocks {
            for row in rows { weights[(row.size * 2).rounded() / 2, default: 0] += row.text.count }
        }
        let body = weights.max { $0.value < $1.value }?.key ?? 0
        var headings: [Int: Double] = [:]
        for (index, block) in blocks.enumerated() {
            guard case .paragraph(let rows) = block else { continue }
            let text = rows.map(\.text).joined(separator: " ")
            let distinct = rows.allSatisfy { $0.size >= body + 1 } || rows.allSatisfy(\.bold)
            if distinct, text.split(separator: " ").count <= 25, text.last != ":", text.last != "." {
                headings[index] = ((rows.map(\.size).max() ?? body) * 2).rounded() / 2
            }
        }
        let sizes = Set(headings.values).sorted(by: >)
        return headings.mapValues { size in (sizes.firstIndex(of: size) ?? sizes.count) + 1 }
    }
}
