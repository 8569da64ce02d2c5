import Content
import Foundation
import GRDB
@testable import Library
import Testing

/// What names each review's notes, kept at import (migration v6) so that reading the marks across the
/// library parses no review: the same identity as the parsed review gives, and an older library's filled
/// once on the first reading.
@Suite struct LibraryNotesIdentitiesTests {
    private func library(_ scratch: ScratchLibrary) throws -> (LibraryStore, [Int]) {
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add(try LibraryDerivedViewsTests.fixtures.map { try scratch.copy(fixture: $0) })
        return (store, try store.listing().map(\.id))
    }

    private func parsedIdentities(_ store: LibraryStore, _ ids: [Int]) throws -> [Int: DocumentIdentity] {
        Dictionary(uniqueKeysWithValues: try ids.map { ($0, DocumentIdentity(try store.document(id: $0))) })
    }

    @Test func theStoredIdentitiesAreWhatParsingEachReviewGives() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let (store, ids) = try library(scratch)
        let stored = try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document_notes") }
        // Every imported review's, written at import; the built-in document's is filled on the first reading.
        #expect(stored == ids.count - 1)
        #expect(try store.notesIdentities(of: ids) == parsedIdentities(store, ids))
        #expect(try store.notesIdentities(of: [ids[1], 99]).keys.sorted() == [ids[1]])
    }

    @Test func anOlderLibraryIsFilledOnceOnTheFirstReading() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        var (store, ids) = try library(scratch)
        let expected = try parsedIdentities(store, ids)
        // As a library made before migration v6.
        try store.queue.write { db in
            try db.execute(sql: "DROP TABLE document_notes; DELETE FROM grdb_migrations WHERE identifier LIKE 'v6:%';")
        }
        store = try scratch.open()
        func stored() throws -> Int { try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document_notes") ?? 0 } }
        #expect(try stored() == 0)
        #expect(try store.notesIdentities(of: [ids[2]]) == [ids[2]: expected[ids[2]]!])
        #expect(try stored() == 1)
        #expect(try store.notesIdentities(of: ids) == expected)
        // The built-in Child J's is worked out from the built-in text, never stored.
        #expect(try stored() == ids.count - 1)
        #expect(try store.unparsed(of: ids, for: .notesIdentities).isEmpty)
    }

    @Test func theKeptIdentitiesAreThoseStoredAndAReviewAddedAgainChangedHasOnlyItsNewOne() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let path = try scratch.copy(fixture: "anytown-child-k.txt")
        _ = try LibraryImporter(store: store).add([path])
        let id = try #require(try store.listing().first { $0.source == path }?.id)
        let before = try #require(try store.keptNotesIdentities()[id])
        // Kept without parsing; the built-in Child J's is always there, worked out from the built-in text.
        #expect(try store.keptNotesIdentities().keys.sorted() == [1, id])
        #expect(try store.keptNotesIdentities()[1] == DocumentIdentity(DocumentLoader.builtInDocument()))
        try (try String(contentsOfFile: path, encoding: .utf8) + "\nRecommendation 9\n\nA new recommendation about school exclusion.\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try LibraryImporter(store: store).add([path]).updated == 1)
        // Same id, the changed review's identity: its old notes file is no review's now.
        let after = try #require(try store.keptNotesIdentities()[id])
        #expect(after == DocumentIdentity(try store.document(id: id)))
        #expect(after.key != before.key)
        #expect(!(try store.keptNotesIdentities().values.map(\.key).contains(before.key)))
    }

    @Test func removingAReviewRemovesItsIdentity() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let (store, ids) = try library(scratch)
        _ = try store.remove([ids[2]])
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document_notes WHERE document_id = ?",
                                                        arguments: [ids[2]]) } == 0)
    }
}

/// What an older library's first readings parse, a batch at a time for the runtime: the documents
/// whose rows or identities are missing, and none on a read-only library.
@Suite struct LibraryUnparsedTests {
    @Test func theUnparsedAreThoseAReadingWouldFillAndParsingFillsThem() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add(try LibraryDerivedViewsTests.fixtures.map { try scratch.copy(fixture: $0) })
        let ids = try store.listing().map(\.id)
        // Imported now: only the built-in document (written by migration v3) is left to fill; its notes
        // identity is worked out from the built-in text, never parsed from the library.
        #expect(try store.unparsed(of: ids, for: .views) == [1])
        #expect(try store.unparsed(of: ids, for: .notesIdentities) == [])
        try store.queue.write { db in
            try db.execute(sql: "UPDATE recommendation SET title = NULL, addressed = NULL; DELETE FROM document_notes")
        }
        let withRecommendations = try store.unparsed(of: ids, for: .views)
        #expect(withRecommendations.count >= 4)
        #expect(try store.unparsed(of: ids, for: .notesIdentities) == ids.filter { $0 != 1 })
        // Filling the views stores the notes identities too: the document is parsed once for both.
        try store.parse(Array(withRecommendations.prefix(2)), for: .views)
        #expect(try store.unparsed(of: ids, for: .views) == Array(withRecommendations.dropFirst(2)))
        #expect(try store.unparsed(of: ids, for: .notesIdentities) == ids.filter { $0 != 1 && !withRecommendations.prefix(2).contains($0) })
        try store.parse(ids, for: .notesIdentities)
        #expect(try store.unparsed(of: ids, for: .notesIdentities).isEmpty)
    }
}
