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
    public static func place(of location: SearchLocation) -> String {
        switch location.item {
        case .introduction: return "introduction"
        case .section: return "section"
        case .recommendation: return location.isRecommendationText ? "recommendation" : "response"
        }
    }

    /// Lines "ID  where  …context with [[match]]…", each fitted to `width` columns. Document text and the
    /// prefix (a file name) are made terminal-safe here, before the marks go in, so the marks alone carry escapes.
    public static func lines(for result: SearchResult, in document: ReviewDocument, width: Int, marks: Marks,
                             prefix: String = "") -> [String] {
        result.matches.map { match in
            let id = document.displayID(of: match.location)
            let head = TerminalSafe.sanitize(prefix) + pad(id, to: 4) + "  " + pad(place(of: match.location), to: 14) + "  "
            let text = document.text(at: match.location) ?? ""
            let room = max(20, width - DisplayWidth.of(head))
            return head + context(text, range: match.range, room: room, marks: marks)
        }
    }

    /// The match with as much text around it as fits: a little before, the rest after.
    static func context(_ text: String, range: Range<Int>, room: Int, marks: Marks) -> String {
        let characters = Array(text.map { $0.isNewline ? " " : $0 })
        let lower = min(range.lowerBound, characters.count)
        let upper = min(range.upperBound, characters.count)
        let matched = TerminalSafe.sanitize(String(characters[lower..<upper]))
        let budget = max(0, room - DisplayWidth.of(matched) - marks.columns)
        var before = TerminalSafe.sanitize(String(characters[..<lower]))
        var after = TerminalSafe.sanitize(String(characters[upper...]))
        let beforeBudget = min(DisplayWidth.of(before), max(budget / 3, budget - DisplayWidth.of(after)))
        if DisplayWidth.of(before) > beforeBudget {
            while DisplayWidth.of(before) > max(0, beforeBudget - 1), !before.isEmpty { before.removeFirst() }
            before = "…" + before
        }
        let afterBudget = max(0, budget - DisplayWidth.of(before))
        if DisplayWidth.of(after) > afterBudget {
            while DisplayWidth.of(after) > max(0, afterBudget - 1), !after.isEmpty { after.removeLast() }
            after += "…"
        }
        return before + marks.open + matched + marks.close + after
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
        let all = document.recommendations
        return result.matches.map { match in
            var number: Int?
            if case let .recommendation(index) = match.location.item { number = all[index].number }
            return SearchMatchRecord(file: file, id: document.displayID(of: match.location), recommendation: number,
                                     place: SearchReport.place(of: match.location), line: document.sourceLine(at: match.location),
                                     text: document.text(at: match.location) ?? "", start: match.range.lowerBound,
                                     end: match.range.upperBound)
        }
    }
}

extension SearchMatchRecord {
    /// `search --json`: the records escaped as `export` escapes them, C1 controls and bidi overrides included.
    public static func json(_ records: [SearchMatchRecord]) throws -> String {
        try JSONExporter.encode(records)
    }
}
