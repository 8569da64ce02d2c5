/// A recommendation named by its code as the document writes it: "PR1", "E2", "pr1b". Numbers repeat
/// across series (E1 and PR1 are both 1), so a code is resolved against the document, not by number alone.
public struct ItemCode: Sendable, Hashable, CustomStringConvertible {
    /// The series letters, upper case ("PR").
    public var series: String
    public var number: Int
    /// The part letter, lower case, or nil for the whole recommendation.
    public var part: Character?

    /// Parses one to three letters, a number and an optional part letter; nil for a bare number.
    public init?(parsing raw: String) {
        let text = raw.filter { !$0.isWhitespace && $0 != "." && $0 != "(" && $0 != ")" }
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count).prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(letters.count + digits.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.count <= 6, let number = Int(digits),
              rest.count <= 1, rest.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        series = letters.uppercased()
        self.number = number
        part = rest.first.map { Character($0.lowercased()) }
    }

    /// A code from its parts; nil without series letters (a plain number is an `ItemID`).
    public init?(series: String, number: Int, part: Character? = nil) {
        guard !series.isEmpty else { return nil }
        self.series = series.uppercased()
        self.number = number
        self.part = part.map { Character($0.lowercased()) }
    }

    public var description: String { "\(series)\(number)\(part.map(String.init) ?? "")" }
}

extension ReviewDocument {
    /// Where a code's recommendation is: its index in `recommendations`, and its occurrence among the
    /// recommendations that share its number (as places name it). Nil when no recommendation is in
    /// that series with that number — "R3" in a document of "Recommendation N" headings is an id, not a code.
    public func locate(_ code: ItemCode) -> (index: Int, occurrence: Int)? {
        var index = 0
        var occurrence = 0
        for section in sections {
            for recommendation in section.recommendations {
                if recommendation.number == code.number {
                    if recommendation.series.uppercased() == code.series { return (index, occurrence) }
                    occurrence += 1
                }
                index += 1
            }
        }
        return nil
    }
}
