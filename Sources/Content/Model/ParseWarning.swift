/// Something a reader of `check` should know about the source.
///
/// Compact, since a document of bare headings has two or three per heading: the warnings about
/// recommendations keep their numbers, not their words, and the message is written when asked for
/// (100,000 headings held 200,000 message strings, more than the rest of the model).
public struct ParseWarning: Sendable, Hashable, CustomStringConvertible {
    /// What the warning says: a message as written, or one of the parser's own about a recommendation.
    enum Kind: Sendable, Hashable {
        case text(String)
        case repeated(number: Int)
        /// Recommendations `previous + 1` to `number - 1` are missing.
        case gap(previous: Int, number: Int)
        case outOfOrder(number: Int, previous: Int)
        case startsAt(number: Int)
        case noText(number: Int)
        case noResponse(number: Int)
        /// A response label (kept, shared with the model) with nothing under it.
        case emptyResponse(number: Int, label: String)
    }

    let kind: Kind
    /// The line, or -1 for none: 32 bits, in the room the kind leaves, where an `Int?` made the value
    /// 48 bytes, not 32.
    private var storedLine: Int32

    public init(line: Int? = nil, _ message: String) {
        self.init(line: line, kind: .text(message))
    }

    init(line: Int?, kind: Kind) {
        self.kind = kind
        storedLine = line.map { Int32(clamping: $0) } ?? -1
    }

    public var line: Int? {
        get { storedLine < 0 ? nil : Int(storedLine) }
        set { storedLine = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    public var message: String {
        switch kind {
        case let .text(message): return message
        case let .repeated(number): return "Recommendation \(number) appears more than once; its id finds the first"
        case let .gap(previous, number):
            let missing = previous + 1 == number - 1 ? "\(previous + 1)" : "\(previous + 1)–\(number - 1)"
            return "numbering gap: Recommendation \(missing) missing before \(number)"
        case let .outOfOrder(number, previous): return "numbering out of order: Recommendation \(number) after \(previous)"
        case let .startsAt(number): return "numbering starts at \(number), not 1"
        case let .noText(number): return "Recommendation \(number) has no text"
        case let .noResponse(number): return "Recommendation \(number) has no response (no \"Action Taken:\" or similar label)"
        case let .emptyResponse(number, label): return "Recommendation \(number): \"\(label)\" has no text under it"
        }
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }

    /// The same warning about the recommendation `count` numbers on, `lines` lines on: for the
    /// warnings a run of bare headings draws (`ParseWarnings`); nil for other kinds.
    func advanced(by count: Int, lines: Int) -> ParseWarning? {
        let line = line.map { $0 + lines }
        switch kind {
        case let .noText(number): return ParseWarning(line: line, kind: .noText(number: number &+ count))
        case let .noResponse(number): return ParseWarning(line: line, kind: .noResponse(number: number &+ count))
        default: return nil
        }
    }

    /// Whether `other` is this warning, made the same way (cheaper than `==`, which may compare messages).
    func isExactly(_ other: ParseWarning?) -> Bool {
        guard let other else { return false }
        return storedLine == other.storedLine && kind == other.kind
    }

    /// How many lines after `earlier` this warning is: 0 when neither has a line, nil when it comes
    /// before or only one has a line.
    func lineStep(from earlier: ParseWarning) -> Int? {
        switch (earlier.line, line) {
        case (nil, nil): return 0
        case let (from?, to?) where to >= from: return to - from
        default: return nil
        }
    }

    /// Two warnings are the same when they say the same thing on the same line, however they were made.
    public static func == (lhs: ParseWarning, rhs: ParseWarning) -> Bool {
        lhs.storedLine == rhs.storedLine && (lhs.kind == rhs.kind || lhs.message == rhs.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedLine)
        hasher.combine(message)
    }
}
