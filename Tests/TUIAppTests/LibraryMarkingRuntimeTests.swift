@testable import Content
import Foundation
import Testing
@testable import TUIApp
@testable import TUICore
import TUITestSupport
import Store

/// `m` in the library's search results writes the mark to the match's own review's notes store, and
/// through the open review's keeper when that review is the one open, so its screen agrees.
@Suite struct LibraryMarkingRuntimeTests {
    private typealias Catalog = LibraryRuntimeTests.Catalog

    @Test func aMarkFromSearchResultsIsSavedInItsReviewAndSeenWhenItOpens() throws {
        let directory = NSTemporaryDirectory() + "casebook-library-marking-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let runtime = LibraryRuntime(catalog: Catalog(), notesDirectory: directory) { document, others in
            NotesKeeper(store: NoteStore(document: document, directory: directory, notAdopting: others))
        }
        var browser = Browser(library: try Catalog().entries(), placeholder: Catalog.childJ, noteIDs: NoteIDSource(seed: 0),
                              width: 80, height: 24)
        func send(_ keys: String) {
            for key in keys {
                let event: KeyEvent = key == "⏎" ? .enter : .character(key)
                _ = TerminalApp.send([.input(event)], to: &browser, notes: runtime)
                _ = browser.draw()
            }
        }
        func storedMarks(_ document: ReviewDocument) throws -> Set<ItemID> {
            let store = NoteStore(document: document, directory: directory)
            try store.load()
            return store.current.marks
        }
        // No review open: the mark goes to Child Q's own store, not Child J's.
        send("/miss⏎jm")
        #expect(browser.screen.contains("Marked Child Q · 2 for the session"))
        #expect(browser.screen.contains("⚑ 2"))
        #expect(try storedMarks(Catalog.small) == [ItemID(number: 2)])
        #expect(try storedMarks(Catalog.childJ).isEmpty)
        // Opened at the match, Child Q shows it marked.
        send("⏎")
        #expect(browser.state.notes.marks == [ItemID(number: 2)])
        // With Child Q open under the library, unmarking goes through its keeper: its screen agrees.
        send("Lm")
        #expect(browser.screen.contains("Unmarked Child Q · 2"))
        #expect(browser.state.notes.marks.isEmpty)
        #expect(try storedMarks(Catalog.small).isEmpty)
        #expect(runtime.flush() == nil)
    }

    /// The catalog, counting the reviews it parses; the identities of their notes are known without parsing.
    final class Counting: LibraryCatalog, @unchecked Sendable {
        private(set) var parsed: [Int] = []
        func entries() throws -> [LibraryEntry] { try Catalog().entries() }
        func document(id: Int) throws -> ReviewDocument {
            parsed.append(id)
            return try Catalog().document(id: id)
        }
        func search(_ query: String, limit: Int) throws -> [LibraryHit] { try Catalog().search(query, limit: limit) }
        func notesIdentities(of ids: [Int]) throws -> [Int: DocumentIdentity] {
            [1: DocumentIdentity(Catalog.childJ), 2: DocumentIdentity(Catalog.small)].filter { ids.contains($0.key) }
        }
    }

    @Test func thePlanAcrossReviewsParsesOnlyTheReviewsWithMarks() throws {
        let directory = NSTemporaryDirectory() + "casebook-library-marks-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let catalog = Counting()
        let runtime = LibraryRuntime(catalog: catalog, notesDirectory: directory) { document, others in
            NotesKeeper(store: NoteStore(document: document, directory: directory, notAdopting: others))
        }
        var browser = Browser(library: try catalog.entries(), placeholder: Catalog.childJ, noteIDs: NoteIDSource(seed: 0),
                              width: 80, height: 24)
        func press(_ key: Character) {
            _ = TerminalApp.send([.input(key == "⎋" ? .escape : .character(key))], to: &browser, notes: runtime)
            _ = browser.draw()
        }
        press("M")
        #expect(browser.screen.contains("Marked for the session: 0 across 0 reviews"))
        #expect(catalog.parsed.isEmpty)
        // Child Q's 2 marked (and Child J's notes file holding no mark): only Child Q is parsed, for its gist.
        let childQ = NoteStore(document: Catalog.small, directory: directory)
        try childQ.load()
        try childQ.setMarked(ItemID(number: 2), true)
        let childJ = NoteStore(document: Catalog.childJ, directory: directory)
        try childJ.load()
        try childJ.setLastPosition(ReadingPosition(target: .item(ItemID(number: 3)), scrollLine: 0))
        press("⎋")
        press("M")
        #expect(browser.screen.contains("Marked for the session: 1 across 1 review"), "\(browser.screen)")
        #expect(browser.screen.contains("Schools should be told when a child goes missing"))
        #expect(catalog.parsed == [2])
        // Presenting finds the same: "Nothing marked in these 2 reviews" counts every review looked in.
        try childQ.setMarked(ItemID(number: 2), false)
        press("⎋")
        press("p")
        #expect(browser.screen.contains("Nothing marked in these 2 reviews"), "\(browser.screen)")
        #expect(catalog.parsed == [2])
    }
}
