/// The id a user types for a recommendation or one of its parts: `3`, `3b` (also `R3b`, `3B`).
/// Notes and marks also name a recommendation that is not the first with its number by its code's
/// series (`PR2` where E2 comes first; see `ReviewDocument.noteKey`).
public struct ItemID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var number: Int
    /// The part letter, lower case, or nil for the whole recommendation.
    public var part: Character?
    /// The code's series letters, upper case ("PR"), or "" for the first recommendation with the
    /// number. Not in the id's own coding (an older casebook could not read "PR2" and would set the
    /// whole notes file aside): the notes file writes it beside the id (`SeriesCoding`).
    public var series: String

    /// The longest number an id takes, and so the longest a "Recommendation N" heading takes: every
    /// heading's id can be typed.
    public static let maximumDigits = 6

    public init(number: Int, part: Character? = nil, series: String = "") {
        self.number = number
        self.part = part.map { Character($0.lowercased()) }
        self.series = series.uppercased()
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
        guard !digits.isEmpty, digits.count <= Self.maximumDigits, let number = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count)
        switch rest.count {
        case 0: self.init(number: number)
        case 1 where rest.first!.isASCII && rest.first!.isLetter: self.init(number: number, part: rest.first!)
        default: return nil
        }
    }

    /// "3", "3b"; "PR2", "PR2b" with a series.
    public var description: String { series + plainDescription }

    /// The number and part alone, as the id is coded: "2b" for PR2b.
    public var plainDescription: String { part.map { "\(number)\($0)" } ?? "\(number)" }

    /// The same id without its part.
    public var recommendation: ItemID { ItemID(number: number, series: series) }

    /// The same id without its series.
    public var withoutSeries: ItemID { ItemID(number: number, part: part) }

    /// The same id in `series`.
    public func inSeries(_ series: String) -> ItemID { ItemID(number: number, part: part, series: series) }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool {
        if lhs.number != rhs.number { return lhs.number < rhs.number }
        // "" (the first with the number) before any other series.
        if lhs.series != rhs.series { return lhs.series < rhs.series }
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

    /// The number and part only: the series is written beside the id, where there is one.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(plainDescription)
    }
}
