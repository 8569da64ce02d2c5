import Content

/// Where a recommendation is in `document.recommendations`, found by its item or by its number (the
/// first with that number), by binary search. Dictionaries of both took 12.6 MB for 100,000
/// recommendations; this holds the items (shared with the browser's) and, only when they are not
/// in order of number, one 4-byte index each.
struct RecommendationLookup: Sendable {
    private let items: [Place.Item]
    /// Indices into `items`, by number then occurrence; empty when `items` are in that order already.
    private let order: [Int32]

    init(_ items: [Place.Item]) {
        self.items = items
        let inOrder = zip(items, items.dropFirst()).allSatisfy { Self.key($0) < Self.key($1) }
        order = inOrder ? [] : items.indices.map { Int32($0) }.sorted { Self.key(items[Int($0)]) < Self.key(items[Int($1)]) }
    }

    /// The index of the first recommendation with this number.
    subscript(_ number: Int) -> Int? { self[.recommendation(number)] }

    subscript(_ item: Place.Item) -> Int? {
        guard case .recommendation = item else { return nil }
        let wanted = Self.key(item)
        let count = items.count
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if Self.key(items[index(at: middle)]) < wanted { low = middle + 1 } else { high = middle }
        }
        guard low < count, Self.key(items[index(at: low)]) == wanted else { return nil }
        return index(at: low)
    }

    private func index(at position: Int) -> Int { order.isEmpty ? position : Int(order[position]) }

    private static func key(_ item: Place.Item) -> (Int, Int) {
        if case let .recommendation(number, occurrence) = item { return (number, occurrence) }
        return (.min, .min)
    }
}
