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
        let runtime = LibraryRuntime(catalog: Catalog()) { document in
            NotesKeeper(store: NoteStore(document: document, directory: directory))
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
}
