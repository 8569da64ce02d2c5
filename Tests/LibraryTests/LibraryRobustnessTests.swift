import Foundation
import GRDB
@testable import Library
import Testing

@Suite struct LibraryRobustnessTests {
    @Test func aCorruptLibraryIsMovedAsideAndAFreshOneMade() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let garbage = Data(repeating: 0x41, count: 8192)
        try garbage.write(to: URL(fileURLWithPath: scratch.libraryPath))
        let store = try scratch.open()
        #expect(store.notices.count == 1)
        #expect(store.notices[0].contains("the old file is kept as"))
        #expect(try store.listing().map(\.id) == [1])
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.folder).filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.folder + "/" + aside[0])) == garbage)
    }

    /// A file that is plainly no database (text, PDF, Word) under a name of the user's is the user's,
    /// named by mistake: refused in one line, never moved aside nor replaced. (Under casebook's own
    /// name, library.sqlite, the same bytes are a damaged library, moved aside: the test above.)
    @Test(arguments: [Data("My own words.\n".utf8), Data("%PDF-1.7\n".utf8), Data("PK\u{3}\u{4}word".utf8),
                      Data("SQLite format 2".utf8), Data(repeating: 0x41, count: 8192)])
    func aFileThatIsNoDatabaseIsRefusedUntouched(content: Data) throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let path = scratch.folder + "/mydoc.txt"
        try content.write(to: URL(fileURLWithPath: path))
        for open in [{ try LibraryStore.open(path: path) }, { try LibraryStore.openIfExists(path: path) }] {
            do {
                _ = try open()
                Issue.record("a file that is no database was opened as a library")
            } catch let error as LibraryError {
                #expect(error.kind == .notALibrary)
                #expect(error.message == "\(path) is not a casebook library")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder) == ["mydoc.txt"])
    }

    @Test func aFIFONamedAsTheLibraryIsRefusedWithoutWaiting() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        #expect(mkfifo(scratch.libraryPath, 0o600) == 0)
        #expect(throws: LibraryError(.notALibrary, "\(scratch.libraryPath) is not a casebook library")) { try scratch.open() }
    }

    @Test func anEmptyFileNamedAsTheLibraryBecomesOne() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        #expect(FileManager.default.createFile(atPath: scratch.libraryPath, contents: Data()))
        let store = try scratch.open()
        #expect(store.notices.isEmpty)
        #expect(try store.listing().map(\.id) == [1])
    }

    @Test func aLibraryFromANewerCasebookIsRefusedUntouched() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        try store.queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        try store.queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath))
        do {
            _ = try scratch.open()
            Issue.record("a newer library was opened")
        } catch let error as LibraryError {
            #expect(error.kind == .newerVersion)
            #expect(error.message.contains("newer casebook"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath)) == before)
    }

    @Test func aReadOnlyLibraryListsAndSearchesButRefusesToAdd() throws {
        guard getuid() != 0 else { return }  // root writes anywhere
        let scratch = try ScratchLibrary()
        defer {
            chmod(scratch.folder, 0o755)
            scratch.remove()
        }
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add([try scratch.copy(fixture: "anytown-child-k.txt")])
        try store.queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try store.queue.close()
        chmod(scratch.libraryPath, 0o444)
        chmod(scratch.folder, 0o555)
        let readOnly = try scratch.open()
        #expect(readOnly.isReadOnly)
        #expect(try readOnly.listing().count == 2)
        #expect(try readOnly.search(.init(parsing: "Anytown")).groups.count == 1)
        #expect(throws: LibraryError.self) { try LibraryImporter(store: readOnly).add([scratch.folder + "/anytown-child-k.txt"]) }
    }

    @Test func aLockedLibraryWaitsForTheBusyTimeoutThenSaysSoInOneLine() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let path = try scratch.copy(fixture: "anytown-child-k.txt")
        let store = try scratch.open()
        // Another program holds the write lock for longer than casebook waits.
        let other = try DatabaseQueue(path: scratch.libraryPath)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let started = Date()
            do {
                _ = try LibraryImporter(store: store).add([path])
                Issue.record("wrote through a lock")
            } catch let error as LibraryError {
                #expect(error.kind == .locked)
                #expect(error.message.contains("in use by another program"))
                #expect(!error.message.contains("\n"))
            }
            #expect(Date().timeIntervalSince(started) >= LibraryStore.busyTimeout - 0.5)
            // Reading is not blocked by the writer (WAL).
            #expect(try store.listing().count == 1)
        }
    }
}
