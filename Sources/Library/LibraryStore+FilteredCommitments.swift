import Content
import Learning
import Search

/// The commitments of the recommendations a filter lets through, across reviews: `casebook commitments
/// --filter` and the library screen's `C` both ask here, so they list the same.
extension LibraryStore {
    /// The library screen's `C` with a filter (its recommendation facets).
    public func commitments(of ids: [Int], filter: String) throws -> LibraryCommitments {
        let query: SearchQuery
        do { query = try SearchQuery(parsing: filter) } catch { throw LibraryError(.failed, "bad filter: \(error.message)") }
        return try commitments(of: ids, matching: query, userData: nil)
    }

    /// The commitments of `ids`, in that order and each document's, whose recommendation `query` lets
    /// through. Its doc:, org: and year: facets are the caller's to have applied in choosing `ids`.
    /// Read from what import stored where the query asks only what that answers (status:, has:);
    /// otherwise each review is parsed (with `userData` over the built-in data, as the user's own files
    /// change the learning).
    public func commitments(of ids: [Int], matching query: SearchQuery, userData: UserData?) throws(LibraryError) -> LibraryCommitments {
        var query = query
        query.facets.removeAll { DocumentFacets.isDocumentFacet($0.key) }
        if query.terms.isEmpty, query.facets.allSatisfy({ ["status", "has"].contains($0.key) }), userData?.files.isEmpty ?? true {
            return try storedCommitments(of: ids, passing: query.facets)
        }
        var found = LibraryCommitments()
        for id in ids {
            var document = try openDocument(id: id)
            document.userData = userData
            found.append(contentsOf: LibraryCommitment.rows(document: id, learning: LearningIndex(document: document), matching: query))
        }
        return found
    }
}
