import Content
import Foundation

/// Walks document.xml's body in reading order into lines: each paragraph with its numbering marker
/// materialised, headings by style, tables a row to a line, note references where they stand.
/// Text is what the author finally wrote: insertions kept, deletions left out, a field's shown result.
struct WordBodyReader {
    let styles: WordStyles
    var numbering: WordNumbering
    var lines = WordLines()
    var notes = WordNoteReferences()
    /// Paragraphs of a text box met inside a paragraph, emitted after it.
    private var floating: [String] = []
    /// Open complex fields: true while between `begin` and `separate` (the hidden instruction).
    private var fields: [Bool] = []
    /// Tracked deletions left out, for `check`.
    private(set) var deletionsLeftOut = 0
    /// The text of the first paragraph in the Title style, and of the first heading.
    private(set) var titleParagraph: String?
    private(set) var firstHeading: String?

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    mutating func readBody(_ document: XMLNode) {
        guard let body = document.child("body") else { return }
        for block in blocks(of: body) { read(block) }
    }

    /// The block-level elements of a container (body, cell, text box, note), with content controls
    /// and custom XML opened up.
    func blocks(of container: XMLNode) -> [XMLNode] {
        container.children.flatMap { child -> [XMLNode] in
            switch child.name {
            case "p", "tbl": return [child]
            case "sdt": return child.child("sdtContent").map(blocks(of:)) ?? []
            case "customXml", "sdtContent", "ins", "moveTo": return blocks(of: child)
            case "AlternateContent": return Self.chosen(child).map(blocks(of:)) ?? []
            default: return []
            }
        }
    }

    private mutating func read(_ block: XMLNode) {
        if block.name == "tbl" {
            readTable(block)
            return
        }
        guard let paragraph = paragraphText(block) else {
            flushFloating()
            return
        }
        if let level = paragraph.headingLevel {
            let heading = paragraph.text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
            if paragraph.isTitle, titleParagraph == nil { titleParagraph = heading }
            if firstHeading == nil { firstHeading = heading }
            lines.paragraph(heading, role: .heading(level: level))
        } else {
            lines.paragraph(paragraph.text, role: nil, list: paragraph.list)
        }
        flushFloating()
    }

    private mutating func flushFloating() {
        let pending = floating
        floating = []
        for text in pending { lines.paragraph(text, role: nil) }
    }

    struct Paragraph {
        var text: String
        var headingLevel: Int?
        var isTitle: Bool
        /// The Word list (numId) the paragraph is an item of, when it shows a marker.
        var list: String?
    }

    /// A paragraph's marker and text, trimmed; nil when it shows no text (its number is still counted).
    mutating func paragraphText(_ paragraph: XMLNode) -> Paragraph? {
        let properties = paragraph.child("pPr")
        let style = properties?.value(of: "pStyle")
        let reference = properties.flatMap(NumberingReference.init) ?? styles.numbering(style)
        let marker = reference.flatMap { numbering.marker(for: $0) } ?? ""
        // A field's instruction never runs past its paragraph; one left open by a damaged file must not
        // hide the rest of the document, so what is still open shows from here.
        fields = fields.map { _ in false }
        var text = ""
        appendInline(of: paragraph, to: &text)
        let trimmed = Self.trimmed(text)
        guard !trimmed.isEmpty else { return nil }
        let outline = properties?.value(of: "outlineLvl").flatMap(Int.init)
        let level = outline.map { (0...8).contains($0) ? $0 + 1 : nil } ?? styles.headingLevel(style)
        return Paragraph(text: marker + trimmed, headingLevel: level, isTitle: styles.isTitle(style),
                         list: marker.isEmpty ? nil : reference?.numberingID)
    }

    /// Appends the shown text of the runs under `node`.
    mutating func appendInline(of node: XMLNode, to text: inout String) {
        for child in node.children {
            switch child.name {
            case "r": appendRun(child, to: &text)
            case "del", "moveFrom":
                deletionsLeftOut += 1
            case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "sdtContent", "dir", "bdo":
                appendInline(of: child, to: &text)
            case "sdt": if let content = child.child("sdtContent") { appendInline(of: content, to: &text) }
            case "oMath", "oMathPara":
                text += child.descendants("t").map(\.text).joined()
            case "AlternateContent": if let chosen = Self.chosen(child) { appendInline(of: chosen, to: &text) }
            default: break
            }
        }
    }

    private mutating func appendRun(_ run: XMLNode, to text: inout String) {
        for child in run.children {
            switch child.name {
            case "fldChar":
                switch child.attribute("fldCharType") {
                case "begin": fields.append(true)
                case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
                case "end": _ = fields.popLast()
                default: break
                }
                continue
            default: break
            }
            // Between a field's begin and separate is its instruction ("PAGE", "HYPERLINK …"), never shown.
            if fields.last == true { continue }
            switch child.name {
            case "t": text += child.text
            case "tab", "ptab": text += "\t"
            case "br", "cr":
                let type = child.attribute("type")
                text += type == "page" || type == "column" ? " " : "\n"
            case "noBreakHyphen": text += "-"
            case "sym": text += WordRun.symbol(child)
            case "footnoteReference": text += notes.reference(child.attribute("id"), kind: .footnote)
            case "endnoteReference": text += notes.reference(child.attribute("id"), kind: .endnote)
            case "drawing", "pict", "object", "AlternateContent": collectTextBoxes(in: child)
            default: break
            }
        }
    }

    /// Text boxes hold paragraphs of their own; they are read after the paragraph they float in.
    private mutating func collectTextBoxes(in node: XMLNode) {
        let root = node.name == "AlternateContent" ? Self.chosen(node) : node
        for box in root?.descendants("txbxContent") ?? [] {
            for block in blocks(of: box) {
                if block.name == "p", let paragraph = paragraphText(block) { floating.append(paragraph.text) }
                if block.name == "tbl" { floating.append(cellText(block)) }
            }
        }
    }

    /// `mc:AlternateContent` offers the same content twice; the first choice is read, the fallback only without one.
    static func chosen(_ node: XMLNode) -> XMLNode? { node.child("Choice") ?? node.child("Fallback") }

    /// Spaces and tabs at the ends of a paragraph and around its line breaks are layout.
    static func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}
