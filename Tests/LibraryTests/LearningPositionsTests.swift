import Foundation
import GRDB
@testable import Library
import Search
import TestFixtures
import Testing

/// The learning facets' values stored by document (migration v8): what import writes is what the
/// recommendations' stored learning says, a document removed or replaced takes its rows with it, and a
/// library made before v8 is filled when opened and answers every faceted search as before.
@Suite struct LearningPositionsTests {
    /// Every stored value with the positions of each document's recommendations that have it, and each
    /// document's numbers by position: what the tables say, in a fixed order.
    private static func stored(in db: Database) throws -> [String] {
        let values = try Row.fetchAll(db, sql: """
            SELECT facet, value, document_id, positions FROM learning_positions JOIN learning_value ON id = value_id
            """).map { row -> String in
            let positions = PositionSet(blob: row[3])
            return "\(row[0] as String):\(row[1] as String) in \(row[2] as Int): \((0..<1_000).filter(positions.contains))"
        }
        let numbers = try Row.fetchAll(db, sql: "SELECT document_id, numbers FROM recommendation_numbers").map { row in
            "numbers of \(row[0] as Int): \(LearningPositions.Document.numbers(blob: row[1]))"
        }
        return (values + numbers).sorted()
    }

    /// The same, worked out here from the rows of `recommendation`, one by one.
    private static func expected(in db: Database) throws -> [String] {
        var positions: [String: [Int]] = [:]
        var numbers: [Int: [Int32]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM recommendation ORDER BY document_id, position") {
            let document: Int = row["document_id"], position: Int = row["position"]
            var values = (row["themes"] as String).split(separator: "\n").map { "theme:\($0)" }
                + (row["agencies"] as String).split(separator: "\n").map { "agency:\($0)" }
            if let status: String = row["status"] { values.append("status:\(status)") }
            for flag in ["commitment", "due", "response"] where row["has_\(flag)"] as Bool { values.append("has:\(flag)") }
            for value in Set(values) { positions["\(value) in \(document)", default: []].append(position) }
            var documentNumbers = numbers[document] ?? []
            documentNumbers += [Int32](repeating: -1, count: max(0, position + 1 - documentNumbers.count))
            documentNumbers[position] = row["number"]
            numbers[document] = documentNumbers
        }
        return (positions.map { "\($0.key): \($0.value)" } + numbers.map { "numbers of \($0.key): \($0.value)" }).sorted()
    }

    private static func library(_ scratch: ScratchLibrary) throws -> LibraryStore {
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add(try FixtureFile.all.map { try scratch.copy(fixture: $0.name) })
        return store
    }

    @Test func importWritesWhatTheRecommendationsSayAndRemovingOrReplacingKeepsItSo() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try Self.library(scratch)
        let (stored, expected) = try store.reading { db in (try Self.stored(in: db), try Self.expected(in: db)) }
        #expect(stored.count > 100)
        #expect(stored == expected)
        // One review removed; another replaced by a version with other recommendations.
        let listed = try store.listing().filter { $0.recommendationCount > 0 && $0.id != LibrarySchema.builtInID }
        _ = try store.remove([listed[0].id])
        let changed = listed[1].source
        try review(organisation: "Northmoor Safeguarding Children Partnership", title: "Child Z", opening: "A review.",
                   recommendations: [("Police should share missing episodes with the school.", "Agreed; completed in March."),
                                     ("Health should train staff in county lines.", "Planned for next year.")])
            .write(toFile: changed, atomically: true, encoding: .utf8)
        _ = try LibraryImporter(store: store).add([changed])
        let counts = try store.reading { db in
            try ["learning_positions", "recommendation_numbers"].map { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE document_id = ?", arguments: [listed[0].id])
            } + [try Int.fetchOne(db, sql: "SELECT count(*) FROM recommendation WHERE document_id = ?", arguments: [listed[1].id])]
        }
        #expect(counts == [0, 0, 2])
        let (after, expectedAfter) = try store.reading { db in (try Self.stored(in: db), try Self.expected(in: db)) }
        #expect(after == expectedAfter)
    }

    /// As a library made before v8: the tables are made and filled when it is opened, to what import
    /// would have written, and every faceted search finds what it found before.
    @Test func anOlderLibraryGetsTheTablesAndAnswersTheSame() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        var store = try Self.library(scratch)
        let stored = try store.reading { try Self.stored(in: $0) }
        let queries = ["the theme:missing", "the agency:police -status:completed", "response status:planned has:response",
                       "the -theme:exploitation agency:health agency:police", "children has:commitment -agency:police",
                       "the theme:missing id:2", "the agency:police in:response"]
        func answers() throws -> [[String]] {
            try queries.map { query in
                try store.search(SearchQuery(parsing: query), matchesPerDocument: 5).groups.flatMap { group in
                    group.matches.map { "\(group.document) \(group.count) \($0.hit.item.map { "\($0)" } ?? "-") \($0.zone) \($0.hit.rank)" }
                }
            }
        }
        let before = try answers()
        #expect(before.filter { !$0.isEmpty }.count >= queries.count - 1)
        try store.queue.write { db in
            try db.execute(sql: """
                DROP TABLE learning_positions; DROP TABLE learning_value; DROP TABLE recommendation_numbers;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v8:%';
                """)
        }
        store = try scratch.open()
        let (filled, expected) = try store.reading { db in (try Self.stored(in: db), try Self.expected(in: db)) }
        #expect(filled == stored)
        #expect(filled == expected)
        #expect(try answers() == before)
    }

    /// Names are told apart by their bytes, as SQLite compares them: "Café" written two ways is two values.
    @Test func twoSpellingsOfANameAreTwoValues() {
        var document = LearningPositions.Document()
        document.add(position: 0, number: 1, status: "planned", themes: Data("Caf\u{E9}\nschools".utf8), agencies: Data(), flags: [true, false, false])
        document.add(position: 2, number: 3, status: nil, themes: Data("Cafe\u{301}".utf8), agencies: Data("Police".utf8), flags: [false, false, true])
        #expect(document.numbers == [1, -1, 3])
        #expect(document.positions.count == 7)
        #expect(document.positions[LearningPositions.Value(facet: "theme", bytes: Array("Caf\u{E9}".utf8))] == PositionSetTests.set([0]))
        #expect(document.positions[LearningPositions.Value(facet: "theme", bytes: Array("Cafe\u{301}".utf8))] == PositionSetTests.set([2]))
        #expect(document.positions[LearningPositions.Value(facet: "has", bytes: Array("response".utf8))] == PositionSetTests.set([2]))
        #expect(LearningPositions.Document.numbers(blob: document.numbersBlob) == [1, -1, 3])
    }
}
