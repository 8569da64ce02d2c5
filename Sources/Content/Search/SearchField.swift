/// Collects every piece of searchable text in a document with its location, in reading order.
enum SearchFields {
    static func collect(from document: ReviewDocument) -> [(SearchLocation, String)] {
        var fields: [(SearchLocation, String)] = []
        func add(_ blocks: [Block], item: SearchLocation.Item, zone: SearchLocation.Zone) {
            for (blockIndex, block) in blocks.enumerated() {
                for (pieceIndex, piece) in block.textPieces.enumerated() {
                    fields.append((SearchLocation(item: item, zone: zone, block: blockIndex, piece: pieceIndex), piece))
                }
            }
        }
        for (index, line) in document.titleLines.enumerated() {
            fields.append((SearchLocation(item: .introduction, zone: .title, block: index), line))
        }
        add(document.introduction, item: .introduction, zone: .text)
        var recommendationIndex = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            if let title = section.title {
                fields.append((SearchLocation(item: .section(sectionIndex), zone: .title, block: 0), title))
            }
            add(section.blocks, item: .section(sectionIndex), zone: .text)
            for recommendation in section.recommendations {
                let item = SearchLocation.Item.recommendation(recommendationIndex)
                if let title = recommendation.title {
                    fields.append((SearchLocation(item: item, zone: .title, block: 0), title))
                }
                add(recommendation.text, item: item, zone: .text)
                for part in recommendation.parts { add(part.blocks, item: item, zone: .part(part.label)) }
                add(recommendation.response?.blocks ?? [], item: item, zone: .response)
                recommendationIndex += 1
            }
        }
        return fields
    }
}
