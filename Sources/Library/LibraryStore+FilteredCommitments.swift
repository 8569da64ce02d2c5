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
    /// Read from what import stored where the query asks only what that answers (status:, has:, theme:,
    /// agency:, `StoredFacetVerdicts`); otherwise, and for a review only parsing answers, the review is
    /// parsed (with `userData` over the built-in data, as the user's own files change the learning).
    public func commitments(of ids: [Int], matching query: SearchQuery, userData: UserData?) throws(LibraryError) -> LibraryCommitments {
        var query = query
        query.facets.removeAll { DocumentFacets.isDocumentFacet($0.key) }
        let answerable = query.terms.isEmpty && query.facets.allSatisfy { StoredFacetVerdicts.keys.contains($0.key) }
            && (userData?.files.isEmpty ?? true)
        guard !(answerable && query.facets.isEmpty) else { return try storedCommitments(of: ids) }
        let verdicts = answerable ? try reading { db in try StoredFacetVerdicts.verdicts(query.facets, documents: ids, in: db) } : [:]
        // Only the reviews with a recommendation let through are read: of 2,001, the few hundred.
        let stored = try storedCommitments(of: ids.filter { verdicts[$0]?.contains(true) ?? false })
        var storedRanges: [Int: Range<Int>] = [:]
        for index in stored.indices {
            let document = stored.recommendation(at: index).document
            storedRanges[document] = (storedRanges[document]?.lowerBound ?? index)..<(index + 1)
        }
        var found = LibraryCommitments()
        for id in ids {
            if let passes = verdicts[id] {
                for index in storedRanges[id] ?? 0..<0 {
                    let position = stored.recommendation(at: index).position
                    if passes.indices.contains(position), passes[position] { found.append(stored[index]) }
                }
                continue
            }
            var document = try openDocument(id: id)
            document.userData = userData
            found.append(contentsOf: LibraryCommitment.rows(document: id, learning: LearningIndex(document: document), matching: query))
        }
        return found
    }
}
