import Content
/// Every piece of searchable text in a document with its location, in reading order, and the
/// look-ups between pieces ("fields"), locations and items that queries and results need.
struct FieldTable: Sendable {
    let locations: [SearchLocation]
    let texts: [String]
    /// For each field, its item as a dense number (see `itemNumber`).
    let itemNumbers: [Int32]
    let items: [SearchLocation.Item]
    let fieldOfLocation: [SearchLocation: Int]
    /// An item's fields are contiguous in reading order.
    let fieldsOfItem: [SearchLocation.Item: Range<Int>]

    init(document: ReviewDocument) {
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
        locations = fields.map(\.0)
        texts = fields.map(\.1)
        var items: [SearchLocation.Item] = [.introduction]
        items += document.sections.indices.map { .section($0) }
        items += (0..<recommendationIndex).map { .recommendation($0) }
        self.items = items
        let sectionCount = document.sections.count
        itemNumbers = locations.map { location in
            switch location.item {
            case .introduction: return 0
            case let .section(index): return Int32(1 + index)
            case let .recommendation(index): return Int32(1 + sectionCount + index)
            }
        }
        var fieldOfLocation: [SearchLocation: Int] = [:]
        var fieldsOfItem: [SearchLocation.Item: Range<Int>] = [:]
        for (field, location) in locations.enumerated() {
            fieldOfLocation[location] = field
            let range = fieldsOfItem[location.item] ?? field..<field
            fieldsOfItem[location.item] = range.lowerBound..<(field + 1)
        }
        self.fieldOfLocation = fieldOfLocation
        self.fieldsOfItem = fieldsOfItem
    }

    var count: Int { locations.count }
}
