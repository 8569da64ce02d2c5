import Content

/// The rows the library keeps of a document's learning, for the matrices and the tracker across
/// reviews: derived here once, so the library's import, its fill of an older library and a catalog
/// without a store all give the same rows.
extension LibraryRecommendation {
    /// One row per recommendation, in the document's order.
    public static func rows(document id: Int, of document: ReviewDocument, learning: LearningIndex) -> [LibraryRecommendation] {
        zip(document.recommendations, learning.recommendations).map { recommendation, facts in
            LibraryRecommendation(document: id, number: recommendation.number,
                                  title: recommendation.title ?? recommendation.text.first?.text ?? recommendation.heading,
                                  themes: facts.themeNames, addressedTo: facts.addresseeDisplayNames,
                                  series: recommendation.series)
        }
    }
}

extension LibraryCommitment {
    /// Every commitment of the document's responses, in the document's order.
    public static func rows(document id: Int, learning: LearningIndex) -> [LibraryCommitment] {
        let recommendations = learning.document.recommendations
        return learning.recommendations.enumerated().flatMap { position, facts in
            // "E2" and "PR2" are both numbered 2: each is named by its code, as the document writes it.
            let series = recommendations.indices.contains(position) ? recommendations[position].series : ""
            return facts.commitments.map { commitment in
                LibraryCommitment(document: id, recommendation: commitment.recommendation, sentence: commitment.sentence.text,
                                  owner: commitment.owner?.displayName, due: commitment.due?.period,
                                  status: commitment.statusWords, words: commitment.marker.text,
                                  line: commitment.sentence.line, citation: Self.coded(commitment.sentence.citation, series: series),
                                  position: position, series: series)
            }
        }
    }

    /// "Recommendation 2b, line 9" as "Recommendation PR2b, line 9" for a recommendation coded PR.
    static func coded(_ citation: String, series: String) -> String {
        let prefix = "Recommendation "
        guard !series.isEmpty, citation.hasPrefix(prefix) else { return citation }
        return prefix + series + citation.dropFirst(prefix.count)
    }
}

extension Commitment {
    /// "promised" or "under way", as lists and reports name the kind.
    public var statusWords: String { kind == .promised ? "promised" : "under way" }
}

extension LibraryCatalog {
    /// Each document parsed and derived: for a catalog that holds no derived learning (a folder's, a test's).
    public func recommendations(of ids: [Int]) throws -> [LibraryRecommendation] {
        ids.flatMap { id -> [LibraryRecommendation] in
            guard let document = try? document(id: id) else { return [] }
            return LibraryRecommendation.rows(document: id, of: document, learning: LearningIndex(document: document))
        }
    }

    public func commitments(of ids: [Int]) throws -> LibraryCommitments {
        var found = LibraryCommitments()
        for id in ids {
            guard let document = try? document(id: id) else { continue }
            found.append(contentsOf: LibraryCommitment.rows(document: id, learning: LearningIndex(document: document)))
        }
        return found
    }
}
