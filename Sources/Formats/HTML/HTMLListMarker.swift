/// The marker a browser draws before a list item: "• " in a `<ul>`, and in an `<ol>` its number in the
/// list's `type` (1, a, A, i, I), counting from `start`, as `reversed` and an item's `value` say.
struct HTMLListMarker {
    private let ordered: Bool
    private let type: String
    private let step: Int
    private var next: Int

    init(_ list: HTMLTree.Node, itemCount: Int) {
        ordered = list.name == "ol"
        type = list.attribute("type") ?? "1"
        step = list.attribute("reversed") != nil ? -1 : 1
        let start = list.attribute("start").flatMap { Int($0.trimmingWhitespace) }
        next = start ?? (step < 0 ? itemCount : 1)
    }

    /// The marker of the next item, with `value` when the item sets its own number.
    mutating func marker(value: String?) -> String {
        guard ordered else { return "• " }
        if let value = value.flatMap({ Int($0.trimmingWhitespace) }) { next = value }
        defer { next &+= step }
        return Self.format(next, type: type) + ". "
    }

    static func format(_ number: Int, type: String) -> String {
        switch type {
        case "a": return letters(number).lowercased()
        case "A": return letters(number)
        case "i": return roman(number).lowercased()
        case "I": return roman(number)
        default: return String(number)
        }
    }

    /// 1 → A, 26 → Z, 27 → AA; numbers below 1 as digits, as browsers show them.
    private static func letters(_ number: Int) -> String {
        guard number >= 1, number < 1_000_000 else { return String(number) }
        var rest = number, result = ""
        while rest > 0 {
            rest -= 1
            result.insert(Character(Unicode.Scalar(UInt8(65 + rest % 26))), at: result.startIndex)
            rest /= 26
        }
        return result
    }

    /// 1…3999 in Roman numerals; others as digits.
    private static func roman(_ number: Int) -> String {
        guard (1...3999).contains(number) else { return String(number) }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, result = ""
        for (value, numeral) in values {
            while rest >= value { result += numeral; rest -= value }
        }
        return result
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
