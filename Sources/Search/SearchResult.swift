import Content
/// What a query found: the matching recommendations and every highlighted occurrence.
public struct SearchResult: Sendable {
    public let query: SearchQuery
    /// Indices into `document.recommendations`, ascending.
    public let recommendations: [Int]
    /// Every item that matched, the introduction and sections included.
    public let items: Set<SearchLocation.Item>
    public let totalRecommendations: Int
    /// Occurrences in reading order, kept compact: a match is made only when asked for, so a query
    /// with tens of thousands of matches costs no more than finding them.
    private let hits: [SearchHit]
    /// Shared with the index (copy-on-write, not copied): where fields, locations and items are.
    private let fields: FieldTable
    private let characterOffsets: [Int32]

    init(query: SearchQuery, recommendations: [Int], items: Set<SearchLocation.Item>, hits: [SearchHit],
         totalRecommendations: Int, fields: FieldTable, characterOffsets: [Int32]) {
        self.query = query
        self.recommendations = recommendations
        self.items = items
        self.hits = hits
        self.totalRecommendations = totalRecommendations
        self.fields = fields
        self.characterOffsets = characterOffsets
    }

    /// How many occurrences there are.
    public var matchCount: Int { hits.count }

    /// The occurrence at `index` in reading order.
    public func match(at index: Int) -> SearchMatch {
        let hit = hits[index]
        let start = Int(characterOffsets[Int(hit.start)])
        let end = Int(characterOffsets[Int(hit.end) - 1]) + 1
        return SearchMatch(location: fields.locations[Int(hit.field)], range: start..<max(start + 1, end), field: Int(hit.field))
    }

    /// Every occurrence, in reading order (for the command line; the browser asks per piece).
    public var matches: [SearchMatch] { hits.indices.map(match(at:)) }

    /// The highlighted character ranges in one piece of text.
    public func ranges(at location: SearchLocation) -> [Range<Int>] {
        guard let field = fields.fieldOfLocation[location] else { return [] }
        return matchRange(fields: field...field).map { match(at: $0).range }
    }


    /// Matches inside a recommendation (by index), or inside one of its parts.
    public func count(recommendation index: Int, part: Character? = nil) -> Int {
        let inItem = matchRange(of: .recommendation(index))
        guard let part else { return inItem.count }
        return inItem.reduce(0) { $0 + (fields.locations[Int(hits[$1].field)].zone == .part(part) ? 1 : 0) }
    }

    /// Matches inside any item: the introduction, a section, a recommendation.
    public func count(_ item: SearchLocation.Item) -> Int { matchRange(of: item).count }

    /// Index of the first match in an item or after it in reading order (for `/` from where the reader is).
    public func firstMatch(from item: SearchLocation.Item) -> Int? {
        guard let range = fields.fieldsOfItem[item] else { return nil }
        let index = lowerBound(field: range.lowerBound)
        return index < hits.count ? index : nil
    }

    /// The matches of one item: contiguous, since matches are in reading order.
    private func matchRange(of item: SearchLocation.Item) -> Range<Int> {
        guard let range = fields.fieldsOfItem[item], !range.isEmpty else { return 0..<0 }
        return matchRange(fields: range.lowerBound...(range.upperBound - 1))
    }

    private func matchRange(fields: ClosedRange<Int>) -> Range<Int> {
        let start = lowerBound(field: fields.lowerBound)
        var end = start
        while end < hits.count, Int(hits[end].field) <= fields.upperBound { end += 1 }
        return start..<end
    }

    private func lowerBound(field: Int) -> Int {
        var low = 0, high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if Int(hits[mid].field) < field { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A match before it is turned into character offsets: its field and folded byte range.
struct SearchHit: Sendable {
    var field: Int32
    var start: Int32
    var end: Int32
}
