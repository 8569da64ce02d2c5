import Content
/// The words a derived fact came from, and where they are, so any fact can be shown with its
/// source and the reader can jump to it.
public struct Evidence: Sendable, Hashable {
    /// The words exactly as written in the document.
    public var text: String
    /// The piece of text holding them (same addressing as search matches).
    public var location: SearchLocation
    /// Character offsets within that piece (`Block.textPieces[location.piece]`, or the title).
    public var range: Range<Int>
    /// The recommendation or part the words are in; nil in the introduction or a section heading.
    public var item: ItemID?
    /// The source lines of the piece; nil for the document's title lines, which have no line record.
    public var lines: SourceSpan?

    public init(text: String, location: SearchLocation, range: Range<Int>, item: ItemID?, lines: SourceSpan?) {
        self.text = text
        self.location = location
        self.range = range
        self.item = item
        self.lines = lines
    }

    /// The first source line, for "line 27" in lists.
    public var line: Int? { lines?.first }

    /// "Recommendation 3b, line 43" / "introduction, line 9".
    public var place: String {
        let name: String
        if let item {
            name = "Recommendation \(item)"
        } else if case .section = location.item {
            name = "section heading"
        } else {
            name = "introduction"
        }
        return line.map { "\(name), line \($0)" } ?? name
    }
}
