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

extension ReadingPosition {
    enum CodingKeys: String, CodingKey { case target, series, scrollLine }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = try container.decodeTarget(forKey: .target, seriesKey: .series)
        scrollLine = try container.decodeIfPresent(Int.self, forKey: .scrollLine)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target, forKey: .target, seriesKey: .series)
        try container.encodeIfPresent(scrollLine, forKey: .scrollLine)
    }
}
