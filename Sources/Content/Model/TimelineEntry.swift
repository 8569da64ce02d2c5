/// One dated progress entry of a response ("March 2021: Training began."): the date as written and
/// the response block that holds the entry's words.
public struct TimelineEntry: Sendable, Hashable {
    /// "March 2021", "12/03/2021", "June 2022" (from "Update June 2022:").
    public var date: String
    /// Index of the block in `Response.blocks`.
    public var block: Int
    public var lines: SourceSpan

    public init(date: String, block: Int, lines: SourceSpan) {
        self.date = date
        self.block = block
        self.lines = lines
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Words that may stand before the date: "Update June 2022:", "Progress March 2021 –".
    static let leadWords: Set<String> = ["update", "progress", "updated", "as", "at"]

    /// The date a line opens with, when a colon or a dash follows it: "March 2021: …", "12 March 2021 – …",
    /// "12/03/2021 - …", "2021-03-12: …", "Update June 2022: …". Nil for "March 2021 saw…".
    public static func date(opening text: String) -> String? {
        // Every date has a digit among the words looked at; most lines have none there.
        let opening = text.prefix(48)
        guard TextShape.hasDigit(opening) else { return nil }
        var words = opening.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
        if let first = words.first, leadWords.contains(first.lowercased()) { words.removeFirst() }
        if let first = words.first, first.lowercased() == "at" || first.lowercased() == "of" { words.removeFirst() }
        guard let first = words.first else { return nil }
        // A numeric date is one word: "12/03/2021", "03/2021", "2021-03-12", "12.03.21", with its separator.
        let (numeric, numericSeparator) = separated(first)
        if isNumericDate(numeric) {
            if numericSeparator { return String(numeric) }
            if words.count > 1, isDash(words[1]) { return String(numeric) }
            return nil
        }
        // "March 2021", "12 March 2021", "Mar 2021".
        var index = 0
        var dateWords: [Substring] = []
        if isDay(words[index]) { dateWords.append(words[index]); index += 1 }
        guard index < words.count, months.contains(words[index].lowercased().trimmingPunctuation) else { return nil }
        dateWords.append(words[index]); index += 1
        guard index < words.count else { return nil }
        let (year, yearSeparator) = separated(words[index])
        guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        dateWords.append(year)
        guard yearSeparator || (index + 1 < words.count && isDash(words[index + 1])) else { return nil }
        return dateWords.joined(separator: " ")
    }

    /// The date a sub-heading gives, alone or after a lead word and a dash: "March 2022", "Update –
    /// March 2022", "Progress update: 12/03/2022". Nil for a heading with other words ("Next steps").
    public static func date(heading text: String) -> String? {
        var words = text.split(separator: " ").filter { !isDash($0) }
        while let first = words.first, leadWords.contains(first.lowercased().filter(\.isLetter)) {
            words.removeFirst()
        }
        guard (1...3).contains(words.count) else { return nil }
        let rest = words.joined(separator: " ")
        guard let date = Self.date(opening: rest + ":"), date.count >= rest.count - 1 else { return nil }
        return date
    }

    /// A word without its trailing ":" (or "," before a dash), and whether a colon ended it.
    private static func separated(_ word: Substring) -> (Substring, Bool) {
        if word.hasSuffix(":") || word.hasSuffix("–") || word.hasSuffix("—") { return (word.dropLast(), true) }
        return (word, false)
    }

    private static func isDash(_ word: Substring) -> Bool { word == "–" || word == "—" || word == "-" || word == ":" }

    private static func isDay(_ word: Substring) -> Bool {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count).lowercased()
        return (1...2).contains(digits.count) && ["", "st", "nd", "rd", "th"].contains(suffix)
    }

    private static func isNumericDate(_ word: Substring) -> Bool {
        guard word.count >= 6, word.count <= 10, let separator = word.first(where: { !($0.isASCII && $0.isNumber) }),
              "/.-".contains(separator) else { return false }
        let fields = word.split(separator: separator, omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        return fields.contains { $0.count == 4 } || fields.count == 3
    }
}

private extension String {
    var trimmingPunctuation: String { String(self.filter { $0 != "," && $0 != "." }) }
}
