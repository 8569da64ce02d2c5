import Content
import Foundation

/// Reads a Word (.docx) file into the text the parser reads: the body by its structure, the notes
/// after it, headers and footers kept out as furniture, the title from the properties when it is one.
enum WordReader {
    static func extract(_ data: Data, source: String) throws(LoadError) -> ExtractedText {
        let package: WordPackage
        do { package = try WordPackage(data) } catch {
            throw LoadError("\(source): is a damaged Word document (\(error.reason))")
        }
        let styles = WordStyles(package.styles)
        var reader = WordBodyReader(styles: styles, numbering: WordNumbering(package.numbering, styles: styles))
        reader.readBody(package.document)
        guard !reader.lines.isEmpty else { throw LoadError("\(source): is a Word document with no text") }
        reader.readNotes(package.footnotes, kind: .footnote)
        reader.readNotes(package.endnotes, kind: .endnote)

        var warnings: [ParseWarning] = []
        if reader.deletionsLeftOut > 0 {
            warnings.append(ParseWarning("the document has tracked changes; \(reader.deletionsLeftOut) deletion(s) are left out and insertions kept, as if the changes were accepted"))
        }
        let declared = WordTitle.fromProperties(package.coreProperties) ?? reader.titleParagraph ?? reader.firstHeading
        return ExtractedText(format: .docx, text: reader.lines.text, roles: reader.lines.roles, declaredTitle: declared,
                             furniture: furniture(package.headersAndFooters, styles: styles), warnings: warnings)
    }

    /// Each distinct header and footer text, as a running header at line 1 (they stand on every page).
    private static func furniture(_ parts: [XMLNode], styles: WordStyles) -> [FurnitureLine] {
        var seen: Set<String> = []
        var furniture: [FurnitureLine] = []
        for part in parts {
            // Headers number their own lists; a fresh reader keeps the body's counters apart.
            var reader = WordBodyReader(styles: styles, numbering: WordNumbering(nil, styles: styles))
            let text = reader.cellText(part)
            if !text.isEmpty, seen.insert(text).inserted {
                furniture.append(FurnitureLine(line: 1, text: text, kind: .runningHeader))
            }
        }
        return furniture
    }
}

/// The title in docProps/core.xml, when it is the document's: not empty, not Word's "Microsoft Word -
/// file.doc" left by conversion, not a file or template name.
enum WordTitle {
    static func fromProperties(_ core: XMLNode?) -> String? {
        guard let node = core?.descendants("title").first else { return nil }
        let title = node.allText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return isPlausible(title) ? title : nil
    }

    static func isPlausible(_ title: String) -> Bool {
        let lower = title.lowercased()
        guard title.count >= 3, title.count <= 250, title.contains(where: \.isLetter) else { return false }
        if lower.hasPrefix("microsoft word") || lower.hasPrefix("word document") { return false }
        if [".doc", ".docx", ".dot", ".dotx", ".rtf", ".pdf", ".odt"].contains(where: { lower.hasSuffix($0) }) { return false }
        let placeholders = ["title", "document", "untitled", "template", "normal", "blank", "draft", "report",
                            "insert title here", "click here to enter text", "document title", "type the document title"]
        if placeholders.contains(lower) { return false }
        if lower.range(of: #"^(document|doc|untitled|template)\s*\d*$"#, options: .regularExpression) != nil { return false }
        return true
    }
}
