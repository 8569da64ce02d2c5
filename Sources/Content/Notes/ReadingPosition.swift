/// Where the reader left a document, so the browser reopens there.
public struct ReadingPosition: Sendable, Hashable, Codable {
    public var target: NoteTarget
    /// The reader pane's scroll offset, in lines from the top of the item, when it was scrolled.
    public var scrollLine: Int?

    public init(target: NoteTarget, scrollLine: Int? = nil) {
        self.target = target
        self.scrollLine = scrollLine
    }
}
