import Foundation
import GRDB
@testable import Library
import Testing

/// A removed review's id is never given again (migration v11): a session plan or a typed `casebook 12`
/// never comes to name another review.
@Suite struct DocumentIDsTests {
    @Test func removingTheHighestIdAndAddingAnotherGivesAHigherId() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let importer = LibraryImporter(store: store)
        _ = try importer.add([try scratch.copy(fixture: "anytown-child-k.txt"), try scratch.copy(fixture: "westshire-child-l-crlf.txt")])
        let highest = try #require(try store.listing().last?.id)
        _ = try store.remove([highest])
        _ = try importer.add([try scratch.copy(fixture: "oakridge-child-r-local-authority.txt")])
        let added = try #require(try store.listing().last?.id)
        #expect(added > highest)
        // And again after reopening, and with the very file removed added back.
        _ = try store.remove([added])
        let reopened = try scratch.open()
        _ = try LibraryImporter(store: reopened).add([scratch.folder + "/oakridge-child-r-local-authority.txt"])
        #expect(try reopened.listing().last?.id == added + 1)
    }

    /// A library from before v11 keeps the highest id it holds from then on.
    @Test func anOlderLibraryStartsFromItsHighestId() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        var store = try scratch.open()
        _ = try LibraryImporter(store: store).add([try scratch.copy(fixture: "anytown-child-k.txt"), try scratch.copy(fixture: "westshire-child-l-crlf.txt")])
        try store.queue.write { db in
            try db.execute(sql: "DROP TABLE document_id_highest; DELETE FROM grdb_migrations WHERE identifier LIKE 'v11:%'")
        }
        store = try scratch.open()
        let highest = try #require(try store.listing().last?.id)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT highest FROM document_id_highest") } == highest)
        _ = try store.remove([highest])
        _ = try LibraryImporter(store: store).add([try scratch.copy(fixture: "oakridge-child-r-local-authority.txt")])
        #expect(try store.listing().last?.id == highest + 1)
    }
}
