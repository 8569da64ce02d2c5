/// The id a user types for a recommendation or one of its parts: `3`, `3b` (also `R3b`, `3B`).
public struct ItemID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var number: Int
    /// The part letter, lower case, or nil for the whole recommendation.
    public var part: Character?

    public init(number: Int, part: Character? = nil) {
        self.number = number
        self.part = part.map { Character($0.lowercased()) }
    }

    /// Parses `3`, `3b`, `R3b`, `rec 3b`, `Recommendation 3b`; nil when it is not an id.
    public init?(parsing raw: String) {
        var text = Substring(raw.trimmingCharacters(in: .whitespaces).lowercased())
        for prefix in ["recommendation", "rec", "r"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        text = text.drop { $0 == " " || $0 == "#" }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count)
        switch rest.count {
        case 0: self.init(number: number)
        case 1 where rest.first!.isASCII && rest.first!.isLetter: self.init(number: number, part: rest.first!)
        default: return nil
        }
    }

    public var description: String { part.map { "\(number)\($0)" } ?? "\(number)" }

    /// The same id without its part.
    public var recommendation: ItemID { ItemID(number: number) }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool {
        if lhs.number != rhs.number { return lhs.number < rhs.number }
        switch (lhs.part, rhs.part) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?): return l < r
        }
    }

    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let id = ItemID(parsing: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an id: \(raw)"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
