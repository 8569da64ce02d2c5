import Foundation
@testable import Library
import Testing

/// Bringing an older library up to date can take seconds at thousands of reviews; the opener is told
/// first (the command line says so on stderr), and only then.
@Suite struct LibraryUpgradeNoticeTests {
    private final class Calls: @unchecked Sendable { var count = 0 }

    @Test func onlyAnOlderLibraryIsSaidToBeBroughtUpToDate() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let calls = Calls()
        _ = try LibraryStore.open(path: scratch.libraryPath, upgrading: { calls.count += 1 })
        #expect(calls.count == 0, "a new library is made, not upgraded")
        let store = try LibraryStore.open(path: scratch.libraryPath, upgrading: { calls.count += 1 })
        #expect(calls.count == 0, "an up-to-date library needs nothing")
        try store.queue.write { db in
            try db.execute(sql: "DROP TABLE passage_span")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v5:%'")
        }
        let upgraded = try LibraryStore.open(path: scratch.libraryPath, upgrading: { calls.count += 1 })
        #expect(calls.count == 1)
        #expect(try upgraded.reading { db in try db.tableExists("passage_span") })
    }
}
