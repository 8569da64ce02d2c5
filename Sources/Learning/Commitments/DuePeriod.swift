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

    /// Each way of stating a period, compiled once per process, with its clue words and how many
    /// words a match can run before and after the word holding its clue (counted as `WordTokens`
    /// splits them: "2021/22" and "twenty-four" are two words each).
    static let patterns: [DuePattern] = [
        // "by the end of | Q3 | of 2021 / 22", "quarter | one of 2021/22"
        DuePattern(relation + #"(?<period>Q[1-4](?:\s+(?:of\s+)?\d{4}(?:\s*/\s*\d{2,4})?)?|quarter\s+(?:[1-4]|one|two|three|four)(?:\s+(?:of\s+)?\d{4}(?:\s*/\s*\d{2,4})?)?)\b"#,
                   clues: ["q1", "q2", "q3", "q4", "quarter"], wordsBefore: 4, wordsAfter: 4),
        // "by the end of | the end of | March | 2022"
        DuePattern(relation + #"(?<period>(?:the\s+end\s+of\s+)?(?:"# + months.joined(separator: "|") + #")\s+\d{4})\b"#,
                   clues: months.map { $0.lowercased() }, needsDigit: true, wordsBefore: 7, wordsAfter: 1),
        // "within | the next | twenty-four | months"
        DuePattern(#"\b(?<relation>within|in|over)\s+(?:the\s+next\s+)?(?<period>(?:"# + number + #")\s+(?:days?|weeks?|months?|years?))\b"#,
                   clues: ["day", "week", "month", "year"], cluesStartWords: true, wordsBefore: 5, wordsAfter: 0),
        // "by the end of | the | spring | term of 2022/23"
        DuePattern(relation + #"(?<period>(?:the\s+)?(?:spring|summer|autumn|winter)(?:\s+term)?(?:\s+of)?\s+\d{4}(?:\s*/\s*\d{2,4})?)\b"#,
                   clues: ["spring", "summer", "autumn", "winter"], needsDigit: true, wordsBefore: 5, wordsAfter: 4),
        // "by the | end | of the financial year"
        DuePattern(#"\b(?<relation>by|before|until|at)\s+(?<period>the\s+end\s+of\s+(?:the\s+)?(?:year|financial\s+year|academic\s+year|\d{4}(?:\s*/\s*\d{2,4})?))"#,
                   clues: ["end"], cluesStartWords: true, wordsBefore: 2, wordsAfter: 4),
        // "by the end of | the financial year 2022 / | 23" (the clue is the slash: its word is the one after it)
        DuePattern(relation + #"(?<period>(?:the\s+)?(?:financial\s+year\s+)?\d{4}\s*/\s*\d{2,4})\b"#,
                   clues: ["/"], needsDigit: true, wordsBefore: 8, wordsAfter: 0),
        // "by | 2022"
        DuePattern(#"\b(?<relation>by|from|before|until)\s+(?<period>\d{4})\b"#,
                   clues: ["by", "from", "before", "until"], needsDigit: true, wordsBefore: 0, wordsAfter: 1),
    ]

    static let shared = DuePeriodFinder()

    /// For each pattern, which words of one vocabulary (a document's) hold one of its word clues, found once.
    private var bound: (vocabulary: Vocabulary, clueWords: [[Bool]])?

    /// The finder with the clue words of `vocabulary` found now, for all the sentences split with it.
    func bound(to vocabulary: Vocabulary) -> DuePeriodFinder {
        var finder = self
        finder.bound = (vocabulary, Self.patterns.map { $0.clueWords(in: vocabulary) })
        return finder
    }

    /// The first due period in a sentence: of the patterns' first matches, the one that starts
    /// first (the earlier pattern on a tie).
    func duePeriod(in sentence: ResponseSentence) -> DuePeriod? {
        let hasDigit = sentence.range.contains { DuePattern.isDigit(sentence.tokens.byte(at: $0)) }
        let vocabulary = sentence.tokens.vocabulary
        let clueWords = bound.flatMap { $0.vocabulary === vocabulary ? $0.clueWords : nil }
            ?? Self.patterns.map { $0.clueWords(in: vocabulary) }
        var best: (range: Range<Int>, period: String, relation: String?)?
        for (pattern, clueWords) in zip(Self.patterns, clueWords) {
            guard let match = pattern.firstMatch(in: sentence, hasDigit: hasDigit, clueWords: clueWords) else { continue }
            if best == nil || match.range.lowerBound < best!.range.lowerBound { best = match }
        }
        guard let best else { return nil }
        return DuePeriod(period: best.period, relation: best.relation, evidence: sentence.piece.evidence(best.range))
    }
}

