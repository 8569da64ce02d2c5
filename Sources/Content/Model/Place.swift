/// A place in a document: the item, the piece of text within it, a UTF-8 range within that piece,
/// and the piece's source lines. Search matches, the evidence of every derived fact and the
/// reader's highlights all name text this way, so any of them can be shown and jumped to.
///
/// A place is within one document. When a library holds many documents, a library address wraps
/// it with the document's id (`struct LibraryPlace { var document: DocumentID; var place: Place }`);
/// nothing here changes for that.
///
/// Held packed (48 bytes, where its plain fields took 104): every piece of the walk and every
/// derived fact's evidence holds one, so a large document holds hundreds of thousands. Indices,
/// offsets and lines are within one document's text (under 64 MB), so each fits in 32 bits.
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

        public var isRecommendation: Bool {
            if case .recommendation = self { return true }
            return false
        }
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

    /// The section's index or the recommendation's number (a recommendation's number is the
    /// author's, so it keeps all 64 bits).
    private var itemNumber: Int
    private var itemOccurrence: Int32
    private var storedBlock: Int32
    private var storedPiece: Int32
    private var start: UInt32
    private var end: UInt32
    private var firstLine: Int32
    private var lastLine: Int32
    /// A part's letter (`PartLetters`) or a field's index.
    private var zoneValue: UInt32
    /// The item's kind (bits 0–1), the zone's (bits 2–4), and whether there are lines (bit 5).
    private var kinds: UInt8

    public init(item: Item, zone: Zone, block: Int, piece: Int = 0, range: Range<Int>, lines: SourceSpan?) {
        itemNumber = 0
        itemOccurrence = 0
        storedBlock = Int32(block)
        storedPiece = Int32(piece)
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
        firstLine = 0
        lastLine = 0
        zoneValue = 0
        kinds = 0
        self.item = item
        self.zone = zone
        self.lines = lines
    }

    public var item: Item {
        get {
            switch kinds & 0b11 {
            case 0: return .introduction
            case 1: return .section(itemNumber)
            default: return .recommendation(number: itemNumber, occurrence: Int(itemOccurrence))
            }
        }
        set {
            let kind: UInt8
            switch newValue {
            case .introduction: (kind, itemNumber, itemOccurrence) = (0, 0, 0)
            case let .section(index): (kind, itemNumber, itemOccurrence) = (1, index, 0)
            case let .recommendation(number, occurrence): (kind, itemNumber, itemOccurrence) = (2, number, Int32(occurrence))
            }
            kinds = kinds & ~0b11 | kind
        }
    }

    public var zone: Zone {
        get {
            switch kinds >> 2 & 0b111 {
            case 0: return .title
            case 1: return .text
            case 2: return .part(PartLetters.letter(zoneValue))
            case 3: return .response
            default: return .field(Int(zoneValue))
            }
        }
        set {
            let kind: UInt8
            switch newValue {
            case .title: (kind, zoneValue) = (0, 0)
            case .text: (kind, zoneValue) = (1, 0)
            case let .part(letter): (kind, zoneValue) = (2, PartLetters.value(of: letter))
            case .response: (kind, zoneValue) = (3, 0)
            case let .field(index): (kind, zoneValue) = (4, UInt32(index))
            }
            kinds = kinds & ~0b11100 | kind << 2
        }
    }

    /// Index of the block within its zone (for `.title`, the title line's index).
    public var block: Int {
        get { Int(storedBlock) }
        set { storedBlock = Int32(newValue) }
    }

    /// Index within `Block.textPieces` (0 for a paragraph or a title).
    public var piece: Int {
        get { Int(storedPiece) }
        set { storedPiece = Int32(newValue) }
    }

    /// UTF-8 offsets within the piece's text; the whole text when the place names a piece.
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set { (start, end) = (UInt32(newValue.lowerBound), UInt32(newValue.upperBound)) }
    }

    /// The piece's source lines; nil for the document's title lines, which have no line record.
    public var lines: SourceSpan? {
        get { kinds & 0b100000 == 0 ? nil : SourceSpan(Int(firstLine), Int(lastLine)) }
        set {
            (firstLine, lastLine) = newValue.map { (Int32($0.first), Int32($0.last)) } ?? (0, 0)
            kinds = newValue == nil ? kinds & ~0b100000 : kinds | 0b100000
        }
    }

    /// The same piece, another range within it.
    public func with(range: Range<Int>) -> Place {
        var place = self
        place.range = range
        return place
    }

    /// Whether two places are in the same piece of text, whatever their ranges.
    public func isInSamePiece(as other: Place) -> Bool {
        itemNumber == other.itemNumber && itemOccurrence == other.itemOccurrence && kinds & 0b11111 == other.kinds & 0b11111
            && zoneValue == other.zoneValue && storedBlock == other.storedBlock && storedPiece == other.storedPiece
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
