import Foundation
import GRDB
@testable import Library
import Testing

/// A library from an older casebook on a drive or file casebook cannot write is read as it is, through
/// a private up-to-date copy, and said to be read-only; the file itself is never changed. (The tests run
/// as root, who writes anywhere: the file is made read-only and the store told it cannot write.)
@Suite struct LibraryOlderReadOnlyTests {
    /// A library as a casebook of migration v7 left it, with one review, read-only.
    private static func olderLibrary(_ scratch: ScratchLibrary) throws -> Data {
        let queue = try DatabaseQueue(path: scratch.libraryPath)
        let v7 = try #require(LibrarySchema.migrator.migrations.first { $0.hasPrefix("v7:") })
        try LibrarySchema.migrator.migrate(queue, upTo: v7)
        let path = try scratch.copy(fixture: "anytown-child-k.txt")
        let prepared = try PreparedDocument(content: try Data(contentsOf: URL(fileURLWithPath: path)), source: path)
        try queue.write { db in _ = try LibraryWriter.insert(prepared, in: db) }
        try queue.close()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: scratch.libraryPath)
        return try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath))
    }

    @Test func anOlderReadOnlyLibraryIsReadAsItIsAndSaidToBeReadOnly() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let before = try Self.olderLibrary(scratch)
        let folder = try Self.readAsItIs(scratch)
        // The copy goes with the store.
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath)) == before)
    }

    /// Opens the library, reads it as a user would and returns the copy's folder, the store gone.
    private static func readAsItIs(_ scratch: ScratchLibrary) throws -> String {
        let opened = try LibraryStore.open(path: scratch.libraryPath, access: .read)
        #expect(opened.isReadOnly)
        #expect(opened.notices == [OlderLibraryCopy.notice(scratch.libraryPath)])
        #expect(opened.notices.allSatisfy { !$0.contains("\n") })
        #expect(try opened.listing().map(\.id) == [1, 2])
        #expect(try opened.search(.init(parsing: "Anytown")).groups.map(\.document) == [2])
        #expect(try opened.openDocument(id: 2).source.hasSuffix("anytown-child-k.txt"))
        // What the later migrations add is there: the learning facets' stored values (v8).
        #expect(try opened.commitments(of: [2], filter: "has:due").count > 0)
        #expect(throws: LibraryError.self) { try opened.remove([2]) }
        let folder = try #require(opened.copyFolder)
        #expect(folder.hasPrefix(FileManager.default.temporaryDirectory.path))
        #expect(FileManager.default.fileExists(atPath: folder + "/library.sqlite"))
        return folder
    }

    @Test func aLargerOneKeepsTheMessageThatItCannotBeBroughtUpToDate() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let before = try Self.olderLibrary(scratch)
        do {
            _ = try LibraryStore.open(path: scratch.libraryPath, access: .read, largestCopy: 1_024)
            Issue.record("opened a library larger than the copy's bound")
        } catch {
            #expect(error.kind == .readOnly)
            #expect(error.message.contains("cannot be brought up to date"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath)) == before)
    }
}
