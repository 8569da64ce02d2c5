/// What a query found: the matching recommendations and every highlighted occurrence.
public struct SearchResult: Sendable {
    public let query: SearchQuery
    /// Indices into `document.recommendations`, ascending.
    public let recommendations: [Int]
    /// Every item that matched, the introduction and sections included.
    public let items: Set<SearchLocation.Item>
    /// Occurrences of the query's words in matching items, in document order.
    public let matches: [SearchMatch]
    public let totalRecommendations: Int
    private let rangesByLocation: [SearchLocation: [Range<Int>]]

    init(query: SearchQuery, recommendations: [Int], items: Set<SearchLocation.Item>, matches: [SearchMatch],
         totalRecommendations: Int) {
        self.query = query
        self.recommendations = recommendations
        self.items = items
        self.matches = matches
        self.totalRecommendations = totalRecommendations
        rangesByLocation = Dictionary(grouping: matches, by: \.location).mapValues { $0.map(\.range) }
    }

    /// The highlighted character ranges in one piece of text.
    public func ranges(at location: SearchLocation) -> [Range<Int>] { rangesByLocation[location] ?? [] }

    public func matches(_ item: SearchLocation.Item) -> Bool { items.contains(item) }

    /// Matches inside a recommendation (by index), or inside one of its parts.
    public func count(recommendation index: Int, part: Character? = nil) -> Int {
        matches.reduce(0) { total, match in
            guard match.location.item == .recommendation(index) else { return total }
            if let part, match.location.zone != .part(part) { return total }
            return total + 1
        }
    }

    /// Matches per item, computed once (for outlines that show a count beside every row).
    public var countsByItem: [SearchLocation.Item: Int] {
        matches.reduce(into: [:]) { $0[$1.location.item, default: 0] += 1 }
    }
}
