/// A place in a document: the item, the piece of text within it, a UTF-8 range within that piece,
/// and the piece's source lines. Search matches, the evidence of every derived fact and the
/// reader's highlights all name text this way, so any of them can be shown and jumped to.
///
/// A place is within one document. When a library holds many documents, a library address wraps
/// it with the document's id (`struct LibraryPlace { var document: DocumentID; var place: Place }`);
/// nothing here changes for that.
public struct Place: Sendable, Hashable {
    /// Which part of the document: items are named by what the reader knows them by, not by an
    /// index into an array that is rebuilt.
    public enum Item: Sendable, Hashable {
        case introduction
        /// A section heading or its preamble, by its position among the document's sections.
        case section(Int)
        /// A recommendation by its number; `occurrence` tells apart recommendations that share a
        /// number (the parser warns about them): 0 for the first with that number, 1 for the next.
        case recommendation(number: Int, occurrence: Int)

        /// The first (usually the only) recommendation with this number.
        public static func recommendation(_ number: Int) -> Item { .recommendation(number: number, occurrence: 0) }
    }

    public enum Zone: Sendable, Hashable {
        /// A heading: a title line, a section title, a recommendation's title.
        case title
        /// A recommendation's own text before any parts (or a section's preamble, the introduction).
        case text
        case part(Character)
        case response
        /// A table cell kept under its column's name: the index in `Recommendation.fields`.
        case field(Int)
    }

    public var item: Item
    public var zone: Zone
    /// Index of the block within its zone (for `.title`, the title line's index).
    public var block: Int
    /// Index within `Block.textPieces` (0 for a paragraph or a title).
    public var piece: Int
    /// UTF-8 offsets within the piece's text; the whole text when the place names a piece.
    public var range: Range<Int>
    /// The piece's source lines; nil for the document's title lines, which have no line record.
    public var lines: SourceSpan?

    public init(item: Item, zone: Zone, block: Int, piece: Int = 0, range: Range<Int>, lines: SourceSpan?) {
        self.item = item
        self.zone = zone
        self.block = block
        self.piece = piece
        self.range = range
        self.lines = lines
    }

    /// The same piece, another range within it.
    public func with(range: Range<Int>) -> Place {
        var place = self
        place.range = range
        return place
    }

    /// Whether two places are in the same piece of text, whatever their ranges.
    public func isInSamePiece(as other: Place) -> Bool {
        item == other.item && zone == other.zone && block == other.block && piece == other.piece
    }

    /// Whether this is in a recommendation's own words (title, text or parts), not its response.
    public var isRecommendationText: Bool {
        switch zone {
        case .title, .text, .part: return true
        case .response, .field: return false
        }
    }

    /// The recommendation or part the place is in; nil in the introduction or a section.
    public var itemID: ItemID? {
        guard case let .recommendation(number, _) = item else { return nil }
        if case let .part(letter) = zone { return ItemID(number: number, part: letter) }
        return ItemID(number: number)
    }

    /// The id a reader types to reach the place: "3", "3b", "intro", "section 2".
    public var displayID: String {
        switch item {
        case .introduction: return "intro"
        case let .section(index): return "section \(index + 1)"
        case .recommendation: return itemID?.description ?? ""
        }
    }
}
