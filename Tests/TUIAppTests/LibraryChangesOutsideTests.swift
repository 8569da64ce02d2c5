import Content
import Foundation
import Library
import TestFixtures
import Testing
@testable import TUIApp
@testable import TUICore

/// Another casebook removing reviews while the browser shows the library: the runtime sees the
/// library's data version change and hands the core the list as it now is, once.
@Suite struct LibraryChangesOutsideTests {
    @Test func anotherProcessRemovingReviewsIsSeenOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-changes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try LibraryStore.open(path: folder + "/library.sqlite")
        let files = try ["anytown-child-k.txt", "oakridge-child-r-local-authority.txt"].map { name in
            let path = folder + "/" + name
            try FixtureFile.named(name).text().write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        _ = try LibraryImporter(store: store).add(files)
        let runtime = LibraryRuntime(catalog: store, notesDirectory: nil) { _, _ in NotesKeeper(store: nil) }
        let listed = try store.entries()
        runtime.watchChanges(listed: listed)
        #expect(runtime.changesOutside().isEmpty)

        // Another process: its own connection to the same file.
        let other = try LibraryStore.open(path: folder + "/library.sqlite")
        let gone = listed.last!.id
        _ = try other.remove([gone])
        let changes = runtime.changesOutside()
        guard changes.count == 1, case let .libraryChanged(entries)? = changes.first else {
            Issue.record("expected the list read again, got \(changes)")
            return
        }
        #expect(entries == listed.filter { $0.id != gone })
        #expect(runtime.changesOutside().isEmpty)

        // The browser on the library takes the key after the change: the list counts what is left.
        var browser = Browser(library: listed, noteIDs: NoteIDSource(seed: 0), width: 80, height: 24)
        _ = TerminalApp.send(changes + [.input(.character("j"))], to: &browser, notes: runtime)
        #expect(browser.draw().lines.joined().contains("Library · \(listed.count - 1) reviews"))
    }
}
