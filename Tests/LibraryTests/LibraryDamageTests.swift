import Foundation
import GRDB
@testable import Library
import Testing

/// A library file whose header is sound but some of whose pages were overwritten: damage in what every
/// command reads first is moved aside as a file that is not a library is; damage found later is one line.
@Suite struct LibraryDamageTests {
    /// A library of three reviews, closed, and the page size and root page of `table` (a table or index).
    private func library(rootOf table: String) throws -> (ScratchLibrary, pageSize: Int, root: Int) {
        let scratch = try ScratchLibrary()
        let store = try scratch.open()
        let files = try ["anytown-child-k.txt", "oakridge-child-r-local-authority.txt", "westshire-child-l-crlf.txt"].map(scratch.copy(fixture:))
        _ = try LibraryImporter(store: store).add(files)
        let (pageSize, root) = try store.queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0,
             try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [table]) ?? 0)
        }
        try store.queue.close()
        return (scratch, pageSize, root)
    }

    /// Overwrites page `number` (counted from 1) with bytes that are not a page, as a failing disk might.
    private func overwrite(page number: Int, pageSize: Int, of path: String) throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<pageSize).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        try file.seek(toOffset: UInt64((number - 1) * pageSize))
        try file.write(contentsOf: Data(bytes))
    }

    @Test func damageInTheListIsMovedAsideAndAFreshLibraryMade() throws {
        let (scratch, pageSize, root) = try library(rootOf: "document_listing")
        defer { scratch.remove() }
        #expect(root > 1)
        try overwrite(page: root, pageSize: pageSize, of: scratch.libraryPath)
        let damaged = try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath))

        let store = try scratch.open()
        #expect(store.notices.count == 1)
        #expect(store.notices.first?.hasPrefix("library was damaged (corrupt), so casebook started a fresh one; the old file is kept as \(scratch.libraryPath).corrupt-") == true)
        #expect(try store.listing().map(\.id) == [1])
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.folder).filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.folder + "/" + (aside.first ?? ""))) == damaged)
    }

    @Test func damageFoundLaterIsOneLineAndChangesNothing() throws {
        // The list reads its own index, so damage to the documents' stored text shows only when one is opened.
        let (scratch, pageSize, root) = try library(rootOf: "document")
        defer { scratch.remove() }
        try overwrite(page: root, pageSize: pageSize, of: scratch.libraryPath)
        let damaged = try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath))

        let store = try scratch.open()
        #expect(store.notices.isEmpty)
        #expect(try store.listing().count == 4)
        do {
            _ = try store.openDocument(id: 2)
            Issue.record("a damaged document was opened")
        } catch {
            #expect(error.kind == .cannotOpen)
            #expect(error.message == "library \(scratch.libraryPath) is damaged (database disk image is malformed); nothing was changed")
        }
        try store.queue.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.libraryPath)) == damaged)
    }

    @Test func aDamagedLibraryThatCannotBeWrittenIsLeftWhereItIs() throws {
        let (scratch, pageSize, root) = try library(rootOf: "document_listing")
        defer { scratch.remove() }
        try overwrite(page: root, pageSize: pageSize, of: scratch.libraryPath)
        do {
            _ = try LibraryStore.open(path: scratch.libraryPath, access: .read)
            Issue.record("a damaged library was opened")
        } catch {
            #expect(error.message.contains("is damaged (database disk image is malformed); nothing was changed"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder).filter { $0.contains(".corrupt-") }.isEmpty)
    }
}
