import Content
import Foundation

/// Reads a PDF into the text the parser reads (`ExtractedText`), by what its pages' geometry tells:
/// furniture in the margins out, tables as tab-separated rows, larger or bold type as headings,
/// paragraphs by their spacing and joined across line ends and page breaks.
enum PDFTextReader {
    static func extract(_ data: Data, source: String) throws(LoadError) -> ExtractedText {
        let file = try PDFPages.read(data, source: source)
        guard !file.pages.isEmpty else { throw LoadError("\(source): is a damaged PDF (it has no pages)") }
        guard file.pages.contains(where: { $0.glyphs.contains { !$0.scalar.properties.isWhitespace } }) else {
            throw LoadError("\(source): is a scanned PDF with no text layer; casebook needs a PDF with text (run it through OCR first)")
        }
        let pages = file.pages.enumerated().map { PDFRowBuilder.rows(of: $1, index: $0) }
        let kinds = PDFFurniture.kinds(pages, heights: file.pages.map(\.height))
        var writer = PDFTextWriter(pieces: pieces(pages, kinds))
        var extracted = writer.write()
        extracted.declaredTitle = plausibleTitle(file.title) ?? writer.firstHeading
        return extracted
    }

    /// The pages as a run of prose rows, tables, furniture and page breaks.
    static func pieces(_ pages: [[PDFRow]], _ kinds: [[[FurnitureLine.Kind?]]]) -> [PDFPiece] {
        var pieces: [PDFPiece] = []
        for (page, rows) in pages.enumerated() {
            if page > 0 { pieces.append(.pageBreak) }
            var body: [PDFRow] = []
            for (index, row) in rows.enumerated() {
                let rowKinds = kinds[page][index]
                if rowKinds.allSatisfy({ $0 != nil }) {
                    for (fragment, kind) in zip(row.fragments, rowKinds) { pieces.append(.furniture(fragment.text, kind!)) }
                } else {
                    body.append(row)
                }
            }
            pieces += tablesAndProse(PDFColumns.readingOrder(body), continuing: pieces.lastTable)
        }
        return pieces
    }

    static func tablesAndProse(_ rows: [PDFRow], continuing previous: PDFTable?) -> [PDFPiece] {
        var pieces: [PDFPiece] = []
        var index = 0
        // A table that ran on from the previous page takes the rows at the top of this one that fit it.
        if var table = previous {
            let fitting = rows.prefix { table.fits($0) }.count
            if fitting > 0 {
                table.rows = []
                table.add(Array(rows.prefix(fitting)))
                pieces.append(.table(table, continued: true))
                index = fitting
            }
        }
        while index < rows.count {
            if let (table, count) = PDFTable.starting(at: index, in: rows) {
                pieces.append(.table(table, continued: false))
                index += count
            } else {
                pieces.append(.prose(rows[index]))
                index += 1
            }
        }
        return pieces
    }

    /// The Title property when it reads as a title: not a file name, a path, a template's or an
    /// application's placeholder.
    static func plausibleTitle(_ title: String?) -> String? {
        guard let title = title.map({ TerminalSafe.clean($0) }), !title.isEmpty, title.count <= 200 else { return nil }
        let lower = title.lowercased()
        let placeholders = ["microsoft word", "untitled", "template", "powerpoint", "document1", "slide 1"]
        let fileLike = [".doc", ".pdf", ".indd", ".rtf", ".odt", ".ppt", "\\", "/", "_"]
        guard title.split(separator: " ").count >= 2, title.filter(\.isLetter).count >= 3,
              !placeholders.contains(where: lower.hasPrefix), !fileLike.contains(where: lower.contains) else { return nil }
        return title
    }
}

enum PDFPiece {
    case prose(PDFRow)
    case table(PDFTable, continued: Bool)
    case furniture(String, FurnitureLine.Kind)
    case pageBreak
}

extension [PDFPiece] {
    /// The table this run ends with, not counting furniture and page breaks after it.
    var lastTable: PDFTable? {
        for piece in reversed() {
            switch piece {
            case .table(let table, _): return table
            case .prose: return nil
            case .furniture, .pageBreak: continue
            }
        }
        return nil
    }
}
