/// One piece of a document's text with everything needed to cite it.
struct DocumentPiece: Sendable {
    var location: SearchLocation
    var text: String
    var item: ItemID?
    var lines: SourceSpan?

    /// Index into `document.recommendations`, when the piece belongs to a recommendation.
    var recommendationIndex: Int? {
        if case let .recommendation(index) = location.item { return index }
        return nil
    }

    var isResponse: Bool { location.zone == .response }

    func evidence(_ range: Range<Int>, in tokens: WordTokens) -> Evidence {
        Evidence(text: tokens.text(range), location: location, range: range, item: item, lines: lines)
    }
}

/// Every piece of text in a document in reading order, addressed as the search engine addresses them.
enum DocumentPieces {
    static func collect(from document: ReviewDocument) -> [DocumentPiece] {
        let recommendations = document.recommendations
        return SearchFields.collect(from: document).map { location, text in
            var item: ItemID?
            var lines: SourceSpan?
            switch location.item {
            case .introduction:
                if location.zone != .title { lines = span(of: document.introduction, location) }
            case let .section(index):
                let section = document.sections[index]
                lines = location.zone == .title ? SourceSpan(line: section.lines.first) : span(of: section.blocks, location)
            case let .recommendation(index):
                let recommendation = recommendations[index]
                item = recommendation.id
                switch location.zone {
                case .title: lines = SourceSpan(line: recommendation.lines.first)
                case .text: lines = span(of: recommendation.text, location)
                case let .part(letter):
                    item = ItemID(number: recommendation.number, part: letter)
                    lines = span(of: recommendation.part(letter)?.blocks ?? [], location)
                case .response: lines = span(of: recommendation.response?.blocks ?? [], location)
                }
            }
            return DocumentPiece(location: location, text: text, item: item, lines: lines)
        }
    }

    /// The lines of a block's piece: a list item's own lines, else the block's.
    private static func span(of blocks: [Block], _ location: SearchLocation) -> SourceSpan? {
        guard blocks.indices.contains(location.block) else { return nil }
        let block = blocks[location.block]
        let itemIndex = location.piece - (block.text.isEmpty ? 0 : 1)
        if block.items.indices.contains(itemIndex) { return block.items[itemIndex].lines }
        // A list's introducing line comes first.
        return block.items.isEmpty ? block.lines : SourceSpan(line: block.lines.first)
    }
}
