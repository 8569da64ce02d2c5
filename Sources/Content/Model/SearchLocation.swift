/// Where a piece of searchable text sits in the document, so a match can be shown and highlighted.
public struct SearchLocation: Sendable, Hashable, Comparable {
    public enum Item: Sendable, Hashable, Comparable {
        case introduction
        /// A section heading or its preamble, by index in `document.sections`.
        case section(Int)
        /// A recommendation, by index in `document.recommendations`.
        case recommendation(Int)
    }

    public enum Zone: Sendable, Hashable, Comparable {
        /// A heading: the title line, a section title, a recommendation's title.
        case title
        /// A recommendation's own text before any parts (or a section's preamble, the introduction).
        case text
        case part(Character)
        case response
    }

    public var item: Item
    public var zone: Zone
    /// Index of the block within its zone (for `.title`, the title line's index).
    public var block: Int
    /// Index within `Block.textPieces` (0 for a paragraph).
    public var piece: Int

    public init(item: Item, zone: Zone, block: Int, piece: Int = 0) {
        self.item = item
        self.zone = zone
        self.block = block
        self.piece = piece
    }

    public static func < (lhs: SearchLocation, rhs: SearchLocation) -> Bool {
        (lhs.item, lhs.zone, lhs.block, lhs.piece) < (rhs.item, rhs.zone, rhs.block, rhs.piece)
    }

    /// Whether this is in a recommendation's own words (text or parts), not its response.
    public var isRecommendationText: Bool {
        switch zone {
        case .title, .text, .part: return true
        case .response: return false
        }
    }
}

/// One occurrence of a query's words: where, and which characters of that piece of text.
public struct SearchMatch: Sendable, Hashable {
    public var location: SearchLocation
    /// Character offsets within the piece's text (`Block.textPieces[piece]`).
    public var range: Range<Int>
    /// The piece's place in reading order, for ordering and look-ups.
    package let field: Int

    /// A match made outside a search (words to light up); it has no place in a result's order.
    public init(location: SearchLocation, range: Range<Int>) {
        self.init(location: location, range: range, field: -1)
    }

    package init(location: SearchLocation, range: Range<Int>, field: Int) {
        self.location = location
        self.range = range
        self.field = field
    }
}
