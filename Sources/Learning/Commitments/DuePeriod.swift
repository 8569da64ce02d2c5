import Content
import Foundation
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
struct DuePeriodFinder: Sendable {
    private static let relation = #"(?:\b(?<relation>from|by|in|for|during|before|until|after|starting|starting in|by the end of|end of)\s+)?"#
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]
    private static let number = #"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four"#

    /// Each way of stating a period, compiled once per process.
    static let patterns: [DuePattern] = [
        DuePattern(relation + #"(?<period>Q[1-4](?:\s+(?:of\s+)?\d{4}(?:\s*/\s*\d{2,4})?)?|quarter\s+(?:[1-4]|one|two|three|four)(?:\s+(?:of\s+)?\d{4}(?:\s*/\s*\d{2,4})?)?)\b"#,
                   clues: ["q1", "q2", "q3", "q4", "quarter"]),
        DuePattern(relation + #"(?<period>(?:the\s+end\s+of\s+)?(?:"# + months.joined(separator: "|") + #")\s+\d{4})\b"#,
                   clues: months.map { $0.lowercased() }, needsDigit: true),
        DuePattern(#"\b(?<relation>within|in|over)\s+(?:the\s+next\s+)?(?<period>(?:"# + number + #")\s+(?:days?|weeks?|months?|years?))\b"#,
                   clues: ["day", "week", "month", "year"]),
        DuePattern(relation + #"(?<period>(?:the\s+)?(?:spring|summer|autumn|winter)(?:\s+term)?(?:\s+of)?\s+\d{4}(?:\s*/\s*\d{2,4})?)\b"#,
                   clues: ["spring", "summer", "autumn", "winter"], needsDigit: true),
        DuePattern(#"\b(?<relation>by|before|until|at)\s+(?<period>the\s+end\s+of\s+(?:the\s+)?(?:year|financial\s+year|academic\s+year|\d{4}(?:\s*/\s*\d{2,4})?))"#,
                   clues: ["end"]),
        DuePattern(relation + #"(?<period>(?:the\s+)?(?:financial\s+year\s+)?\d{4}\s*/\s*\d{2,4})\b"#,
                   clues: ["/"], needsDigit: true),
        DuePattern(#"\b(?<relation>by|from|before|until)\s+(?<period>\d{4})\b"#,
                   clues: ["by", "from", "before", "until"], needsDigit: true),
    ]

    static let shared = DuePeriodFinder()

    /// The first due period in `sentence`, which starts at UTF-8 offset `offset` of the piece.
    func duePeriod(in sentence: String, offset: Int, piece: TextPiece, tokens: WordTokens) -> DuePeriod? {
        let lowered = Array(sentence.lowercased().utf8)
        let hasDigit = lowered.contains { $0 >= 0x30 && $0 <= 0x39 }
        var best: (range: Range<String.Index>, period: String, relation: String?)?
        for pattern in Self.patterns {
            guard let match = pattern.firstMatch(in: sentence, lowercased: lowered, hasDigit: hasDigit),
                  let range = Range(match.range, in: sentence) else { continue }
            let period = Self.group("period", of: match, in: sentence) ?? String(sentence[range])
            let relation = Self.group("relation", of: match, in: sentence)?.lowercased()
            if best == nil || range.lowerBound < best!.range.lowerBound {
                best = (range, period, relation)
            }
        }
        guard let best else { return nil }
        let start = offset + sentence.utf8.distance(from: sentence.startIndex, to: best.range.lowerBound)
        let end = offset + sentence.utf8.distance(from: sentence.startIndex, to: best.range.upperBound)
        return DuePeriod(period: best.period, relation: best.relation, evidence: piece.evidence(start..<end, in: tokens))
    }

    private static func group(_ name: String, of match: NSTextCheckingResult, in sentence: String) -> String? {
        Range(match.range(withName: name), in: sentence).map { String(sentence[$0]) }
    }
}

/// One way of stating a due period: its case-insensitive regex, and the words (lower case) one of
/// which any sentence it matches holds, so most sentences are ruled out without running it.
struct DuePattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe; @unchecked because not every
    // toolchain's Foundation marks it Sendable.
    let regex: NSRegularExpression
    let clues: [[UInt8]]
    /// Whether every match holds a digit.
    let needsDigit: Bool

    init(_ pattern: String, clues: [String], needsDigit: Bool = false) {
        // The patterns are fixed text, compiled once: a failure is a programming error.
        regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        self.clues = clues.map { Array($0.utf8) }
        self.needsDigit = needsDigit
    }

    /// `lowercased` is the sentence's lower-cased UTF-8; `hasDigit` whether it holds a digit.
    func firstMatch(in sentence: String, lowercased: [UInt8], hasDigit: Bool) -> NSTextCheckingResult? {
        guard hasDigit || !needsDigit, clues.contains(where: { Self.holds($0, in: lowercased) }) else { return nil }
        return regex.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence))
    }

    /// Whether `text` holds `clue`. (A plain loop: with Foundation imported, `firstRange(of:)` on
    /// bytes resolves to `DataProtocol`'s, which allocates on every call.)
    private static func holds(_ clue: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = clue.first, clue.count <= text.count else { return false }
        for start in 0...(text.count - clue.count) where text[start] == first {
            if text[start..<(start + clue.count)].elementsEqual(clue) { return true }
        }
        return false
    }
}
