import Foundation
import GRDB
@testable import Library
import Search
import TestFixtures
import Testing

/// The library screen resolves the learning facets in memory (`RecommendationTable`, from every
/// recommendation's stored themes and agencies as text), `casebook search` from the facet values stored
/// by document (`RecommendationFacets.spans`, `LearningPositions`): both ways, every query must let
/// through exactly the same full-text rows, by position and by number, with and without a list of documents.
@Suite struct RecommendationTableTests {
    /// Values for `theme:` and `agency:` from the library's own names: a whole first word, its first three
    /// letters, two words, and values no name has.
    private static func nameValues(_ texts: [String]) -> [String] {
        var values: Set<String> = ["zzzq", "of"]
        for name in Set(texts.flatMap { $0.split(separator: "\n") }) {
            let words = name.lowercased().split { !$0.isLetter }
            guard let first = words.first else { continue }
            values.insert(String(first))
            values.insert(String(first.prefix(3)))
            if words.count > 1 { values.insert(String(words[1])) }
        }
        return values.sorted()
    }

    /// `key:value` or `-key:value` as a facet, as given: the parser refuses a value no status or flag has
    /// (`status:zzz`), but the resolution must still agree on it. A `+` in the value is a space.
    private static func facets(_ query: String) throws -> [SearchQuery.Facet] {
        let template = try #require(try SearchQuery(typing: "the theme:x").facets.first)
        return query.split(separator: " ").map { token in
            let parts = token.drop { $0 == "-" }.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            var facet = template
            facet.key = String(parts[0])
            facet.value = parts.count > 1 ? parts[1].replacingOccurrences(of: "+", with: " ") : ""
            facet.isExcluded = token.hasPrefix("-")
            return facet
        }
    }

    @Test func theTableLetsThroughTheRowsTheSQLLetsThrough() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add(try FixtureFile.all.map { try scratch.copy(fixture: $0.name) })
        try store.reading { db in try Self.compareBothWays(in: db) }
        // And after a review is removed: its stored facet values go with it (a table read afresh agrees).
        let removed = try #require(try store.listing().first { $0.recommendationCount > 0 && $0.id != LibrarySchema.builtInID })
        _ = try store.remove([removed.id])
        try store.reading { db in try Self.compareBothWays(in: db) }
    }

    /// Every query's rows from the table in memory and from the stored facet values, by position and
    /// by number, with and without a list of documents.
    private static func compareBothWays(in db: Database) throws {
        let table = try RecommendationTable(in: db)
        #expect(table.count == (try Int.fetchOne(db, sql: "SELECT count(*) FROM recommendation")))
        let themes = Self.nameValues(try String.fetchAll(db, sql: "SELECT themes FROM document_learning"))
        let agencies = Self.nameValues(try String.fetchAll(db, sql: "SELECT agencies FROM document_learning"))
        #expect(themes.count > 5 && agencies.count > 5)
        var facets = ["status:completed", "status:planned", "status:prog", "status:not", "status:c", "status:zzz", "status:",
                      "status:in+progress", "has:response", "has:r", "has:commitment", "has:due", "has:d", "has:zzz", "has:",
                      "theme:missing+children", "agency:children's+social", "theme:", "agency:POL"]
        facets += themes.map { "theme:" + $0 } + agencies.map { "agency:" + $0 }
        // Each facet alone and negated, and combined: two values of one facet, different facets, negations.
        var queries = facets.flatMap { [$0, "-" + $0] }
        queries += ["status:planned status:completed", "status:planned -status:planned", "-status:c -has:r",
                    "agency:pol agency:health", "agency:pol -agency:police", "theme:\(themes[0]) -theme:\(themes[1])",
                    "status:planned has:response agency:pol", "-status:completed agency:pol", "has:response has:due theme:\(themes[2])",
                    "agency:\(agencies[3]) theme:\(themes[3]) -status:prog", "status:zzz -has:r", "theme:zzzq -theme:zzzq",
                    "-theme:\(themes[0]) -agency:pol -status:planned", "theme:\(themes[1]) theme:\(themes[2]) -has:d agency:\(agencies[1])"]
        let documents = try Int.fetchAll(db, sql: "SELECT id FROM document ORDER BY id")
        let some = documents.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let every = table.spans([], within: nil)
        var narrowed = 0
        for query in queries {
            let parsed = try Self.facets(query)
            for byNumber in [false, true] {
                for within in [nil, some] {
                    let inSQL = try RecommendationFacets.spans(parsed, within: within, byNumber: byNumber, in: db)
                    let inMemory = table.spans(parsed, within: within, byNumber: byNumber)
                    #expect(inMemory == inSQL, "\(query), by number: \(byNumber), within: \(within != nil)")
                    if within == nil && !byNumber && !inSQL.isEmpty && inSQL != every { narrowed += 1 }
                }
            }
        }
        // Not a comparison of empty answers: most facets let some rows through, not all.
        #expect(narrowed > queries.count / 3, "\(narrowed) of \(queries.count)")
    }
}
