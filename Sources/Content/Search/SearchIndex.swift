/// The search and filter engine, shared by the browser and the command line. Built once per
/// document: all text folded into two byte buffers (case kept, and lower-cased), fields separated
/// by a NUL so no match crosses from one paragraph into another. A query is then a few byte
/// scans over contiguous memory, fast enough to re-run on every keystroke at 15 MB.
public struct SearchIndex: Sendable {
    public let document: ReviewDocument
    private let locations: [SearchLocation]
    private let sectionOfRecommendation: [Int]
    private let exact: Buffer
    private let lower: Buffer

    /// One folded copy of the document's text.
    private struct Buffer: Sendable {
        var bytes: [UInt8] = []
        var characterOffsets: [Int32] = []
        /// Where each field starts in `bytes`.
        var fieldStarts: [Int] = []

        init(fields: [(SearchLocation, String)], lowercase: Bool) {
            var folded = FoldedText()
            for (_, text) in fields {
                fieldStarts.append(folded.bytes.count)
                TextFolding.fold(text, lowercase: lowercase, into: &folded)
                folded.bytes.append(0)
                folded.characterOffsets.append(Int32.max)
            }
            bytes = folded.bytes
            characterOffsets = folded.characterOffsets
        }

        /// The field holding byte `offset`.
        func field(at offset: Int) -> Int {
            var low = 0, high = fieldStarts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if fieldStarts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
    }

    /// A run of bytes in one field.
    private struct Hit {
        var field: Int
        var start: Int
        var end: Int
    }

    public init(document: ReviewDocument) {
        self.document = document
        let fields = SearchFields.collect(from: document)
        locations = fields.map(\.0)
        exact = Buffer(fields: fields, lowercase: false)
        lower = Buffer(fields: fields, lowercase: true)
        sectionOfRecommendation = document.sections.enumerated().flatMap { index, section in
            Array(repeating: index, count: section.recommendations.count)
        }
    }

    /// Runs a query: which recommendations match (all positive words in one recommendation, no
    /// excluded word, every facet satisfied) and where each matching word occurs.
    public func run(_ query: SearchQuery) -> SearchResult {
        let candidates = recommendationsPassingFacets(query)
        let scope = scope(of: query)
        var hitsPerTerm: [[Hit]] = []
        var itemsPerTerm: [Set<SearchLocation.Item>] = []
        for term in query.terms {
            let hits = find(term, in: term.isCaseSensitive ? exact : lower, lowercase: !term.isCaseSensitive).filter { isInScope(locations[$0.field], scope: scope, query: query) }
            hitsPerTerm.append(hits)
            itemsPerTerm.append(Set(hits.map { locations[$0.field].item }))
        }
        // Facets restrict recommendations only; the introduction and section text match on words alone.
        let hasFacets = !query.facets.isEmpty
        var items: Set<SearchLocation.Item>
        if let firstPositive = query.terms.firstIndex(where: { !$0.isExcluded }) {
            items = itemsPerTerm[firstPositive]
            for (index, term) in query.terms.enumerated() where !term.isExcluded { items.formIntersection(itemsPerTerm[index]) }
        } else {
            items = Set(candidates.map { .recommendation($0) })
            if !hasFacets { items.insert(.introduction) }
        }
        for (index, term) in query.terms.enumerated() where term.isExcluded { items.subtract(itemsPerTerm[index]) }
        items = items.filter { item in
            guard case let .recommendation(index) = item else { return !hasFacets }
            return candidates.contains(index)
        }
        var matches: [SearchMatch] = []
        for (index, term) in query.terms.enumerated() where !term.isExcluded {
            for hit in hitsPerTerm[index] where items.contains(locations[hit.field].item) {
                matches.append(match(for: hit, in: term.isCaseSensitive ? exact : lower))
            }
        }
        matches.sort { ($0.location, $0.range.lowerBound) < ($1.location, $1.range.lowerBound) }
        let recommendations = items.compactMap { item -> Int? in
            if case let .recommendation(index) = item { return index }
            return nil
        }.sorted()
        return SearchResult(query: query, recommendations: recommendations, items: items, matches: matches,
                            totalRecommendations: sectionOfRecommendation.count)
    }

    private func match(for hit: Hit, in buffer: Buffer) -> SearchMatch {
        let start = Int(buffer.characterOffsets[hit.start])
        let end = Int(buffer.characterOffsets[hit.end - 1]) + 1
        return SearchMatch(location: locations[hit.field], range: start..<max(start + 1, end))
    }

    // MARK: Facets

    private func scope(of query: SearchQuery) -> SearchScope? {
        query.facets.last { $0.key == "in" && !$0.isExcluded }.flatMap { SearchScope($0.value) }
    }

    private func isInScope(_ location: SearchLocation, scope: SearchScope?, query: SearchQuery) -> Bool {
        if let scope {
            guard case .recommendation = location.item else { return false }
            if (scope == .response) == location.isRecommendationText { return false }
        }
        // id:5b narrows the words to that part.
        for facet in query.facets where facet.key == "id" && !facet.isExcluded {
            if let letter = ItemID(parsing: facet.value)?.part, case .recommendation = location.item,
               location.zone != .part(letter) { return false }
        }
        return true
    }

    private func recommendationsPassingFacets(_ query: SearchQuery) -> Set<Int> {
        let all = document.recommendations
        var passing = Set(all.indices)
        for facet in query.facets {
            let matching: Set<Int>
            switch facet.key {
            case "section":
                let wanted = TextFolding.fold(facet.value, lowercase: true)
                let sections = Set(document.sections.indices.filter { index in
                    let title = TextFolding.fold(document.sections[index].title ?? "", lowercase: true)
                    return ByteSearch.contains(title, wanted)
                })
                matching = Set(all.indices.filter { sections.contains(sectionOfRecommendation[$0]) })
            case "id":
                let id = ItemID(parsing: facet.value)
                matching = Set(all.indices.filter { index in
                    guard let id, all[index].number == id.number else { return false }
                    return id.part.map { all[index].part($0) != nil } ?? true
                })
            default:
                continue
            }
            if facet.isExcluded { passing.subtract(matching) } else { passing.formIntersection(matching) }
        }
        return passing
    }

    // MARK: Scanning

    /// Every occurrence of a term that stands on word boundaries (a prefix term needs only the first).
    private func find(_ term: SearchQuery.Term, in buffer: Buffer, lowercase: Bool) -> [Hit] {
        let needle = TextFolding.fold(term.text, lowercase: lowercase)
        guard !needle.isEmpty else { return [] }
        var hits: [Hit] = []
        let bytes = buffer.bytes
        bytes.withUnsafeBytes { haystack in
            ByteSearch(needle).forEachOccurrence(in: haystack) { start in
                let end = start + needle.count
                // A word boundary matters only where the needle itself starts or ends with a word character.
                let startsWord = start == 0 || !TextFolding.isWordByte(needle[0]) || !TextFolding.isWordByte(haystack[start - 1])
                let endsWord = term.isPrefix || end >= haystack.count || !TextFolding.isWordByte(needle[needle.count - 1])
                    || !TextFolding.isWordByte(haystack[end])
                if startsWord && endsWord {
                    hits.append(Hit(field: buffer.field(at: start), start: start, end: end))
                }
            }
        }
        return hits
    }
}
