import Content
import Learning
/// What facets ask of each recommendation (section titles folded once per document; numbers and
/// part letters read from the model as a query walks the recommendations).
struct FacetTable: Sendable {
    /// What the facets ask of one recommendation.
    private struct Row {
        let number: Int
        /// Its code's series letters, upper case ("PR"); "" for none.
        let series: String
        let partLetters: Set<Character>
        /// Its section's index in `sectionTitles`.
        let section: Int
        /// The status its response states, as a facet value: "accepted", "partiallyaccepted", "amber".
        let stated: String?

        init(_ recommendation: Recommendation, section: Int) {
            number = recommendation.number
            series = recommendation.series.uppercased()
            partLetters = Set(recommendation.parts.map(\.label))
            self.section = section
            stated = recommendation.response?.statedStatus.map { FacetTable.facetValue($0.kind.rawValue) }
        }
    }

    /// The recommendations, whose rows are made as a query reads them: a table of every row, held
    /// with the document, was 56 bytes a recommendation (5.6 MB for 100,000 headings).
    private let document: ReviewDocument
    let count: Int
    private let sectionTitles: [[UInt8]]
    /// Answers theme:, agency:, status: and has:; without it those facets match nothing.
    private let learning: LearningIndex?
    /// Answers doc:, org: and year:.
    private let facts: DocumentFacts

    init(document: ReviewDocument, learning: LearningIndex?, facts: DocumentFacts? = nil) {
        self.learning = learning
        self.facts = facts ?? DocumentFacts(document: document)
        self.document = document
        count = document.recommendationCount
        sectionTitles = document.sections.map { TextFolding.fold($0.title ?? "", lowercase: true) }
    }

    /// One row per recommendation, in document order (the search engine's items).
    private var rows: some Sequence<Row> {
        document.sections.enumerated().lazy.flatMap { sectionIndex, section in
            section.recommendations.lazy.map { Row($0, section: sectionIndex) }
        }
    }

    /// Indices of the recommendations the facets let through: values of one facet are alternatives
    /// (`status:completed status:planned` is either), different facets must all hold, and
    /// `-facet` leaves out what it matches.
    func recommendations(passing facets: [SearchQuery.Facet]) -> Set<Int> {
        var passing = Set(0..<count)
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
            return DocumentFacets.matches(facts, key: key, value: facet.value) ? Set(0..<count) : []
        default:
            return learning?.recommendationsMatching(facet: facet.key, value: facet.value) ?? []
        }
    }

    /// Letters only, lower case: "Partially accepted", "partially-accepted" and "partiallyaccepted" are one value.
    fileprivate static func facetValue(_ text: String) -> String {
        String(text.lowercased().filter(\.isLetter))
    }

    private func indices(where test: (Row) -> Bool) -> Set<Int> {
        var passing = Set<Int>()
        for (index, row) in rows.enumerated() where test(row) { passing.insert(index) }
        return passing
    }
}
