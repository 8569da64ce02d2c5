import Foundation
import GRDB
@testable import Library
import Testing

/// A library on a drive or in a folder casebook cannot write: listing, search and opening work, writing
/// is refused in one line, and nothing beside the library is made or changed. The tests run as root,
/// which writes anywhere, so SQLite's failure to make its log files is caused by a folder standing where
/// the write-ahead log would go (as a read-only drive refuses it), and the store is told it cannot write.
@Suite struct LibraryReadOnlyDriveTests {
    @Test func theLibraryIsWrittenOnlyWhenItsFileAndFolderBothCanBe() {
        #expect(LibraryAccess.first(canWriteFolder: true, canWriteFile: true) == .write)
        #expect(LibraryAccess.first(canWriteFolder: false, canWriteFile: true) == .read)
        #expect(LibraryAccess.first(canWriteFolder: true, canWriteFile: false) == .read)
        #expect(LibraryAccess.first(canWriteFolder: false, canWriteFile: false) == .read)
    }

    @Test func itIsReadUnchangingOnlyWhenSQLiteCouldNotMakeItsLogAndNoLogHoldsChanges() {
        // A read-only folder (SQLITE_READONLY_DIRECTORY) and a read-only mount (SQLITE_CANTOPEN).
        #expect(LibraryAccess.mayReadUnchanging(after: .SQLITE_READONLY_DIRECTORY, logHoldsChanges: false))
        #expect(LibraryAccess.mayReadUnchanging(after: .SQLITE_CANTOPEN, logHoldsChanges: false))
        #expect(!LibraryAccess.mayReadUnchanging(after: .SQLITE_CANTOPEN, logHoldsChanges: true))
        #expect(!LibraryAccess.mayReadUnchanging(after: .SQLITE_CORRUPT, logHoldsChanges: false))
        #expect(!LibraryAccess.mayReadUnchanging(after: .SQLITE_BUSY, logHoldsChanges: false))
    }

    @Test func anUnchangingReadNamesTheFileAsAnSQLiteURI() {
        #expect(LibraryAccess.write.databasePath("/a/library.sqlite") == "/a/library.sqlite")
        #expect(LibraryAccess.read.databasePath("/a/library.sqlite") == "/a/library.sqlite")
        #expect(LibraryAccess.readUnchanging.databasePath("/a/library.sqlite") == "file:///a/library.sqlite?immutable=1")
        #expect(LibraryAccess.readUnchanging.databasePath("r?1#%.db") == "file:r%3f1%23%25.db?immutable=1")
    }

    @Test func onADriveItCannotWriteTheLibraryListsSearchesAndOpensButRefusesToWrite() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add([try scratch.copy(fixture: "anytown-child-k.txt")])
        try store.queue.close()
        #expect(!FileManager.default.fileExists(atPath: scratch.libraryPath + "-wal"))
        try FileManager.default.createDirectory(atPath: scratch.libraryPath + "-wal", withIntermediateDirectories: false)
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath))
        let another = try scratch.copy(fixture: "westshire-child-l-crlf.txt")

        let readOnly = try LibraryStore.open(path: scratch.libraryPath, access: .read)
        #expect(readOnly.isReadOnly)
        #expect(readOnly.notices.isEmpty)
        #expect(try readOnly.listing().count == 2)
        #expect(try readOnly.search(.init(parsing: "Anytown")).groups.count == 1)
        #expect(try readOnly.openDocument(id: 2).source.hasSuffix("anytown-child-k.txt"))
        do {
            _ = try LibraryImporter(store: readOnly).add([another])
            Issue.record("wrote to a library it cannot write")
        } catch {
            #expect(error.kind == .readOnly)
            #expect(!error.message.contains("\n"))
        }
        #expect(throws: LibraryError.self) { try readOnly.remove([2]) }
        try readOnly.queue.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath)) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.libraryPath + "-shm"))
    }

    @Test func aLogHoldingChangesIsNeverReadPast() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        try scratch.open().queue.close()
        try Data(repeating: 1, count: 32).write(to: URL(fileURLWithPath: scratch.libraryPath + "-wal"))
        #expect(LibraryAccess.logHoldsChanges(scratch.libraryPath))
        try FileManager.default.removeItem(atPath: scratch.libraryPath + "-wal")
        try FileManager.default.createDirectory(atPath: scratch.libraryPath + "-wal", withIntermediateDirectories: false)
        #expect(!LibraryAccess.logHoldsChanges(scratch.libraryPath))
    }
}
