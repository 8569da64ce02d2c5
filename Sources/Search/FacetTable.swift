import Content
import Learning
/// What facets ask of each recommendation, computed once per document (section titles folded,
/// numbers and part letters), so filtering does not walk the model on every keystroke.
struct FacetTable: Sendable {
    /// What the facets ask of one recommendation.
    private struct Row: Sendable {
        let number: Int
        /// Its code's series letters, upper case ("PR"); "" for none.
        let series: String
        let partLetters: Set<Character>
        /// Its section's index in `sectionTitles`.
        let section: Int
        /// The status its response states, as a facet value: "accepted", "partiallyaccepted", "amber".
        let stated: String?
    }

    /// One row per recommendation, in document order (the search engine's items).
    private let rows: [Row]
    private let sectionTitles: [[UInt8]]
    /// Answers theme:, agency:, status: and has:; without it those facets match nothing.
    private let learning: LearningIndex?
    /// Answers doc:, org: and year:.
    private let facts: DocumentFacts

    init(document: ReviewDocument, learning: LearningIndex?, facts: DocumentFacts? = nil) {
        self.learning = learning
        self.facts = facts ?? DocumentFacts(document: document)
        // Appended to one array at its size: each section's rows mapped and then joined held 100,000
        // recommendations' rows three times over (17 MB).
        var rows: [Row] = []
        rows.reserveCapacity(document.recommendationCount)
        for (sectionIndex, section) in document.sections.enumerated() {
            for recommendation in section.recommendations {
                rows.append(Row(number: recommendation.number, series: recommendation.series.uppercased(),
                                partLetters: Set(recommendation.parts.map(\.label)), section: sectionIndex,
                                stated: recommendation.response?.statedStatus.map { Self.facetValue($0.kind.rawValue) }))
            }
        }
        self.rows = rows
        sectionTitles = document.sections.map { TextFolding.fold($0.title ?? "", lowercase: true) }
    }

    var count: Int { rows.count }

    /// Indices of the recommendations the facets let through: values of one facet are alternatives
    /// (`status:completed status:planned` is either), different facets must all hold, and
    /// `-facet` leaves out what it matches.
    func recommendations(passing facets: [SearchQuery.Facet]) -> Set<Int> {
        var passing = Set(rows.indices)
        var eitherOf: [String: Set<Int>] = [:]
        for facet in facets {
            guard let matching = recommendations(matching: facet) else { continue }
            if facet.isExcluded { passing.subtract(matching) } else { eitherOf[facet.key, default: []].formUnion(matching) }
        }
        for matching in eitherOf.values { passing.formIntersection(matching) }
        return passing
    }

    private func recommendations(matching facet: SearchQuery.Facet) -> Set<Int>? {
        switch facet.key {
        case "section":
            let wanted = TextFolding.fold(facet.value, lowercase: true)
            let sections = Set(sectionTitles.indices.filter { wanted.isEmpty || sectionTitles[$0].firstRange(of: wanted) != nil })
            return indices { sections.contains($0.section) }
        case "id":
            // `id:PR1` names the PR series' 1; `id:1` (and `id:R1` without an R series) every 1.
            if let code = ItemCode(parsing: facet.value), rows.contains(where: { $0.series == code.series }) {
                return indices { $0.series == code.series && $0.number == code.number && (code.part.map($0.partLetters.contains) ?? true) }
            }
            guard let id = ItemID(parsing: facet.value) else { return [] }
            return indices { $0.number == id.number && (id.part.map($0.partLetters.contains) ?? true) }
        case "stated":
            // `stated:partially-accepted`, `stated:"not started"`, `stated:amber`; `stated:` alone, any.
            let wanted = Self.facetValue(facet.value)
            return indices { $0.stated.map { wanted.isEmpty || $0 == wanted } ?? false }
        case "in":
            // A scope for the words, not a condition on recommendations.
            return nil
        case let key where DocumentFacets.isDocumentFacet(key):
            // Of the whole document: every recommendation or none.
            return DocumentFacets.matches(facts, key: key, value: facet.value) ? Set(rows.indices) : []
        default:
            return learning?.recommendationsMatching(facet: facet.key, value: facet.value) ?? []
        }
    }

    /// Letters only, lower case: "Partially accepted", "partially-accepted" and "partiallyaccepted" are one value.
    private static func facetValue(_ text: String) -> String {
        String(text.lowercased().filter(\.isLetter))
    }

    private func indices(where test: (Row) -> Bool) -> Set<Int> {
        Set(rows.indices.filter { test(rows[$0]) })
    }
}
