/// The source lines (1-based, inclusive) that a piece of the model came from.
public struct SourceSpan: Sendable, Hashable, Codable {
    public var first: Int {
        get { Int(firstLine) }
        set { firstLine = Int32(clamping: newValue) }
    }
    public var last: Int {
        get { Int(lastLine) }
        set { lastLine = Int32(clamping: newValue) }
    }
    /// 32 bits each: a document under the 64 MB cap has fewer lines, and a span is in every
    /// recommendation, block, place and parse rule (8 bytes, where two `Int`s took 16).
    private var firstLine: Int32
    private var lastLine: Int32

    public init(_ first: Int, _ last: Int) {
        firstLine = Int32(clamping: first)
        lastLine = Int32(clamping: max(first, last))
    }

    private enum CodingKeys: String, CodingKey { case first, last }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Int.self, forKey: .first), try container.decode(Int.self, forKey: .last))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(first, forKey: .first)
        try container.encode(last, forKey: .last)
    }

    public init(line: Int) { self.init(line, line) }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(min(first, other.first), max(last, other.last))
    }

    public func contains(line: Int) -> Bool { (first...last).contains(line) }
}
