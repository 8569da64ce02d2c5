/// One unit of prose: a paragraph, a list, or a sub-heading (such as a second response label).
public struct Block: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case paragraph, list, heading
    }

    public var kind: Kind
    /// The paragraph or heading text; for a list, the line that introduces it ("…the following offer:"), or "".
    public var text: String
    /// List items, in order; empty unless `kind == .list`.
    public var items: [ListItem]
    public var lines: SourceSpan

    public init(kind: Kind, text: String, items: [ListItem] = [], lines: SourceSpan) {
        self.kind = kind
        self.text = text
        self.items = items
        self.lines = lines
    }

    public static func paragraph(_ text: String, lines: SourceSpan) -> Block {
        Block(kind: .paragraph, text: text, lines: lines)
    }

    /// Every piece of text in reading order: intro, then each item.
    public var textPieces: [String] {
        [text].filter { !$0.isEmpty } + items.map(\.fullText)
    }

    /// The whole block as one string, items on their own lines.
    public var plainText: String { textPieces.joined(separator: "\n") }
}

/// A list item: "1. A trauma informed conference", "• …", or a term and its description
/// ("Restorative Practice: Training delivered by…", where the source shows no marker).
public struct ListItem: Sendable, Hashable {
    /// The marker as written ("1.", "2)", "•", "-"), or "" for a term-and-description item.
    public var marker: String
    /// The term before the colon, for term-and-description items.
    public var term: String?
    /// The item's text (for a term item, the description after the colon).
    public var text: String
    public var lines: SourceSpan

    public init(marker: String, term: String? = nil, text: String, lines: SourceSpan) {
        self.marker = marker
        self.term = term
        self.text = text
        self.lines = lines
    }

    /// The item as the author wrote it, without the marker.
    public var fullText: String {
        guard let term else { return text }
        return text.isEmpty ? term + ":" : term + ": " + text
    }
}
