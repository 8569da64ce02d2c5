import Content
/// The words a derived fact came from, and where they are, so any fact can be shown with its
/// source and the reader can jump to it.
public struct Evidence: Sendable, Hashable {
    /// The words exactly as written in the document.
    public var text: String
    /// Where they are: the piece of text, the UTF-8 range of the words in it, its source lines.
    public var place: Place

    public init(text: String, place: Place) {
        self.text = text
        self.place = place
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
