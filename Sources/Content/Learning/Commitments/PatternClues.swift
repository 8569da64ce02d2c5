/// Which of `DuePeriodFinder`'s patterns could match an ASCII sentence, judged from words each
/// pattern cannot match without. Swift `Regex` is slow, and most sentences hold none of these words,
/// so most sentences skip most patterns. Each clue is a necessary condition for its pattern, so the
/// patterns that do run find exactly what all of them would.
enum PatternClues {
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"].map { Array($0.utf8) }
    private static let units = ["day", "week", "month", "year"].map { Array($0.utf8) }
    private static let seasons = ["spring", "summer", "autumn", "winter"].map { Array($0.utf8) }
    private static let quarter = Array("quarter".utf8)
    private static let end = Array("end".utf8)
    private static let year = Array("year".utf8)

    /// One flag per pattern of `DuePeriodFinder.patterns`, in order; nil when the sentence is not
    /// ASCII (case-insensitive Unicode matching makes clues unsafe) and every pattern must run.
    static func possible(in sentence: String) -> [Bool]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sentence.utf8.count)
        var hasDigit = false, hasQuarterNumber = false
        for byte in sentence.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            let isDigit = lower >= 0x30 && lower <= 0x39
            hasDigit = hasDigit || isDigit
            if lower >= 0x31 && lower <= 0x34, bytes.last == UInt8(ascii: "q") { hasQuarterNumber = true }
            bytes.append(lower)
        }
        func has(_ word: [UInt8]) -> Bool { contains(bytes, word) }
        let years = yearClues(bytes)
        // Suffixes, not whole words: a pattern whose relation word is absent has no word boundary before the period.
        func beforeAYear(_ words: [[UInt8]]) -> Bool { words.contains { word in years.wordsBefore.contains { $0.ends(with: word) } } }
        return [
            hasQuarterNumber || has(quarter),
            beforeAYear(months),
            units.contains(where: has),
            seasons.contains(where: has) && beforeAYear(seasonWords),
            has(end) && (hasDigit || has(year)),
            years.hasFinancialYear,
            beforeAYear(agentWords),
        ]
    }

    /// The words a four-digit year follows in the periods "March 2022", "Autumn term of 2022", "by 2023".
    private static let seasonWords = (["spring", "summer", "autumn", "winter", "term", "of"]).map { Array($0.utf8) }
    private static let agentWords = (["by", "from", "before", "until"]).map { Array($0.utf8) }

    /// For each run of four or more digits after whitespace, the word before that whitespace
    /// (lower case); and whether some four digits are followed by "/" and a digit ("2021/22").
    private static func yearClues(_ bytes: [UInt8]) -> (wordsBefore: [[UInt8]], hasFinancialYear: Bool) {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var wordsBefore: [[UInt8]] = []
        var hasFinancialYear = false
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index - start >= 4 else { continue }
            var after = index
            while after < bytes.count, isSpace(bytes[after]) { after += 1 }
            if after < bytes.count, bytes[after] == UInt8(ascii: "/") {
                after += 1
                while after < bytes.count, isSpace(bytes[after]) { after += 1 }
                if after < bytes.count, isDigit(bytes[after]) { hasFinancialYear = true }
            }
            var end = start
            while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
            guard end < start else { continue }
            var wordStart = end
            while wordStart > 0, CharacterClass.isASCIILetter(bytes[wordStart - 1]) { wordStart -= 1 }
            wordsBefore.append(Array(bytes[wordStart..<end]))
        }
        return (wordsBefore, hasFinancialYear)
    }

    private static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard word.count <= text.count, let first = word.first else { return word.isEmpty }
        var index = 0
        let last = text.count - word.count
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < word.count && text[index + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            index += 1
        }
        return false
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix) }
}
