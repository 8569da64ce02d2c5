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
        var hasDigit = false, hasSlash = false, hasFourDigits = false, hasQuarterNumber = false
        var digitRun = 0
        for byte in sentence.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            let isDigit = lower >= 0x30 && lower <= 0x39
            digitRun = isDigit ? digitRun + 1 : 0
            hasDigit = hasDigit || isDigit
            hasFourDigits = hasFourDigits || digitRun >= 4
            hasSlash = hasSlash || lower == UInt8(ascii: "/")
            if lower >= 0x31 && lower <= 0x34, bytes.last == UInt8(ascii: "q") { hasQuarterNumber = true }
            bytes.append(lower)
        }
        func has(_ word: [UInt8]) -> Bool { contains(bytes, word) }
        return [
            hasQuarterNumber || has(quarter),
            hasDigit && months.contains(where: has),
            units.contains(where: has),
            hasDigit && seasons.contains(where: has),
            has(end) && (hasDigit || has(year)),
            hasSlash && hasDigit,
            hasFourDigits,
        ]
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
