import Content
import Learning

/// The commitments of the recommendations a filter lets through: what `casebook commitments --filter`
/// and the library's `C` list of a parsed review, the filter read as the browser's `&` reads it.
extension LibraryCommitment {
    /// `facts` answer doc:, org: and year: (a library's; by default those found in the document).
    public static func rows(document id: Int, learning: LearningIndex, matching query: SearchQuery,
                            facts: DocumentFacts? = nil) -> [LibraryCommitment] {
        let all = rows(document: id, learning: learning)
        guard !query.isEmpty else { return all }
        let kept = Set(SearchIndex(document: learning.document, learning: learning, facts: facts).run(query).recommendations)
        return all.filter { kept.contains($0.position) }
    }
}

extension LibraryCatalog {
    /// Each document parsed and its recommendations filtered: for a catalog that holds no derived
    /// learning (a folder's, a test's).
    public func commitments(of ids: [Int], filter: String) throws -> LibraryCommitments {
        let query = try SearchQuery(parsing: filter)
        var found = LibraryCommitments()
        for id in ids {
            guard let document = try? document(id: id) else { continue }
            found.append(contentsOf: LibraryCommitment.rows(document: id, learning: LearningIndex(document: document), matching: query))
        }
        return found
    }
}
