/// Where each of `DuePeriodFinder`'s patterns could first match in an ASCII sentence, judged from
/// words the pattern cannot match without ("anchors") and how many words of the pattern may come
/// before them. Swift `Regex` is slow: most sentences hold no anchor at all and skip every
/// pattern, and the rest search only from a few words before the first anchor.
///
/// Exactness: every match holds its pattern's anchor, so no match starts before the first anchor
/// less the words the pattern allows before it. The search starts at a word that follows
/// whitespace, where a `\b` reads the same in the sentence and in the searched part of it (no
/// pattern has a lookbehind), so the first match found is the sentence's first match.
enum PatternClues {
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"].map { Array($0.utf8) }
    private static let units = ["day", "week", "month", "year"].map { Array($0.utf8) }
    private static let seasons = ["spring", "summer", "autumn", "winter"].map { Array($0.utf8) }
    /// The words a four-digit year follows in the periods "Autumn term of 2022", "by 2023".
    private static let seasonWords = (["spring", "summer", "autumn", "winter", "term", "of"]).map { Array($0.utf8) }
    private static let agentWords = (["by", "from", "before", "until"]).map { Array($0.utf8) }
    private static let quarter = Array("quarter".utf8)
    private static let end = Array("end".utf8)
    private static let year = Array("year".utf8)

    /// The most whitespace-separated words each pattern may hold before its anchor, plus one:
    /// a relation ("by the end of": 4), then for a month "the end of" (3) and the month (1); for a
    /// span "the next" and the number; for a financial year "the financial year"; and so on.
    private static let wordsBeforeAnchor = [5, 9, 5, 6, 3, 8, 2]

    /// One entry per pattern of `DuePeriodFinder.patterns`, in order: the UTF-8 offset to search from,
    /// or nil when the pattern cannot match. Nil altogether when the sentence is not ASCII
    /// (case-insensitive Unicode matching makes clues unsafe): then every pattern searches it all.
    static func searchStarts(in sentence: String) -> [Int?]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sentence.utf8.count)
        var hasDigit = false
        var quarterNumber: Int?
        for byte in sentence.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hasDigit = hasDigit || (lower >= 0x30 && lower <= 0x39)
            if quarterNumber == nil, lower >= 0x31 && lower <= 0x34, bytes.last == UInt8(ascii: "q") { quarterNumber = bytes.count - 1 }
            bytes.append(lower)
        }
        func first(_ words: [[UInt8]]) -> Int? { words.compactMap { firstOffset(of: $0, in: bytes) }.min() }
        let years = yearClues(bytes)
        // Suffixes, not whole words: a pattern whose relation is absent has no word boundary before the period.
        func yearAfter(_ words: [[UInt8]]) -> Int? {
            years.first { year in words.contains { year.wordBefore.ends(with: $0) } }?.offset
        }
        let anchors: [Int?] = [
            [quarterNumber, firstOffset(of: quarter, in: bytes)].compactMap { $0 }.min(),
            yearAfter(months),
            first(units),
            first(seasons).flatMap { season in yearAfter(seasonWords).map { _ in season } },
            hasDigit || firstOffset(of: year, in: bytes) != nil ? firstOffset(of: end, in: bytes) : nil,
            years.first { $0.isFinancialYear }?.offset,
            yearAfter(agentWords),
        ]
        return zip(anchors, wordsBeforeAnchor).map { anchor, words in anchor.map { start(of: bytes, wordsBefore: words, from: $0) } }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The start of the whitespace-separated word `words` words before the one holding `anchor`
    /// (or 0): always just after whitespace, or the sentence's start.
    private static func start(of bytes: [UInt8], wordsBefore words: Int, from anchor: Int) -> Int {
        var position = anchor
        while position > 0, !isSpace(bytes[position - 1]) { position -= 1 }
        for _ in 0..<words {
            var previous = position
            while previous > 0, isSpace(bytes[previous - 1]) { previous -= 1 }
            guard previous > 0 else { return 0 }
            while previous > 0, !isSpace(bytes[previous - 1]) { previous -= 1 }
            position = previous
        }
        return position
    }

    /// Runs of four or more digits, in order: where each starts, the letters just before the
    /// whitespace before it (empty when it follows no whitespace), and whether the run's last four
    /// digits are followed by "/" and a digit ("2021/22").
    private static func yearClues(_ bytes: [UInt8]) -> [(offset: Int, wordBefore: [UInt8], isFinancialYear: Bool)] {
        var years: [(offset: Int, wordBefore: [UInt8], isFinancialYear: Bool)] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index - start >= 4 else { continue }
            var after = index
            while after < bytes.count, isSpace(bytes[after]) { after += 1 }
            var isFinancialYear = false
            if after < bytes.count, bytes[after] == UInt8(ascii: "/") {
                after += 1
                while after < bytes.count, isSpace(bytes[after]) { after += 1 }
                isFinancialYear = after < bytes.count && isDigit(bytes[after])
            }
            var end = start
            while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
            var wordStart = end
            if end < start {
                while wordStart > 0, CharacterClass.isASCIILetter(bytes[wordStart - 1]) { wordStart -= 1 }
            }
            years.append((start, Array(bytes[wordStart..<end]), isFinancialYear))
        }
        return years
    }

    private static func firstOffset(of word: [UInt8], in text: [UInt8]) -> Int? {
        guard word.count <= text.count, let first = word.first else { return nil }
        var index = 0
        let last = text.count - word.count
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < word.count && text[index + offset] == word[offset] { offset += 1 }
                if offset == word.count { return index }
            }
            index += 1
        }
        return nil
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix) }
}
