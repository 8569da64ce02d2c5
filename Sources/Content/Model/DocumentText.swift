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
    /// (so `recommendations` are the last ones). Read from the two below, not held again (2.4 MB for
    /// 100,000 recommendations).
    public var items: Items { Items(sections: sectionCount, recommendations: recommendations) }
    /// The recommendations, in the order of `ReviewDocument.recommendations`.
    public private(set) var recommendations: [Place.Item] = []
    private var sectionCount = 0
    /// An item's pieces are contiguous in reading order.
    private var piecesOfItem: [Place.Item: Range<Int>] = [:]

    init() {}

    init(_ document: ReviewDocument) {
        for (index, line) in document.titleLines.enumerated() {
            add(line, Place.Item.introduction, .title, block: index, lines: nil)
        }
        add(document.introduction, .introduction, .text)
        // At their size, not grown by doubling (a third again for 100,000 recommendations).
        let count = document.recommendationCount
        recommendations = Self.items(numbered: document.sections.lazy.flatMap(\.recommendations).map(\.number), count: count)
        sectionCount = document.sections.count
        var next = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            let sectionItem = Place.Item.section(sectionIndex)
            if let title = section.title { add(title, sectionItem, .title, block: 0, lines: SourceSpan(line: section.lines.first)) }
            add(section.blocks, sectionItem, .text)
            for recommendation in section.recommendations {
                let item = recommendations[next]
                next += 1
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
    }

    /// The introduction, the sections, then the recommendations, by position.
    public struct Items: RandomAccessCollection, Sendable {
        let sections: Int
        let recommendations: [Place.Item]

        public var startIndex: Int { 0 }
        public var endIndex: Int { 1 + sections + recommendations.count }

        public subscript(position: Int) -> Place.Item {
            if position == 0 { return .introduction }
            return position <= sections ? .section(position - 1) : recommendations[position - 1 - sections]
        }
    }

    /// Each recommendation's item, in order: a number seen before takes the next occurrence. Counted
    /// by sorting only when the numbers are not rising (a table of every number held 4 MB for 100,000).
    private static func items(numbered numbers: some Sequence<Int>, count: Int) -> [Place.Item] {
        var items: [Place.Item] = []
        items.reserveCapacity(count)
        var rising = true
        for number in numbers {
            if case let .recommendation(last, _) = items.last, last >= number { rising = false }
            items.append(.recommendation(number))
        }
        if rising { return items }
        let order = items.indices.sorted { (items[$0].number, $0) < (items[$1].number, $1) }
        for (position, index) in order.enumerated() where position > 0 {
            let previous = items[order[position - 1]]
            if case let .recommendation(number, occurrence) = previous, number == items[index].number {
                items[index] = .recommendation(number: number, occurrence: occurrence + 1)
            }
        }
        return items
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

private extension Place.Item {
    /// A recommendation's number (0 for the introduction and sections, which `DocumentText.items(numbered:count:)` never holds).
    var number: Int {
        if case let .recommendation(number, _) = self { return number }
        return 0
    }
}
