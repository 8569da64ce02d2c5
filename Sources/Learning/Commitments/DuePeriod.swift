/// When a commitment is due, as the sentence states it.
public struct DuePeriod: Sendable, Hashable {
    /// The period itself: "Q3 of 2021/22", "March 2022", "6 months".
    public var period: String
    /// The word relating the work to it, lower case: "from", "by", "within"; nil when none.
    public var relation: String?
    /// The whole phrase as written ("from Q3 of 2021/22").
    public var evidence: Evidence

    public init(period: String, relation: String?, evidence: Evidence) {
        self.period = period
        self.relation = relation
        self.evidence = evidence
    }
}

/// Finds a stated due period in a sentence: a quarter ("Q3 of 2021/22"), a month and year
/// ("by March 2022"), a span ("within 6 months"), a season or term ("Autumn 2022"), a financial
/// year ("in 2022/23"), the end of a year, or a bare year after "by". A duration ("for 6 months")
/// is not a due period.
struct DuePeriodFinder: @unchecked Sendable {
    private static let relation = #"(?:\b(?<relation>from|by|in|for|during|before|until|after|starting|starting in|by the end of|end of)\s+)?"#
    private static let month = "January|February|March|April|May|June|July|August|September|October|November|December"
    private static let number = #"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four"#
    static let patterns: [String] = [
        relation + #"(?<period>Q[1-4](?:\s+(?:of\s+)?\d{4}(?:\s*/\s*\d{2,4})?)?|quarter\s+(?:[1-4]|one|two|three|four)(?:\s+(?:of\s+)?\d{4}(?:\s*/\s*\d{2,4})?)?)\b"#,
        relation + #"(?<period>(?:the\s+end\s+of\s+)?(?:"# + month + #")\s+\d{4})\b"#,
        #"\b(?<relation>within|in|over)\s+(?:the\s+next\s+)?(?<period>(?:"# + number + #")\s+(?:days?|weeks?|months?|years?))\b"#,
        relation + #"(?<period>(?:the\s+)?(?:spring|summer|autumn|winter)(?:\s+term)?(?:\s+of)?\s+\d{4}(?:\s*/\s*\d{2,4})?)\b"#,
        #"\b(?<relation>by|before|until|at)\s+(?<period>the\s+end\s+of\s+(?:the\s+)?(?:year|financial\s+year|academic\s+year|\d{4}(?:\s*/\s*\d{2,4})?))"#,
        relation + #"(?<period>(?:the\s+)?(?:financial\s+year\s+)?\d{4}\s*/\s*\d{2,4})\b"#,
        #"\b(?<relation>by|from|before|until)\s+(?<period>\d{4})\b"#,
    ]

    // Regex values are immutable once built; @unchecked because not every toolchain marks them Sendable.
    /// One per pattern, in order, so `PatternClues` can name them by index; each compiled when first needed.
    private let regexes: [LazyRegex]

    /// Compiled once per process: building and first running the patterns cost more than the rest
    /// of a small document's index. (Regex programs are immutable once lowered, and lowered atomically.)
    static let shared = DuePeriodFinder()

    init() {
        regexes = Self.patterns.map(LazyRegex.init)
    }

    /// Words without which no period can be stated, to skip most sentences cheaply.
    private static let clues = ["end of", "month", "week", "day", "year", "quarter"]

    /// The first due period in `sentence` (Character offsets within the piece via `offset`).
    func duePeriod(in sentence: String, offset: Int, piece: DocumentPiece, tokens: WordTokens) -> DuePeriod? {
        let starts = PatternClues.searchStarts(in: sentence)
        if starts == nil {
            guard sentence.contains(where: \.isNumber) || Self.clues.contains(where: sentence.lowercased().contains) else { return nil }
        }
        var best: (range: Range<String.Index>, period: String, relation: String?)?
        for (index, lazyRegex) in regexes.enumerated() {
            // The sentence is ASCII when `starts` is known, so a UTF-8 offset is a Character boundary.
            var searched = sentence[...]
            if let starts {
                guard let start = starts[index] else { continue }
                searched = sentence[sentence.utf8.index(sentence.startIndex, offsetBy: start)...]
            }
            guard let regex = lazyRegex.regex else { continue }
            guard let match = try? regex.firstMatch(in: searched) else { continue }
            let period = match.output["period"]?.substring.map(String.init) ?? String(match.output[0].substring ?? "")
            let relation = match.output["relation"]?.substring.map { String($0).lowercased() }
            if best == nil || match.range.lowerBound < best!.range.lowerBound {
                best = (match.range, period, relation)
            }
        }
        guard let best else { return nil }
        let start = offset + sentence.distance(from: sentence.startIndex, to: best.range.lowerBound)
        let end = offset + sentence.distance(from: sentence.startIndex, to: best.range.upperBound)
        return DuePeriod(period: best.period, relation: best.relation, evidence: piece.evidence(start..<end, in: tokens))
    }
}
