import Content

extension ReviewDocument {
    /// The text of the piece a place names, found from the model itself (not from the walk that
    /// made the place), so tests can check that places point where they say.
    public func pieceText(at place: Place) -> String? {
        func piece(_ blocks: [Block]) -> String? {
            guard blocks.indices.contains(place.block) else { return nil }
            let pieces = blocks[place.block].textPieces
            return pieces.indices.contains(place.piece) ? pieces[place.piece] : nil
        }
        switch place.item {
        case .introduction:
            return place.zone == .title ? titleLines[place.block] : piece(introduction)
        case let .section(index):
            return place.zone == .title ? sections[index].title : piece(sections[index].blocks)
        case let .recommendation(number, occurrence):
            let same = recommendations.filter { $0.number == number }
            guard same.indices.contains(occurrence) else { return nil }
            let recommendation = same[occurrence]
            switch place.zone {
            case .title: return recommendation.title
            case .text: return piece(recommendation.text)
            case let .part(letter): return piece(recommendation.part(letter)?.blocks ?? [])
            case .response: return piece(recommendation.response?.blocks ?? [])
            case let .field(index): return recommendation.fields.indices.contains(index) ? recommendation.fields[index].text : nil
            }
        }
    }
}

extension String {
    /// The text at a UTF-8 range.
    public subscript(utf8 range: Range<Int>) -> String {
        String(decoding: Array(utf8)[range], as: UTF8.self)
    }
}
