import Content
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

/// Every piece of text in a document in reading order, addressed as the search engine addresses
/// them (`SearchLocation`), so the reader can jump to a fact's evidence as it jumps to a match.
enum DocumentPieces {
    static func collect(from document: ReviewDocument) -> [DocumentPiece] {
        var pieces: [DocumentPiece] = []
        func add(_ blocks: [Block], item: SearchLocation.Item, zone: SearchLocation.Zone, id: ItemID?) {
            for (blockIndex, block) in blocks.enumerated() {
                for (pieceIndex, text) in block.textPieces.enumerated() {
                    let location = SearchLocation(item: item, zone: zone, block: blockIndex, piece: pieceIndex)
                    pieces.append(DocumentPiece(location: location, text: text, item: id, lines: lines(of: block, piece: pieceIndex)))
                }
            }
        }
        for (index, line) in document.titleLines.enumerated() {
            pieces.append(DocumentPiece(location: SearchLocation(item: .introduction, zone: .title, block: index), text: line, item: nil, lines: nil))
        }
        add(document.introduction, item: .introduction, zone: .text, id: nil)
        var recommendationIndex = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            if let title = section.title {
                pieces.append(DocumentPiece(location: SearchLocation(item: .section(sectionIndex), zone: .title, block: 0), text: title,
                                            item: nil, lines: SourceSpan(line: section.lines.first)))
            }
            add(section.blocks, item: .section(sectionIndex), zone: .text, id: nil)
            for recommendation in section.recommendations {
                let item = SearchLocation.Item.recommendation(recommendationIndex)
                if let title = recommendation.title {
                    pieces.append(DocumentPiece(location: SearchLocation(item: item, zone: .title, block: 0), text: title,
                                                item: recommendation.id, lines: SourceSpan(line: recommendation.lines.first)))
                }
                add(recommendation.text, item: item, zone: .text, id: recommendation.id)
                for part in recommendation.parts { add(part.blocks, item: item, zone: .part(part.label), id: part.id) }
                add(recommendation.response?.blocks ?? [], item: item, zone: .response, id: recommendation.id)
                recommendationIndex += 1
            }
        }
        return pieces
    }

    /// The lines of a block's piece: a list item's own lines, a list's introducing line, else the block's.
    private static func lines(of block: Block, piece: Int) -> SourceSpan {
        let itemIndex = piece - (block.text.isEmpty ? 0 : 1)
        if block.items.indices.contains(itemIndex) { return block.items[itemIndex].lines }
        return block.items.isEmpty ? block.lines : SourceSpan(line: block.lines.first)
    }
}
