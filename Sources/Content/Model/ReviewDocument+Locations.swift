/// Finding the text and source lines a search location names.
extension ReviewDocument {
    /// The block a location points into, or nil for title lines (which are not blocks).
    public func block(at location: SearchLocation) -> Block? {
        let blocks: [Block]
        switch (location.item, location.zone) {
        case (_, .title): return nil
        case (.introduction, _): blocks = introduction
        case let (.section(index), _):
            guard sections.indices.contains(index) else { return nil }
            blocks = sections[index].blocks
        case let (.recommendation(index), zone):
            let all = recommendations
            guard all.indices.contains(index) else { return nil }
            switch zone {
            case .title: return nil
            case .text: blocks = all[index].text
            case let .part(letter): blocks = all[index].part(letter)?.blocks ?? []
            case .response: blocks = all[index].response?.blocks ?? []
            }
        }
        return blocks.indices.contains(location.block) ? blocks[location.block] : nil
    }

    /// The piece of text a location names (what a match's range counts in).
    public func text(at location: SearchLocation) -> String? {
        if location.zone == .title {
            switch location.item {
            case .introduction: return titleLines.indices.contains(location.block) ? titleLines[location.block] : nil
            case let .section(index): return sections.indices.contains(index) ? sections[index].title : nil
            case let .recommendation(index):
                let all = recommendations
                return all.indices.contains(index) ? all[index].title : nil
            }
        }
        guard let pieces = block(at: location)?.textPieces, pieces.indices.contains(location.piece) else { return nil }
        return pieces[location.piece]
    }

    /// The first source line of the text at a location.
    public func sourceLine(at location: SearchLocation) -> Int? {
        guard let block = block(at: location) else {
            switch location.item {
            case let .section(index): return sections.indices.contains(index) ? sections[index].lines.first : nil
            case let .recommendation(index):
                let all = recommendations
                return all.indices.contains(index) ? all[index].lines.first : nil
            case .introduction: return nil
            }
        }
        let itemIndex = location.piece - (block.text.isEmpty ? 0 : 1)
        if block.kind == .list, block.items.indices.contains(itemIndex) { return block.items[itemIndex].lines.first }
        return block.lines.first
    }

    /// The id a reader types to reach a location: "3", "3b", "intro", "section 2".
    public func displayID(of location: SearchLocation) -> String {
        switch location.item {
        case .introduction: return "intro"
        case let .section(index): return "section \(index + 1)"
        case let .recommendation(index):
            let number = recommendations[index].number
            if case let .part(letter) = location.zone { return "\(number)\(letter)" }
            return "\(number)"
        }
    }
}
