/// The source lines (1-based, inclusive) that a piece of the model came from.
public struct SourceSpan: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    public init(line: Int) { self.init(line, line) }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(min(first, other.first), max(last, other.last))
    }

    public func contains(line: Int) -> Bool { (first...last).contains(line) }
}
