import Content
import Foundation
import GRDB
import Learning
@testable import Library
import Search
import Testing

@Suite struct LibraryStoreTests {
    @Test func aNewLibraryHoldsTheBuiltInDocumentAsOne() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let entries = try store.listing()
        #expect(entries.map(\.id) == [1])
        #expect(entries[0].title.contains("Child J"))
        #expect(entries[0].recommendationCount == 10)
        #expect(entries[0].statusCounts.values.reduce(0, +) == 10)
        // Opening it again runs no migration twice and keeps the one document.
        #expect(try scratch.open().listing().map(\.id) == [1])
        #expect(try store.openDocument(id: 1).recommendationCount == 10)
    }

    @Test func theListingCarriesEachReviewsThemesAndAgenciesWithoutParsing() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let childJ = try #require(try store.listing().first)
        let learning = LearningIndex(document: DocumentLoader.builtInDocument())
        #expect(childJ.themes == Set(learning.recommendations.flatMap { $0.themes.map(\.theme) }).sorted())
        #expect(childJ.agencies == Set(learning.recommendations.flatMap(\.agencies.allAgencies)).sorted())
        #expect(!childJ.themes.isEmpty && !childJ.agencies.isEmpty)
        // The same from one row as from the list.
        _ = try LibraryImporter(store: store).add([try scratch.copy(fixture: "anytown-child-k.txt")])
        let listed = try store.listing()
        #expect(listed.count == 2)
        #expect(listed[0] == childJ)
    }

    @Test func aLibraryFromBeforeTheListingIndexGetsItsThemesAndAgenciesFromItsRecommendations() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        var store = try scratch.open()
        _ = try LibraryImporter(store: store).add([try scratch.copy(fixture: "anytown-child-k.txt")])
        let before = try store.listing()
        // As a library made before migration v2 was: no index for the list, no table of each document's learning.
        try store.queue.write { db in
            try db.execute(sql: """
                DROP INDEX document_listing; DROP TABLE document_learning;
                DELETE FROM grdb_migrations WHERE identifier NOT LIKE 'v1:%';
                """)
        }
        store = try scratch.open()
        let after = try store.listing()
        #expect(after == before)
        #expect(after.count == 2 && !after[0].themes.isEmpty && !after[0].agencies.isEmpty)
    }

    @Test func theLibraryIsInWALModeWithEveryMigrationApplied() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let mode = try store.queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try store.queue.read { try LibrarySchema.migrator.hasCompletedMigrations($0) })
    }

    @Test func addingAgainIsUnchangedAndAnEditIsReimportedKeepingItsID() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let first = try scratch.copy(fixture: "anytown-child-k.txt")
        let second = try scratch.copy(fixture: "oakridge-child-r-local-authority.txt")
        let importer = LibraryImporter(store: store)
        var summary = try importer.add([first, second])
        #expect((summary.added, summary.unchanged, summary.updated) == (2, 0, 0))
        summary = try importer.add([first, second])
        #expect((summary.added, summary.unchanged, summary.updated) == (0, 2, 0))
        let before = try store.listing().first { $0.source == first }
        try (try String(contentsOfFile: first, encoding: .utf8) + "\nRecommendation 9\n\nA new recommendation about school exclusion.\n")
            .write(toFile: first, atomically: true, encoding: .utf8)
        summary = try importer.add([first])
        #expect((summary.added, summary.unchanged, summary.updated) == (0, 0, 1))
        let after = try #require(try store.listing().first { $0.source == first })
        #expect(after.id == before?.id)
        #expect(after.recommendationCount == (before?.recommendationCount ?? 0) + 1)
        #expect(try store.listing().count == 3)
        #expect(summary.line == "0 added, 0 unchanged, 1 updated")
    }

    @Test func aFileThatCannotBeReadIsCountedAndTheRestGoOn() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let good = try scratch.copy(fixture: "anytown-child-k.txt")
        let binary = scratch.folder + "/image.txt"
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: binary))
        let summary = try LibraryImporter(store: store).add([scratch.folder + "/missing.txt", binary, good])
        #expect(summary.added == 1)
        #expect(summary.unreadable.count == 2)
        #expect(summary.unreadable.allSatisfy { !$0.contains("\n") })
        // `casebook check` alone checks the built-in document: the hint names the file to check.
        #expect(summary.line == "1 added, 0 unchanged, 0 updated, 2 could not be read — see why above, or "
                + "`casebook check \(scratch.folder)/missing.txt` (the first)")
        let one = try LibraryImporter(store: store).add([binary])
        #expect(one.line == "0 added, 0 unchanged, 0 updated, 1 could not be read — see `casebook check \(binary)`")
    }

    @Test func aPathWithSpacesOrQuotesIsOneShellWordInTheHint() {
        #expect(LibraryImporter.Summary.shellWord("/a/b-c_1.txt") == "/a/b-c_1.txt")
        #expect(LibraryImporter.Summary.shellWord("/a/my review.pdf") == "'/a/my review.pdf'")
        #expect(LibraryImporter.Summary.shellWord("/a/it's.pdf") == "'/a/it'\\''s.pdf'")
    }

    /// The same bytes twice in one run are one review, as the same bytes against one already in the
    /// library are: the second is unchanged, and the summary says it was a copy.
    @Test func twoCopiesInOneRunAreAddedOnce() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let first = try scratch.copy(fixture: "anytown-child-k.txt")
        let copy = scratch.folder + "/copy of anytown.txt"
        try FileManager.default.copyItem(atPath: first, toPath: copy)
        let other = try scratch.copy(fixture: "oakridge-child-r-local-authority.txt")
        var importer = LibraryImporter(store: store)
        let summary = try importer.add([first, copy, other])
        #expect((summary.added, summary.unchanged, summary.copies) == (2, 1, 1))
        #expect(summary.line == "2 added, 1 unchanged (1 a copy of another file here), 0 updated")
        #expect(try store.listing().count == 3)
        // In different batches too.
        let later = scratch.folder + "/another copy.txt"
        try FileManager.default.copyItem(atPath: other, toPath: later)
        let fresh = try scratch.copy(fixture: "riverside-child-p-warnings.txt")
        importer.batchSize = 1
        let batched = try importer.add([fresh, later, copy])
        #expect((batched.added, batched.unchanged, batched.copies) == (1, 2, 0))
        let scratch2 = try ScratchLibrary()
        defer { scratch2.remove() }
        var second = LibraryImporter(store: try scratch2.open())
        second.batchSize = 1
        let split = try second.add([first, other, copy])
        #expect((split.added, split.unchanged, split.copies) == (2, 1, 1))
    }

    @Test func foldersAreSearchedForDocumentsOnly() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.folder + "/nested/.hidden", withIntermediateDirectories: true)
        try scratch.write("nested/a.txt", "A")
        try scratch.write("nested/b.md", "B")
        try scratch.write("nested/a.local.txt", "agency: X")
        try scratch.write("nested/notes.json", "{}")
        try scratch.write("nested/.hidden/c.txt", "C")
        let files = LibraryImporter.files(in: [scratch.folder + "/nested"]).map { ($0 as NSString).lastPathComponent }
        #expect(files == ["a.txt", "b.md"])
    }

    @Test func removingTakesTheDocumentAndItsIndexButNeverTheBuiltIn() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let path = try scratch.copy(fixture: "anytown-child-k.txt")
        _ = try LibraryImporter(store: store).add([path])
        let id = try #require(try store.listing().last?.id)
        #expect(try store.search(SearchQuery(parsing: "Anytown")).groups.map(\.document) == [id])
        #expect(try store.remove([id]).map(\.id) == [id])
        #expect(try store.listing().map(\.id) == [1])
        #expect(try store.search(SearchQuery(parsing: "Anytown")).groups.isEmpty)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM recommendation WHERE document_id = ?", arguments: [id]) } == 0)
        #expect(throws: LibraryError.self) { try store.remove([1]) }
        #expect(throws: LibraryError.self) { try store.remove([99]) }
    }

    @Test func aDocumentStaysReadableWhenItsSourceHasGone() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let path = try scratch.copy(fixture: "westshire-child-l-crlf.txt")
        _ = try LibraryImporter(store: store).add([path])
        try FileManager.default.removeItem(atPath: path)
        let id = try #require(try store.listing().last?.id)
        let document = try store.openDocument(id: id)
        #expect(document.recommendationCount == 4)
        #expect(document.title.contains("Child L"))
    }
}
