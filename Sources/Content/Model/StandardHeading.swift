/// The usual heading, "Recommendation 3": not kept as text where it is the number's own words, since
/// a string over 15 bytes is a separate allocation (64 bytes for 20 bytes of text), and a document of
/// 100,000 headings held one a heading in the model and one in its parse explanation.
enum StandardHeading {
    /// "Recommendation 3".
    static func words(_ number: Int) -> String { "Recommendation \(number)" }

    /// Whether `heading` is the standard one for `number`, without making it.
    static func isStandard(_ heading: String, number: Int) -> Bool {
        let prefix = "Recommendation "
        guard heading.utf8.count > prefix.utf8.count, heading.hasPrefix(prefix) else { return false }
        let digits = heading.utf8.dropFirst(prefix.utf8.count)
        // Only digits as `number` prints them: no sign, no leading zero, no other spelling.
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.first != 0x30 || digits.count == 1 else { return false }
        return Int(Substring(digits)) == number
    }

    /// What to keep of a heading: nil for the standard one.
    static func stored(_ heading: String, number: Int) -> String? {
        isStandard(heading, number: number) ? nil : heading
    }
}
