import Content
import Foundation
import Library
import Search
import TestFixtures
import Testing
@testable import TUIApp
@testable import TUICore

/// The library screen's `C` with a filter lists what `casebook commitments --filter` lists of the same
/// library (`LibraryStore.commitments(of:matching:userData:)`), commitment for commitment.
@Suite struct LibraryTrackerFilterTests {
    static func library(in folder: String) throws -> LibraryStore {
        let store = try LibraryStore.open(path: folder + "/library.sqlite")
        let files = try ["anytown-child-k.txt", "oakridge-child-r-local-authority.txt", "cresswell-progress-timeline.txt"].map { name in
            let path = folder + "/" + name
            try FixtureFile.named(name).text().write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        _ = try LibraryImporter(store: store).add(files)
        return store
    }

    /// The commitments the tracker shows after `f` FILTER Enter `C`.
    static func tracked(_ filter: String, in store: LibraryStore) throws -> [String] {
        let runtime = LibraryRuntime(catalog: store, notesDirectory: nil) { _, _ in NotesKeeper(store: nil) }
        var browser = Browser(library: try store.entries(), noteIDs: NoteIDSource(seed: 0), width: 100, height: 30)
        for key in [KeyEvent.character("f")] + filter.map(KeyEvent.character) + [.enter, .character("C")] {
            _ = TerminalApp.send([.input(key)], to: &browser, notes: runtime)
        }
        guard case let .tracker(view, _, _)? = browser.library?.mode, let shown = view.commitments?.commitments else { return ["no tracker"] }
        return describe(shown).sorted()
    }

    static func describe(_ commitments: LibraryCommitments) -> [String] {
        commitments.indices.map { "\(commitments[$0].document):\(commitments.code(at: $0)) \(commitments[$0].status) \(commitments[$0].sentence)" }
    }

    @Test func theTrackerAndTheCommandListTheSameCommitmentsForEachFilter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-tracker-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Self.library(in: folder)
        let ids = try store.listing().map(\.id)
        let every = try store.commitments(of: ids).count
        var narrowed = 0
        for filter in ["agency:police status:planned", "agency:police", "status:planned", "status:progress", "theme:missing",
                       "agency:health", "agency:police agency:health", "theme:neglect status:completed"] {
            let command = Self.describe(try store.commitments(of: ids, matching: try SearchQuery(parsing: filter), userData: nil)).sorted()
            #expect(try Self.tracked(filter, in: store) == command, "\(filter)")
            if command.count < every { narrowed += 1 }
        }
        // The filters choose: most list fewer than every commitment.
        #expect(narrowed >= 5)
    }
}
