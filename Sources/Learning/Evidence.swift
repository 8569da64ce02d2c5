import Content
/// The words a derived fact came from, and where they are, so any fact can be shown with its
/// source and the reader can jump to it.
///
/// Every recommendation's facts and every acronym's occurrences hold evidence, so it is kept small
/// (64 bytes): the words are not a copy but the piece's own text (shared with the document), read
/// at the place's range when asked for.
public struct Evidence: Sendable, Hashable {
    /// The piece's text, or the words themselves when made from them (`init(text:place:)`).
    private let source: String
    /// Where they are: the piece of text, the UTF-8 range of the words in it, its source lines.
    public let place: Place
    private let sourceIsPiece: Bool

    public init(text: String, place: Place) {
        source = text
        self.place = place
        sourceIsPiece = false
    }

    /// The words at a UTF-8 range of a piece, read from the piece's text when asked for.
    public init(piece: TextPiece, range: Range<Int>) {
        source = piece.text
        place = piece.place.with(range: range)
        sourceIsPiece = true
    }

    /// Whether these are words of `piece` read from its own text, at this place's range: then the
    /// piece's index and the range say all of it (`PackedEvidence`).
    func isWords(of piece: TextPiece) -> Bool {
        // Places first: comparing the texts is then a glance, the piece's text being shared.
        sourceIsPiece && place == piece.place.with(range: place.range) && source == piece.text
    }

    /// The words exactly as written in the document.
    public var text: String {
        sourceIsPiece ? String(decoding: source.utf8[offsets: place.range], as: UTF8.self) : source
    }

    public static func == (left: Evidence, right: Evidence) -> Bool {
        left.place == right.place && left.text == right.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(place)
        hasher.combine(text)
    }

    /// The first source line, for "line 27" in lists.
    public var line: Int? { place.lines?.first }

    /// "Recommendation 3b, line 43" / "introduction, line 9".
    public var citation: String {
        let name: String
        if let item = place.itemID {
            name = "Recommendation \(item)"
        } else if case .section = place.item {
            name = "section heading"
        } else {
            name = "introduction"
        }
        return line.map { "\(name), line \($0)" } ?? name
    }
}
