import Content
import Foundation
import GRDB
import Learning
import Search

/// The recommendation facets (theme:, agency:, status:, has:, id:, in:) answered from the library's
/// stored learning, so a search across the library parses no document. Each value picks as
/// `StoredFacetPicker` has it (agencies by name or alias, as a review's own filter does). The
/// learning facets are resolved once per query from the positions each value's recommendations have
/// in each document (`LearningPositions`), before any passage is read: the search then reads only the
/// matches of the recommendations let through.
struct RecommendationFacets {
    /// The facets about the passage itself (`id:`, `in:`); others (`stated:`) only keep to recommendations.
    private let passageFacets: [SearchQuery.Facet]
    /// The recommendations that pass the learning facets, as `keySQL` numbers them, in document order;
    /// nil when no learning facet is asked.
    let passing: [Int64]?
    /// The documents with a recommendation in `passing`, in id order; nil when no learning facet is asked.
    let documents: [Int]?

    static let learningKeys = StoredFacetPicker.keys

    /// The flags `has:` asks about, as the columns `has_commitment`, `has_due` and `has_response` name them.
    static let flagNames = StoredFacetPicker.flagNames

    /// A recommendation of a document as one number (an item's number has at most 6 digits), in SQL
    /// from the document's id and the number.
    static func keySQL(document: String, number: String) -> String { "(\(document) * 1000000 + \(number))" }

    /// `within`: the documents the document facets let through (nil: every document).
    init(_ facets: [SearchQuery.Facet], within: [Int]?, in db: Database) throws {
        passageFacets = facets.filter { $0.key == "id" || $0.key == "in" }
        let learning = facets.filter { Self.learningKeys.contains($0.key) }
        guard !learning.isEmpty else { passing = nil; documents = nil; return }
        let verdicts = try LearningPositions.verdicts(learning, within: within, in: db).filter { !$0.passing.isEmpty }
        passing = verdicts.flatMap { verdict in verdict.passingNumbers.sorted().map { Int64(verdict.document) * 1_000_000 + Int64($0) } }
        documents = verdicts.map(\.document)
    }

    /// The full-text rows of the recommendations the learning facets let through, within `within` (nil:
    /// every document). By position, so of "E2" and "PR2", both numbered 2, only the one that passes;
    /// `byNumber`, the rows of every recommendation numbered as one that passes, as `casebook search`
    /// has always read them (its matches were let through by the number of their item).
    /// (The library screen resolves them in memory instead, `RecommendationTable`, to the same rows.)
    static func spans(_ facets: [SearchQuery.Facet], within: [Int]?, byNumber: Bool = false, in db: Database) throws -> PassageSpans {
        let verdicts = try LearningPositions.verdicts(facets, within: within, in: db).filter { !$0.passing.isEmpty }
        // Each document's runs come together (the table's order), tested against its verdict; a run's
        // first row names its document.
        let byDocument = Dictionary(uniqueKeysWithValues: verdicts.map { ($0.document, $0) })
        var ranges: [(first: Int64, last: Int64)] = []
        var document = -1
        var verdict: LearningVerdict?
        var numbers = Set<Int32>()
        let runs = try Row.fetchCursor(db, sql: """
            SELECT \(byNumber ? "number" : "position"), first_rowid, last_rowid FROM passage_span WHERE document_id IN (SELECT value FROM json_each(?))
            """, arguments: [LibraryStore.jsonArray(verdicts.map(\.document))])
        while let run = try runs.next() {
            let first: Int64 = run[1]
            if PassageID.document(of: first) != document {
                document = PassageID.document(of: first)
                verdict = byDocument[document]
                if byNumber { numbers = verdict?.passingNumbers ?? [] }
            }
            let passes = byNumber ? numbers.contains(run[0]) : verdict?.passing.contains(run[0]) == true
            if passes { ranges.append((first, run[2])) }
        }
        return PassageSpans(ranges)
    }

    /// Whether the `id:` and `in:` facets let a passage of a recommendation through (the learning
    /// facets are the SQL's, through `passing`).
    var hasPassageFacets: Bool { !passageFacets.isEmpty }

    func admits(item: String, zone: String) -> Bool {
        guard let (id, series) = PassageItem.parse(item) else { return false }
        return LibraryStore.passes(passageFacets) { facet in
            if facet.key == "in" {
                return (SearchScope(facet.value) == .response) == (zone == "response")
            }
            // "id:PR2" is PR2 where the row names its code (not E2); "id:2", "id:R2" any 2.
            let wanted = ItemID(parsing: facet.value).map { ($0, "") } ?? PassageItem.parse(facet.value)
            guard let (wantedID, wantedSeries) = wanted else { return false }
            return wantedID.number == id.number && (wantedID.part == nil || wantedID == id)
                && (wantedSeries.isEmpty || series.isEmpty || wantedSeries == series)
        }
    }
}