/// One way of stating a due period: its case-insensitive regex, the words (lower case) one of
/// which any match holds, and how far a match can reach around the word holding one. The regex
/// runs only on a few words around each clue, not on the whole sentence, since running it is
/// most of the cost of reading a response.
struct DuePattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe; @unchecked because not every
    // toolchain's Foundation marks it Sendable.
    let regex: NSRegularExpression
    /// The clues that are words ("march", "q3"), looked for inside words, and the others ("/"),
    /// looked for between them.
    let wordClues: [[UInt8]]
    let otherClues: [[UInt8]]
    /// Whether every match holds a digit.
    let needsDigit: Bool
    /// Whether the regex puts white space before its clue, so the clue starts a word: "end" then
    /// anchors only "end", not every "recommendation" that holds it.
    let cluesStartWords: Bool
    /// How many words a match can hold before and after the word holding its clue. Too few would
    /// cut matches short: `DuePeriodWindowTests` checks them against the whole sentence.
    let wordsBefore: Int
    let wordsAfter: Int

    init(_ pattern: String, clues: [String], needsDigit: Bool = false, cluesStartWords: Bool = false, wordsBefore: Int, wordsAfter: Int) {
        // The patterns are fixed text, compiled once: a failure is a programming error.
        regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let clues = clues.map { Array($0.utf8) }
        wordClues = clues.filter(Self.isWord)
        otherClues = clues.filter { !Self.isWord($0) }
        self.needsDigit = needsDigit
        self.cluesStartWords = cluesStartWords
        self.wordsBefore = wordsBefore
        self.wordsAfter = wordsAfter
    }

    /// Which words of a vocabulary hold one of the word clues, by the word's number.
    func clueWords(in vocabulary: Vocabulary) -> [Bool] {
        vocabulary.folded.map { word in
            let utf8 = Array(word.utf8)
            return wordClues.contains { cluesStartWords ? utf8.starts(with: $0) : Self.holds($0, in: utf8) }
        }
    }

    /// The first match in the sentence, as UTF-8 offsets of its piece, with its period and relation.
    /// `hasDigit`: whether the sentence holds a digit; `clueWords`: `clueWords(in:)` of its vocabulary.
    func firstMatch(in sentence: ResponseSentence, hasDigit: Bool,
                    clueWords: [Bool]) -> (range: Range<Int>, period: String, relation: String?)? {
        guard hasDigit || !needsDigit else { return nil }
        var first: (range: Range<Int>, period: String, relation: String?)?
        for window in windows(in: sentence, clueWords: clueWords) {
            // A match lies within its window, so a window without a digit cannot hold one that needs it.
            if needsDigit && !window.contains(where: { Self.isDigit(sentence.tokens.byte(at: $0)) }) { continue }
            let text = sentence.tokens.text(window)
            guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range, in: text) else { continue }
            let start = window.lowerBound + text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            guard first == nil || start < first!.range.lowerBound else { continue }
            let end = window.lowerBound + text.utf8.distance(from: text.startIndex, to: range.upperBound)
            first = (start..<end, Self.group("period", of: match, in: text) ?? String(text[range]),
                     Self.group("relation", of: match, in: text)?.lowercased())
        }
        return first
    }

    /// UTF-8 ranges of the piece around each word of the sentence that holds a clue (for a clue
    /// that is not a word, such as "/", the word after it), from `wordsBefore` words before it to
    /// `wordsAfter` after, widened to the spaces (or the sentence's ends) around them so that
    /// `\b` reads the same inside a window as in the sentence, and overlapping ones joined, so
    /// that no window ends inside a match another holds whole ("FAQ1s by Q3 of 2022 / 23").
    private func windows(in sentence: ResponseSentence, clueWords: [Bool]) -> [Range<Int>] {
        let tokens = sentence.tokens
        let words = sentence.words
        var anchors: [Int] = []
        for index in words {
            let token = tokens.tokens[index]
            let gapStart = index == words.lowerBound ? sentence.range.lowerBound : tokens.tokens[index - 1].range.upperBound
            if clueWords[token.word] || otherClues.contains(where: { clue in
                (gapStart..<token.range.lowerBound).contains { Self.holds(clue, at: $0, in: tokens) }
            }) {
                anchors.append(index)
            }
        }
        var windows: [Range<Int>] = []
        for anchor in anchors {
            var start = tokens.tokens[max(words.lowerBound, anchor - wordsBefore)].range.lowerBound
            var end = tokens.tokens[min(words.upperBound - 1, anchor + wordsAfter)].range.upperBound
            while start > sentence.range.lowerBound, !Self.isSpace(tokens.byte(at: start - 1)) { start -= 1 }
            while end < sentence.range.upperBound, !Self.isSpace(tokens.byte(at: end)) { end += 1 }
            // Anchors ascend, so a window can only overlap the one before it.
            if let last = windows.last, start <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(end, last.upperBound)
            } else {
                windows.append(start..<end)
            }
        }
        return windows
    }

    private static func isWord(_ clue: [UInt8]) -> Bool {
        clue.contains { isDigit($0) || (0x61...0x7A).contains($0) }
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// ASCII white space, which every sentence's words are separated by where a window may start or end.
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    private static func holds(_ clue: [UInt8], at offset: Int, in tokens: WordTokens) -> Bool {
        offset + clue.count <= tokens.count && clue.indices.allSatisfy { tokens.byte(at: offset + $0) == clue[$0] }
    }

    private static func group(_ name: String, of match: NSTextCheckingResult, in text: String) -> String? {
        Range(match.range(withName: name), in: text).map { String(text[$0]) }
    }

    /// Whether a word holds `clue`. (A plain loop: with Foundation imported, `firstRange(of:)` on
    /// bytes resolves to `DataProtocol`'s, which allocates on every call.)
    private static func holds(_ clue: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = clue.first, clue.count <= text.count else { return false }
        for start in text.startIndex...(text.endIndex - clue.count) where text[start] == first {
            if text[start..<(start + clue.count)].elementsEqual(clue) { return true }
        }
        return false
    }
}
