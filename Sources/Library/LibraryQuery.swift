import Search

/// A query of the query language as the library's full-text index reads it: the words as an FTS5
/// expression, and the facets split into those about a document and those about a recommendation.
struct LibraryQuery: Sendable {
    /// The FTS5 MATCH expression: every positive term, none of the excluded ones.
    var match: String
    var documentFacets: [SearchQuery.Facet]
    var recommendationFacets: [SearchQuery.Facet]
    /// The words and phrases looked for, as typed (for a snippet made outside the index).
    var words: [String]

    /// `shortestPrefix`: a prefix term shorter than this matches as a whole word.
    init(_ query: SearchQuery, shortestPrefix: Int = 1) throws(LibraryError) {
        let terms = query.terms.map { term in
            var term = term
            if term.text.count < shortestPrefix { term.isPrefix = false }
            return term
        }
        words = terms.filter { !$0.isExcluded }.map(\.text)
        let positive = terms.filter { !$0.isExcluded }.compactMap(Self.expression)
        let excluded = terms.filter(\.isExcluded).compactMap(Self.expression)
        guard !positive.isEmpty else {
            throw LibraryError(.failed, "bad query: give at least one word to look for (facets and -words only narrow)")
        }
        match = positive.joined(separator: " AND ")
        if !excluded.isEmpty { match = "(\(match)) NOT (\(excluded.joined(separator: " OR ")))" }
        documentFacets = query.facets.filter { DocumentFacets.isDocumentFacet($0.key) }
        recommendationFacets = query.facets.filter { !DocumentFacets.isDocumentFacet($0.key) }
        if let facet = recommendationFacets.first(where: { $0.key == "section" }) {
            throw LibraryError(.failed, "bad query: section:\(facet.value) asks about one review's headings; "
                               + "give the review (casebook search QUERY FILE) or use doc:")
        }
    }

    /// A term as an FTS5 string (a phrase when it has several words), `*` for a prefix; nil when it
    /// holds no letter or digit the index could find.
    static func expression(_ term: SearchQuery.Term) -> String? {
        guard term.text.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        let quoted = "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return term.isPrefix ? quoted + "*" : quoted
    }
}
