import Content
import Foundation
import GRDB
import Learning
import Search

/// The learning facets (status:, has:, theme:, agency:) of each recommendation for the tracker across
/// reviews, answered from what import stored by the rule library search follows
/// (`LearningPositions.verdicts`, `StoredFacetPicker`). So `casebook commitments --filter agency:police`
/// parses no review where it parsed every one.
enum StoredFacetVerdicts {
    static let keys = StoredFacetPicker.keys

    /// Whether the facets let each recommendation of `documents` through, by document and position.
    /// A document is left out where only parsing it answers: the built-in one and any with local data
    /// beside its source (its own agencies and themes), or one whose publisher's initials the value may
    /// name (whether they are its agency's name depends on its text).
    static func verdicts(_ facets: [SearchQuery.Facet], documents: [Int], in db: Database) throws -> [Int: [Bool]] {
        let pickers = facets.compactMap { StoredFacetPicker(key: $0.key, value: $0.value) }
        var answerable: [Int] = []
        let reviews = try Row.fetchCursor(db, sql: "SELECT id, organisation, source FROM document WHERE id IN (SELECT value FROM json_each(?))",
                                          arguments: [LibraryStore.jsonArray(documents)])
        while let row = try reviews.next() {
            let id: Int = row[0], publisher: String? = row[1], source: String = row[2]
            guard id != LibrarySchema.builtInID, !FileManager.default.fileExists(atPath: LocalDataSidecar.name(for: source)),
                  !pickers.contains(where: { $0.isUndecided(publisher: publisher) }) else { continue }
            answerable.append(id)
        }
        // A review without recommendations has no verdict there: nothing passes.
        var verdicts = Dictionary(uniqueKeysWithValues: answerable.map { ($0, [Bool]()) })
        for verdict in try LearningPositions.verdicts(facets, within: answerable, in: db) {
            verdicts[verdict.document] = verdict.numbers.indices.map { verdict.numbers[$0] >= 0 && verdict.passing.contains($0) }
        }
        return verdicts
    }
}
