/// Turns the text of a review response into a `ReviewDocument`: page furniture out, lines into
/// units, units into their places. Never fails: whatever it cannot place structurally it keeps as
/// paragraphs, with a warning.
public enum ReviewParser {
    public static func parse(_ text: String, source: String, hints: ParseHints = ParseHints()) -> ReviewDocument {
        parse(text, source: source, hints: hints, roles: [:])
    }

    /// The text with what a format reader knew of its lines (table rows, headings).
    static func parse(_ text: String, source: String, hints: ParseHints, roles: [Int: ExtractedText.LineRole]) -> ReviewDocument {
        let furniture = PageFurniture(SourceLines(text))
        let units = SourceUnitScanner(furniture, roles: roles, hints: hints).units
        var document = DocumentAssembler(units).document(source: source, furniture: furniture.furniture)
        document.lineRules = LineRule.rules(for: units)
        document.hints = hints
        if text.unicodeScalars.contains(where: { TerminalSafe.isShownVisibly($0) && $0 != "\t" && $0 != "\n" && $0 != "\r" && $0 != "\u{0C}" }) {
            document.warnings.insert(ParseWarning("the text contains control characters; they are shown visibly (such as ^[), never sent to the terminal"), at: 0)
        }
        return document
    }

    /// A document a format reader extracted (PDF, Word, web page): its lines parsed as text, with the
    /// furniture and warnings the reader found kept beside the parser's own.
    public static func parse(_ extracted: ExtractedText, source: String, hints: ParseHints = ParseHints()) -> ReviewDocument {
        var document = parse(extracted.text, source: source, hints: hints, roles: extracted.roles)
        document.furniture = (extracted.furniture + document.furniture).sorted { $0.line < $1.line }
        document.warnings = extracted.warnings + document.warnings
        return document
    }
}
