import Content
import Search
/// `casebook search` output: one line per match, grep-like — where it is, and its context with
/// the match marked.
public enum SearchReport {
    public struct Marks: Sendable {
        public var open: String
        public var close: String
        /// The columns the marks take on screen (escape sequences take none).
        public var columns: Int
        public init(open: String, close: String, columns: Int) {
            self.open = open
            self.close = close
            self.columns = columns
        }
        /// For a terminal: bold on, bold off.
        public static let bold = Marks(open: "\u{1B}[1m", close: "\u{1B}[22m", columns: 0)
        /// For pipes and files.
        public static let brackets = Marks(open: "[[", close: "]]", columns: 4)
    }

    /// "where" for a match: the recommendation's own words, its response, the introduction or a section.
    public static func place(of match: Place) -> String {
        switch match.item {
        case .introduction: return "introduction"
        case .section: return "section"
        case .recommendation: return match.isRecommendationText ? "recommendation" : "response"
        }
    }

    /// Lines "ID  where  …context with [[match]]…", each fitted to `width` columns. Document text and the
    /// prefix (a file name) are made terminal-safe here, before the marks go in, so the marks alone carry escapes.
    public static func lines(for result: SearchResult, in document: ReviewDocument, width: Int, marks: Marks,
                             prefix: String = "") -> [String] {
        result.matches.map { match in
            let head = TerminalSafe.sanitize(prefix) + pad(match.displayID, to: 4) + "  " + pad(place(of: match), to: 14) + "  "
            let text = document.text(at: match) ?? ""
            let room = max(20, width - DisplayWidth.of(head))
            return head + context(text, utf8Range: match.range, room: room, marks: marks)
        }
    }

    /// The match (a UTF-8 range of `text`) with as much text around it as fits: a little before, the rest
    /// after. Only a window of the text next to the match is looked at, no wider than the line on either
    /// side, so a match in a long paragraph costs no more than one in a short one.
    static func context(_ text: String, utf8Range range: Range<Int>, room: Int, marks: Marks) -> String {
        let lower = text.index(utf8Offset: range.lowerBound)
        let upper = max(lower, text.index(utf8Offset: range.upperBound))
        let window = room + 1
        let flatten: (Substring) -> String = { String($0.map { $0.isNewline ? " " : $0 }) }
        let matched = TerminalSafe.sanitize(flatten(text[lower..<upper]))
        let budget = max(0, room - DisplayWidth.of(matched) - marks.columns)
        let before = TerminalSafe.sanitize(flatten(text[..<lower].suffix(window)))
        let after = TerminalSafe.sanitize(flatten(text[upper...].prefix(window)))
        let beforeWidth = DisplayWidth.of(before), afterWidth = DisplayWidth.of(after)
        let beforeBudget = min(beforeWidth, max(budget / 3, budget - afterWidth))
        let shownBefore = beforeWidth > beforeBudget ? "…" + widestEnd(of: before, within: beforeBudget - 1) : before
        let afterBudget = max(0, budget - DisplayWidth.of(shownBefore))
        let shownAfter = afterWidth > afterBudget ? widestStart(of: after, within: afterBudget - 1) + "…" : after
        return shownBefore + marks.open + matched + marks.close + shownAfter
    }

    /// The longest start of `text` that fits `columns`, in one pass (a long paragraph stays cheap).
    private static func widestStart(of text: String, within columns: Int) -> String {
        var used = 0
        let kept = text.prefix { character in
            used += DisplayWidth.of(character)
            return used <= columns
        }
        return String(kept)
    }

    /// The longest end of `text` that fits `columns`, in one pass.
    private static func widestEnd(of text: String, within columns: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            used += DisplayWidth.of(text[previous])
            if used > columns { break }
            start = previous
        }
        return String(text[start...])
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}

/// One match as JSON for scripts.
public struct SearchMatchRecord: Codable, Sendable, Equatable {
    public var file: String
    public var id: String
    public var recommendation: Int?
    public var place: String
    public var line: Int?
    public var text: String
    /// Character offsets of the match in `text`.
    public var start: Int
    public var end: Int

    public static func records(for result: SearchResult, in document: ReviewDocument, file: String) -> [SearchMatchRecord] {
        // Matches come in reading order: counting Characters on from the last match in the same piece
        // reads each piece once, however many matches it holds.
        var counter: (place: Place, characters: CharacterCounter)?
        return result.matches.map { match in
            let text = document.text(at: match) ?? ""
            if counter == nil || !counter!.place.isInSamePiece(as: match) {
                counter = (match, CharacterCounter(text))
            }
            let start = counter!.characters.offset(ofUTF8: match.range.lowerBound)
            let end = max(start, counter!.characters.offset(ofUTF8: match.range.upperBound))
            return SearchMatchRecord(file: file, id: match.displayID, recommendation: match.itemID?.number,
                                     place: SearchReport.place(of: match), line: match.lines?.first,
                                     text: text, start: start, end: end)
        }
    }
}

extension SearchMatchRecord {
    /// `search --json`: the records escaped as `export` escapes them, C1 controls and bidi overrides included.
    public static func json(_ records: [SearchMatchRecord]) throws -> String {
        try JSONExporter.encode(records)
    }
}
