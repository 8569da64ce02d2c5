/// What a note, a mark or the reading position points at: the introduction, or a recommendation
/// or one of its parts. Stored as "introduction" or the item's id ("3", "3b").
public enum NoteTarget: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    case introduction
    case item(ItemID)

    public var description: String {
        switch self {
        case .introduction: return "introduction"
        case let .item(id): return id.description
        }
    }

    public var itemID: ItemID? {
        if case let .item(id) = self { return id }
        return nil
    }

    /// The introduction comes first, then items in document order.
    public static func < (lhs: NoteTarget, rhs: NoteTarget) -> Bool {
        switch (lhs, rhs) {
        case (.introduction, .introduction): return false
        case (.introduction, .item): return true
        case (.item, .introduction): return false
        case let (.item(l), .item(r)): return l < r
        }
    }

    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        if raw == "introduction" {
            self = .introduction
        } else if let id = ItemID(parsing: raw) {
            self = .item(id)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a note target: \(raw)"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ReviewDocument {
    /// The words a note on `target` is about: the introduction, a recommendation's own text
    /// (its lead text and parts, not the response), or one part. Nil when the document lacks it.
    public func anchorText(for target: NoteTarget) -> String? {
        switch target {
        case .introduction:
            return introduction.map(\.plainText).joined(separator: "\n")
        case let .item(id):
            if id.part != nil { return part(id)?.plainText }
            return recommendation(id)?.fullText
        }
    }

    /// Every target in the document, in reading order: the introduction, then each recommendation
    /// followed by its parts.
    public var noteTargets: [NoteTarget] {
        [.introduction] + recommendations.flatMap { recommendation in
            [NoteTarget.item(recommendation.id)] + recommendation.parts.map { .item($0.id) }
        }
    }
}
