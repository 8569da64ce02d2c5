import Content

/// Where a query's words count, from its `in:` and `id:` facets: `in:response` only in responses,
/// `id:5b` only in part b. Several values of one facet are alternatives, as for every facet.
struct WordScope {
    private let scopes: Set<SearchScope>
    /// The parts asked for by `id:`, by recommendation number; nil for a whole recommendation.
    private let parts: [(number: Int, part: Character?)]

    init(_ facets: [SearchQuery.Facet]) {
        let wanted = facets.filter { !$0.isExcluded }
        scopes = Set(wanted.filter { $0.key == "in" }.compactMap { SearchScope($0.value) })
        // A code (`id:PR1b`) narrows to its part by number; the facet has already kept its series only.
        parts = wanted.filter { $0.key == "id" }.compactMap { facet in
            ItemID(parsing: facet.value).map { ($0.number, $0.part) } ?? ItemCode(parsing: facet.value).map { ($0.number, $0.part) }
        }
    }

    /// No facet narrows where the words are.
    var isEverywhere: Bool { scopes.isEmpty && !parts.contains { $0.part != nil } }

    func contains(_ place: Place) -> Bool {
        guard case let .recommendation(number, _) = place.item else { return false }
        if !scopes.isEmpty && !scopes.contains(place.isRecommendationText ? .recommendation : .response) { return false }
        // A part asked for keeps its recommendation's other words out; a whole recommendation keeps them all.
        return parts.isEmpty || parts.contains { $0.number == number && ($0.part.map { place.zone == .part($0) } ?? true) }
    }
}
