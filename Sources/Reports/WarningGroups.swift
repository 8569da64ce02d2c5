/// Repeated warnings told once: a thousand "numbering gap" lines become one line with a count and the
/// first few places, so the warnings of other kinds are not buried.
enum WarningGroups {
    /// Warnings of one kind repeated more often than this are grouped.
    static let groupAbove = 3
    /// How many places a grouped line names.
    static let placesShown = 3

    /// `descriptions` in order, each kind with more than `groupAbove` warnings as one line in place of its first:
    /// "numbering gap: Recommendation N missing before N (×1,000: line 12, line 20, line 31, …)".
    static func lines(_ warnings: [(line: Int?, message: String)]) -> [String] {
        var byKind: [String: [Int]] = [:]
        for (index, warning) in warnings.enumerated() { byKind[kind(of: warning.message), default: []].append(index) }
        var lines: [String] = []
        for (index, warning) in warnings.enumerated() {
            let members = byKind[kind(of: warning.message)] ?? []
            guard members.count > groupAbove else {
                lines.append(warning.line.map { "line \($0): \(warning.message)" } ?? warning.message)
                continue
            }
            guard members.first == index else { continue }
            let places = members.prefix(placesShown).map { warnings[$0].line.map { "line \($0)" } ?? "no line" }
            let more = members.count > placesShown ? ", …" : ""
            lines.append(kind(of: warning.message) + " (×\(grouped(members.count)): " + places.joined(separator: ", ") + more + ")")
        }
        return lines
    }

    /// The message with its numbers as N and its quoted words as "…": what repeats.
    static func kind(of message: String) -> String {
        var out = ""
        var inQuote = false
        var previousWasDigit = false
        for character in message {
            if character == "\"" {
                out.append(inQuote ? "\"" : "\"…")
                inQuote.toggle()
            } else if inQuote {
                continue
            } else if character.isASCII && character.isNumber {
                if !previousWasDigit { out.append("N") }
                previousWasDigit = true
                continue
            } else if previousWasDigit && (character == "–" || character == ",") {
                continue
            } else {
                out.append(character)
            }
            previousWasDigit = false
        }
        return out
    }

    /// 1000 → "1,000".
    static func grouped(_ count: Int) -> String {
        let digits = Array(String(count))
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? ",\(digit)" : "\(digit)"
        }.joined()
    }
}
