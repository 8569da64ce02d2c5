/// One piece of a document's text — a title line, a heading, a paragraph, a list's lead line or
/// one list item — with its place (the range covers all of `text`).
public struct TextPiece: Sendable, Hashable {
    public var place: Place
    public var text: String

    public init(place: Place, text: String) {
        self.place = place
        self.text = text
    }
}

/// Every piece of a document's text in reading order, walked once when the document is made.
/// Search, learning and the reader all read this walk, so they name every place alike.
public struct DocumentText: Sendable, Hashable {
    public private(set) var pieces: [TextPiece] = []
    /// Every item: the introduction, then each section, then each recommendation in document order
    /// (so `recommendations` are the last ones).
    public private(set) var items: [Place.Item] = [.introduction]
    /// The recommendations, in the order of `ReviewDocument.recommendations`.
    public private(set) var recommendations: [Place.Item] = []
    /// An item's pieces are contiguous in reading order.
    private var piecesOfItem: [Place.Item: Range<Int>] = [:]

    init() {}

    init(_ document: ReviewDocument) {
        for (index, line) in document.titleLines.enumerated() {
            add(line, Place.Item.introduction, .title, block: index, lines: nil)
        }
        add(document.introduction, .introduction, .text)
        var occurrences: [Int: Int] = [:]
        for (sectionIndex, section) in document.sections.enumerated() {
            let sectionItem = Place.Item.section(sectionIndex)
            items.append(sectionItem)
            if let title = section.title { add(title, sectionItem, .title, block: 0, lines: SourceSpan(line: section.lines.first)) }
            add(section.blocks, sectionItem, .text)
            for recommendation in section.recommendations {
                let occurrence = occurrences[recommendation.number, default: 0]
                occurrences[recommendation.number] = occurrence + 1
                let item = Place.Item.recommendation(number: recommendation.number, occurrence: occurrence)
                recommendations.append(item)
                if let title = recommendation.title {
                    add(title, item, .title, block: 0, lines: SourceSpan(line: recommendation.lines.first))
                }
                add(recommendation.text, item, .text)
                for part in recommendation.parts { add(part.blocks, item, .part(part.label)) }
                add(recommendation.response?.blocks ?? [], item, .response)
                for (index, field) in recommendation.fields.enumerated() {
                    add(field.text, item, .field(index), block: 0, lines: field.lines)
                }
            }
        }
        items += recommendations
    }

    private mutating func add(_ text: String, _ item: Place.Item, _ zone: Place.Zone, block: Int, piece: Int = 0, lines: SourceSpan?) {
        let place = Place(item: item, zone: zone, block: block, piece: piece, range: 0..<text.utf8.count, lines: lines)
        let range = piecesOfItem[item] ?? pieces.count..<pieces.count
        piecesOfItem[item] = range.lowerBound..<(pieces.count + 1)
        pieces.append(TextPiece(place: place, text: text))
    }

    private mutating func add(_ blocks: [Block], _ item: Place.Item, _ zone: Place.Zone) {
        for (blockIndex, block) in blocks.enumerated() {
            for (pieceIndex, text) in block.textPieces.enumerated() {
                add(text, item, zone, block: blockIndex, piece: pieceIndex, lines: Self.lines(of: block, piece: pieceIndex))
            }
        }
    }

    /// The lines of a block's piece: a list item's own lines, a list's lead line, else the block's.
    private static func lines(of block: Block, piece: Int) -> SourceSpan {
        let itemIndex = piece - (block.text.isEmpty ? 0 : 1)
        if block.items.indices.contains(itemIndex) { return block.items[itemIndex].lines }
        return block.items.isEmpty ? block.lines : SourceSpan(line: block.lines.first)
    }

    /// The indices in `pieces` of an item's pieces (empty when the item has none).
    public func pieceIndices(of item: Place.Item) -> Range<Int> {
        piecesOfItem[item] ?? 0..<0
    }

    /// The index in `pieces` of the piece a place is in.
    public func index(of place: Place) -> Int? {
        pieceIndices(of: place.item).first { pieces[$0].place.isInSamePiece(as: place) }
    }

    /// The piece a place is in.
    public func piece(at place: Place) -> TextPiece? {
        index(of: place).map { pieces[$0] }
    }
}
