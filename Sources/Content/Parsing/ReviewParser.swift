/// Turns the text of a review response into a `ReviewDocument`: page furniture out, lines into
/// units, units into their places. Never fails: whatever it cannot place structurally it keeps as
/// paragraphs, with a warning.
public enum ReviewParser {
    /// - Parameter explaining: whether to keep why each line was read as it was (`lineRules`), which
    ///   only `check --explain` shows: a rule per heading is 5.6 MB on 100,000 headings.
    public static func parse(_ text: String, source: String, hints: ParseHints = ParseHints(), explaining: Bool = false) -> ReviewDocument {
        parse(text, roles: [:], source: source, hints: hints, explaining: explaining)
    }

    /// `roles` are what a format reader knew of some lines (headings by style or type size).
    static func parse(_ text: String, roles: [Int: ExtractedText.LineRole], source: String, hints: ParseHints,
                      explaining: Bool) -> ReviewDocument {
        // The units and the source lines are let go before the document is made: they are as many
        // as its blocks and lines, and the document's checks are the peak of parsing.
        let (assembler, lineRules, furniture) = { () -> (DocumentAssembler, [LineRule], [FurnitureLine]) in
            let (units, warnings, furniture) = scan(text, roles: roles, hints: hints)
            return (DocumentAssembler(units, warnings: warnings), explaining ? LineRule.rules(for: units) : [], furniture)
        }()
        var document = assembler.document(source: source, furniture: furniture)
        document.lineRules = lineRules
        document.hints = hints
        if hasControlCharacters(text) {
            document.warnings.insert(ParseWarning("the text contains control characters; they are shown visibly (such as ^[), never sent to the terminal"), at: 0)
        }
        return document
    }

    /// The source's units, the scanner's warnings and its page furniture; its lines are let go once
    /// they are scanned.
    private static func scan(_ text: String, roles: [Int: ExtractedText.LineRole], hints: ParseHints)
        -> ([SourceUnit], [ParseWarning], [FurnitureLine]) {
        let furniture = PageFurniture(SourceLines(text))
        let scanner = SourceUnitScanner(furniture, roles: roles, hints: hints)
        return (scanner.units, scanner.warnings, furniture.furniture)
    }

    /// Whether text holds a character shown visibly (as `TerminalSafe.isShownVisibly`) other than tab,
    /// newline, carriage return and form feed — by bytes, since decoding every scalar of a large
    /// document cost a tenth of parsing it. C1 controls and the bidi overrides have lead bytes C2 and E2.
    static func hasControlCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x20 && byte < 0x7F { continue }
                switch byte {
                case 0x09, 0x0A, 0x0C, 0x0D: continue
                case 0x00..<0x20, 0x7F: return true
                case 0xC2, 0xE2:
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                    if byte == 0xC2 && (0x80...0x9F).contains(next) { return true }
                    if byte == 0xE2 && next == 0x80 && (0xAA...0xAE).contains(third) { return true }
                    if byte == 0xE2 && next == 0x81 && (0xA6...0xA9).contains(third) { return true }
                default: continue
                }
            }
            return false
        }
    }

    /// A document a format reader extracted (PDF, Word, web page): its lines parsed as text, with the
    /// furniture and warnings the reader found kept beside the parser's own.
    public static func parse(_ extracted: ExtractedText, source: String, hints: ParseHints = ParseHints(),
                             explaining: Bool = false) -> ReviewDocument {
        var document = parse(extracted.text, roles: extracted.roles, source: source, hints: hints, explaining: explaining)
        document.furniture = (extracted.furniture + document.furniture).sorted { $0.line < $1.line }
        document.warnings.insert(contentsOf: extracted.warnings, at: 0)
        applyDeclaredTitle(extracted, to: &document)
        return document
    }

    /// The title rule for what a reader extracted: a text without title lines takes the title its source
    /// declares (shown as the title, never added to the text); and title lines the text rule took after
    /// the declared title (a "Published 3 March 2025" line under a page's `<h1>`) go back to the
    /// introduction, so that the title is the document's own.
    static func applyDeclaredTitle(_ extracted: ExtractedText, to document: inout ReviewDocument) {
        guard let declared = extracted.declaredTitle.map(TextShape.trimmed), !declared.isEmpty else { return }
        guard !document.titleLines.isEmpty else {
            document.declaredTitle = declared
            return
        }
        guard let index = document.titleLines.firstIndex(of: declared), index < document.titleLines.count - 1 else { return }
        let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false).map(TextShape.trimmed)
        var searchFrom = lines.firstIndex(of: declared) ?? 0
        var moved: [Block] = []
        for line in document.titleLines[(index + 1)...] {
            let found = lines[searchFrom...].firstIndex(of: line) ?? searchFrom
            moved.append(.paragraph(line, lines: SourceSpan(line: found + 1)))
            searchFrom = min(found + 1, lines.count - 1)
        }
        document.titleLines.removeSubrange((index + 1)...)
        document.introduction.insert(contentsOf: moved, at: 0)
    }
}
