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
    /// excludes. Each facet picks among the stored values by `StoredFacetPicker` (the rule the tracker
    /// and the library list follow too): `theme:`, `status:` and `has:` among the library's few distinct
    /// values once; `agency:` among each review's own agencies, as its publisher knows them. The
    /// positions of each picked value are read from its rows.
    static func verdicts(_ facets: [SearchQuery.Facet], within: [Int]?, in db: Database) throws -> [LearningVerdict] {
        let learning = facets.compactMap { facet in StoredFacetPicker(key: facet.key, value: facet.value).map { (facet, $0) } }
        let values = try Row.fetchAll(db, sql: "SELECT id, facet, value FROM learning_value").map { (id: $0[0] as Int64, facet: $0[1] as String, value: $0[2] as String) }
        // The values a facet other than agency: picks, the same in every review.
        let picked: [Set<Int64>?] = learning.map { _, picker in
            guard picker.key != "agency" else { return nil }
            let names = values.filter { $0.facet == picker.key }
            let chosen = picker.picks(among: names.map(\.value), publisher: nil)
            return Set(names.filter { chosen.contains($0.value) }.map(\.id))
        }
        let within = within.map { LibraryStore.jsonArray($0) }
        let documentFilter = within == nil ? "" : " AND document_id IN (SELECT value FROM json_each(?))"
        let withinArguments = StatementArguments(within.map { [$0] } ?? [])
        var stored: [Int64: [Int: PositionSet]] = [:]
        let wanted = picked.compactMap { $0 }.reduce(into: Set<Int64>()) { $0.formUnion($1) }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT value_id, document_id, positions FROM learning_positions WHERE value_id IN (SELECT value FROM json_each(?))\(documentFilter)
            """, arguments: [LibraryStore.jsonArray(Array(wanted))] + withinArguments)
        while let row = try rows.next() { stored[row[0], default: [:]][row[1]] = PositionSet(blob: row[2]) }
        // With an agency: facet, each review's agencies with their positions, and its publisher.
        var agencies: [Int: [(name: String, positions: PositionSet)]] = [:]
        var publishers: [Int: String?] = [:]
        if picked.contains(where: { $0 == nil }) {
            let reviews = try Row.fetchCursor(db, sql: "SELECT id, organisation FROM document WHERE 1\(documentFilter.replacingOccurrences(of: "document_id", with: "id"))",
                                              arguments: withinArguments)
            while let row = try reviews.next() { publishers[row[0]] = .some(row[1]) }
            // Only the rows of the names an agency: facet may pick in one of these reviews (of 1,500, a few).
            let agencyValues = values.filter { $0.facet == "agency" }
            let organisations = Set(publishers.values)
            let candidates = learning.filter { $0.1.key == "agency" }.reduce(into: Set<String>()) { names, facet in
                names.formUnion(facet.1.mayPick(among: agencyValues.map(\.value), publishers: organisations))
            }
            let names = Dictionary(uniqueKeysWithValues: agencyValues.filter { candidates.contains($0.value) }.map { ($0.id, $0.value) })
            let rows = try Row.fetchCursor(db, sql: """
                SELECT value_id, document_id, positions FROM learning_positions WHERE value_id IN (SELECT value FROM json_each(?))\(documentFilter)
                """, arguments: [LibraryStore.jsonArray(Array(names.keys))] + withinArguments)
            while let row = try rows.next() {
                guard let name = names[row[0]] else { continue }
                agencies[row[1], default: []].append((name, PositionSet(blob: row[2])))
            }
        }
        func positions(of index: Int, in document: Int) -> PositionSet {
            if let ids = picked[index] {
                return ids.reduce(into: PositionSet()) { set, id in stored[id]?[document].map { set.formUnion($0) } }
            }
            let own = agencies[document] ?? []
            guard !own.isEmpty else { return PositionSet() }
            let chosen = learning[index].1.picks(among: own.map(\.name), publisher: publishers[document] ?? nil)
            return own.filter { chosen.contains($0.name) }.reduce(into: PositionSet()) { $0.formUnion($1.positions) }
        }

        var verdicts: [LearningVerdict] = []
        let documents = try Row.fetchCursor(db, sql: "SELECT document_id, numbers FROM recommendation_numbers WHERE 1\(documentFilter) ORDER BY document_id",
                                            arguments: withinArguments)
        while let row = try documents.next() {
            let document: Int = row[0]
            let numbers = Document.numbers(blob: row[1])
            var passing = PositionSet()
            for position in numbers.indices where numbers[position] >= 0 { passing.insert(position) }
            // Values of one facet are alternatives; an excluded facet takes its recommendations away.
            var alternatives: [String: PositionSet] = [:]
            var excluded = PositionSet()
            for (index, (facet, _)) in learning.enumerated() {
                let found = positions(of: index, in: document)
                if facet.isExcluded { excluded.formUnion(found) } else { alternatives[facet.key, default: PositionSet()].formUnion(found) }
            }
            for found in alternatives.values { passing.formIntersection(found) }
            passing.subtract(excluded)
            verdicts.append(LearningVerdict(document: document, numbers: numbers, passing: passing))
        }
        return verdicts
    }
}
