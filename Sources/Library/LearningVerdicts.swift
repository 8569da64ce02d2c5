import Foundation
import GRDB
import Learning
import Search

/// One document's recommendations as the learning facets judge them.
struct LearningVerdict {
    var document: Int
    /// Each recommendation's number, by position; -1 where no recommendation has the position.
    var numbers: [Int32]
    /// The recommendations the facets let through.
    var passing: PositionSet

    /// The numbers of the recommendations let through.
    var passingNumbers: Set<Int32> { Set(numbers.indices.filter { passing.contains($0) }.map { numbers[$0] }) }
}

extension LearningPositions {
    /// Every document's verdicts (within `within`, nil: every document), in id order, by the rule of
    /// `LibraryStore.passes`: values of one facet are alternatives, facets must all hold, `-facet`
    /// excludes. A `theme:` or `agency:` value picks the names that hold its words (`agency:police`),
    /// a `status:` value the statuses it names, a `has:` value the flags it begins; the positions of
    /// each picked value are read from its rows, the few distinct values chosen in Swift first.
    static func verdicts(_ facets: [SearchQuery.Facet], within: [Int]?, in db: Database) throws -> [LearningVerdict] {
        let values = try Row.fetchAll(db, sql: "SELECT id, facet, value FROM learning_value").map { (id: $0[0] as Int64, facet: $0[1] as String, value: $0[2] as String) }
        func picked(_ facet: SearchQuery.Facet) -> Set<Int64> {
            let wanted: (String) -> Bool
            switch facet.key {
            case "theme", "agency": wanted = { DocumentFacets.containsWords(facet.value, in: $0) }
            case "status":
                let statuses = Set(LearningIndex.statuses(matching: facet.value).map(\.rawValue))
                wanted = { statuses.contains($0) }
            default:
                let flags = Set(RecommendationFacets.flags(matching: facet.value))
                wanted = { flags.contains($0) }
            }
            return Set(values.filter { $0.facet == facet.key && wanted($0.value) }.map(\.id))
        }
        // Per facet key, the values any of its facets picks (alternatives); the excluded facets' values.
        var alternatives: [String: Set<Int64>] = [:]
        var excluded = Set<Int64>()
        for facet in facets where RecommendationFacets.learningKeys.contains(facet.key) {
            if facet.isExcluded { excluded.formUnion(picked(facet)) } else { alternatives[facet.key, default: []].formUnion(picked(facet)) }
        }
        let within = within.map { LibraryStore.jsonArray($0) }
        let documentFilter = within == nil ? "" : " AND document_id IN (SELECT value FROM json_each(?))"
        let wanted = alternatives.values.reduce(excluded) { $0.union($1) }
        var positions: [Int64: [Int: PositionSet]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT value_id, document_id, positions FROM learning_positions WHERE value_id IN (SELECT value FROM json_each(?))\(documentFilter)
            """, arguments: [LibraryStore.jsonArray(Array(wanted))] + StatementArguments(within.map { [$0] } ?? []))
        while let row = try rows.next() { positions[row[0], default: [:]][row[1]] = PositionSet(blob: row[2]) }
        func union(_ ids: Set<Int64>, in document: Int) -> PositionSet {
            ids.reduce(into: PositionSet()) { set, id in positions[id]?[document].map { set.formUnion($0) } }
        }

        var verdicts: [LearningVerdict] = []
        let documents = try Row.fetchCursor(db, sql: "SELECT document_id, numbers FROM recommendation_numbers WHERE 1\(documentFilter) ORDER BY document_id",
                                            arguments: StatementArguments(within.map { [$0] } ?? []))
        while let row = try documents.next() {
            let document: Int = row[0]
            let numbers = Document.numbers(blob: row[1])
            var passing = PositionSet()
            for position in numbers.indices where numbers[position] >= 0 { passing.insert(position) }
            for ids in alternatives.values { passing.formIntersection(union(ids, in: document)) }
            passing.subtract(union(excluded, in: document))
            verdicts.append(LearningVerdict(document: document, numbers: numbers, passing: passing))
        }
        return verdicts
    }
}
