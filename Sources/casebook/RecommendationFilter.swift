import Content
import Learning
import Search

/// A `--filter` query run as the browser's `&` runs it: the recommendations it lets through.
enum RecommendationFilter {
    /// Indices into `document.recommendations` that match `filter`; nil without a filter. A bad query
    /// is a `CommandFailure` that says why.
    /// `facts` answer doc:, org: and year: (a library's; by default those found in the document).
    static func matching(_ filter: String?, in document: ReviewDocument, learning: LearningIndex? = nil,
                         facts: DocumentFacts? = nil) throws -> Set<Int>? {
        guard let filter else { return nil }
        let query: SearchQuery
        do { query = try SearchQuery(parsing: filter) } catch { throw CommandFailure("bad filter: \(error.message)") }
        let learning = learning ?? (query.needsLearning ? LearningIndex(document: document) : nil)
        return Set(SearchIndex(document: document, learning: learning, facts: facts).run(query).recommendations)
    }
}
