import Content
import Foundation
import Learning
import Library
import TestFixtures
import Testing
@testable import TUIApp
@testable import TUICore

/// The library screen's `t`, `a` and `C` on a small library file: read from the rows the store keeps,
/// they show what they showed when every review was parsed, cell for cell, and parse nothing.
@Suite struct LibraryViewsFromStoreTests {
    /// The store, with every review parsed for the matrices and the tracker (Learning's default), and a
    /// count of the documents parsed.
    final class Parsing: LibraryCatalog, @unchecked Sendable {
        let store: LibraryStore
        let parses: Bool
        private(set) var parsed = 0
        init(_ store: LibraryStore, parses: Bool) {
            self.store = store
            self.parses = parses
        }
        func entries() throws -> [LibraryEntry] { try store.entries() }
        func document(id: Int) throws -> ReviewDocument {
            parsed += 1
            return try store.document(id: id)
        }
        func search(_ query: String, limit: Int) throws -> [LibraryHit] { [] }
        func recommendations(of ids: [Int]) throws -> [LibraryRecommendation] {
            parses ? try ids.flatMap { id in
                let document = try document(id: id)
                return LibraryRecommendation.rows(document: id, of: document, learning: LearningIndex(document: document))
            } : try store.recommendations(of: ids)
        }
        func commitments(of ids: [Int]) throws -> LibraryCommitments {
            parses ? LibraryCommitments(try ids.flatMap { id in LibraryCommitment.rows(document: id, learning: LearningIndex(document: try document(id: id))) })
                : try store.commitments(of: ids)
        }
    }

    /// Every frame of `keys` on the library, 100×30.
    private func frames(_ catalog: Parsing, _ keys: [KeyEvent]) throws -> [CellGrid] {
        let runtime = LibraryRuntime(catalog: catalog, notesDirectory: nil) { _, _ in NotesKeeper(store: nil) }
        var browser = Browser(library: try catalog.entries(), noteIDs: NoteIDSource(seed: 0), width: 100, height: 30)
        return keys.map { key in
            _ = TerminalApp.send([.input(key)], to: &browser, notes: runtime)
            return browser.draw()
        }
    }

    @Test func themesAgenciesAndTheTrackerShowWhatParsingEveryReviewShowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-views-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try LibraryStore.open(path: folder + "/library.sqlite")
        let files = try ["anytown-child-k.txt", "oakridge-child-r-local-authority.txt", "cresswell-progress-timeline.txt"].map { name in
            let path = folder + "/" + name
            try FixtureFile.named(name).text().write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        #expect(try LibraryImporter(store: store).add(files).added == 3)
        let keys: [KeyEvent] = [.character("t"), .character("j"), .character("l"), .enter, .escape, .escape,
                                .character("a"), .character("j"), .enter, .escape, .escape,
                                .character("C"), .character("j"), .character("G"), .escape,
                                .character("f")] + "year:2020..2030".map(KeyEvent.character) + [.enter, .character("C")]
        let fromStore = Parsing(store, parses: false)
        let parsing = Parsing(store, parses: true)
        let stored = try frames(fromStore, keys)
        let parsed = try frames(parsing, keys)
        for (index, (a, b)) in zip(stored, parsed).enumerated() {
            #expect(a == b, "frame \(index) after \(keys[index])")
        }
        #expect(fromStore.parsed == 0)
        #expect(parsing.parsed > 0)
        // The frames show the views, not a message.
        #expect(stored[0].lines.joined().contains("Themes × 4 reviews"))
        #expect(stored[6].lines.joined().contains("Agencies × 4 reviews"))
        #expect(stored[11].lines.joined().contains("Still to do:"))
    }
}
