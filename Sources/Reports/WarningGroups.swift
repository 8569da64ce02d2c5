import Content

/// Repeated warnings told once: a thousand "numbering gap" lines become one line with a count and the
/// first few places, so the warnings of other kinds are not buried.
enum WarningGroups {
    /// Warnings of one kind repeated more often than this are grouped.
    static let groupAbove = 3
    /// How many places a grouped line names.
    static let placesShown = 3

    /// What is kept of one kind: its count and first places, not every member (a document of bare
    /// headings has 200,000 warnings of two kinds).
    private struct Group {
        var count = 0
        var places: [Int?] = []
    }

    /// The warnings in order, each kind with more than `groupAbove` warnings as one line in place of its first:
    /// "numbering gap: Recommendation N missing before N (×1,000: line 12, line 20, line 31, …)".
    /// Each message is written when it is read, so they are never all held at once.
    static func lines(_ warnings: some Collection<ParseWarning>) -> [String] {
        var kindNumbers: [String: Int] = [:]
        var groups: [(kind: String, group: Group)] = []
        // The kind of each warning, by number: 4 bytes a warning, where its text took some 100.
        var kindOf: [Int32] = []
        kindOf.reserveCapacity(warnings.count)
        for warning in warnings {
            let kind = kind(of: warning.message)
            let number = kindNumbers[kind] ?? {
                groups.append((kind, Group()))
                kindNumbers[kind] = groups.count - 1
                return groups.count - 1
            }()
            groups[number].group.count += 1
            if groups[number].group.places.count < placesShown { groups[number].group.places.append(warning.line) }
            kindOf.append(Int32(number))
        }
        var told = [Bool](repeating: false, count: groups.count)
        var lines: [String] = []
        for (warning, number) in zip(warnings, kindOf) {
            let (kind, group) = groups[Int(number)]
            guard group.count > groupAbove else {
                lines.append(warning.description)
                continue
            }
            guard !told[Int(number)] else { continue }
            told[Int(number)] = true
            let places = group.places.map { $0.map { "line \($0)" } ?? "no line" }
            let more = group.count > placesShown ? ", …" : ""
            lines.append(kind + " (×\(grouped(group.count)): " + places.joined(separator: ", ") + more + ")")
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
