import Content
import Foundation
@testable import Library
import Learning
import Search
import TestFixtures
import Testing
@testable import TUICore

/// One rule for the learning facets across the library (`StoredFacetPicker`): library search
/// (`LearningPositions`, and the library screen's `RecommendationTable`), the tracker
/// (`casebook commitments --filter`, `C`) and the library list's `f` pick the same recommendations,
/// those each review's own filter picks when parsed, agencies by alias.
@Suite struct LibraryFacetAgreementTests {
    static let filters = ["agency:police", "agency:csc", "agency:social", "agency:cafcass", "agency:health", "agency:nhs",
                          "theme:missing", "status:planned", "status:done", "has:due", "has:response"]

    @Test func searchTheTrackerAndTheListAgreeWithEachReviewsOwnFilter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-agree-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try LibraryStore.open(path: folder + "/library.sqlite")
        // The fixtures without local data beside them (a review's own data changes its learning, which
        // the tracker reads by parsing it), so the stored rule alone answers each.
        let files = try FixtureFile.all.filter { !$0.name.hasSuffix(".local.txt") }.map { fixture in
            let path = folder + "/" + fixture.name
            try fixture.text().write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        _ = try LibraryImporter(store: store).add(files)
        let entries = try store.listing()
        let ids = entries.map(\.id).filter { $0 != LibrarySchema.builtInID }
        #expect(ids.count > 20)
        var found = 0
        for filter in Self.filters {
            let facets = try SearchQuery(parsing: filter).facets
            // Each review's own filter, parsed: positions of its recommendations that pass.
            var parsed: [Int: Set<Int>] = [:]
            for id in ids {
                let learning = LearningIndex(document: try store.openDocument(id: id))
                parsed[id] = learning.recommendationsMatching(facet: facets[0].key, value: facets[0].value) ?? []
            }
            // Library search's resolver.
            let searched = try store.reading { db in try LearningPositions.verdicts(facets, within: ids, in: db) }
            var search: [Int: Set<Int>] = Dictionary(uniqueKeysWithValues: ids.map { ($0, []) })
            for verdict in searched { search[verdict.document] = Set(verdict.numbers.indices.filter { verdict.passing.contains($0) }) }
            #expect(search == parsed, "search \(filter)")
            // The tracker's.
            let tracked = try store.reading { db in try StoredFacetVerdicts.verdicts(facets, documents: ids, in: db) }
            // (It leaves to parsing a review whose publisher's initials the value begins, as agency:csc
            // those of one "C… S… C…" partnership: whether they name it depends on the review's text.)
            #expect(tracked.mapValues { passes in Set(passes.indices.filter { passes[$0] }) } == parsed.filter { tracked[$0.key] != nil },
                    "tracker \(filter)")
            #expect(tracked.count >= ids.count - 1, "tracker \(filter)")
            // The library list's: the reviews with at least one.
            guard case let .success(listFilter) = LibraryFilter.parse(filter) else { Issue.record("list refused \(filter)"); continue }
            let listed = Set(entries.filter { ids.contains($0.id) && listFilter.matches($0) }.map(\.id))
            #expect(listed == Set(parsed.filter { !$0.value.isEmpty }.keys), "list \(filter)")
            if !listed.isEmpty && listed.count < ids.count { found += 1 }
        }
        // The filters choose: most keep some reviews and not others.
        #expect(found >= 8)
    }

    /// The library screen's search resolves the facets in memory: the same rows as in SQL.
    @Test func theLibraryScreensTableAgreesWithTheSearch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-agree-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try LibraryStore.open(path: folder + "/library.sqlite")
        let files = try FixtureFile.all.map { fixture in
            let path = folder + "/" + fixture.name
            try fixture.text().write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        _ = try LibraryImporter(store: store).add(files)
        for filter in Self.filters + ["agency:police status:planned", "-agency:police", "agency:police agency:health"] {
            let facets = try SearchQuery(parsing: filter).facets
            let (table, sql) = try store.reading { db in
                (try RecommendationTable(in: db).spans(facets, within: nil), try RecommendationFacets.spans(facets, within: nil, in: db))
            }
            #expect(table == sql, "\(filter)")
        }
    }
}
