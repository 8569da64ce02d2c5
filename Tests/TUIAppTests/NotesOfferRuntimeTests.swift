@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import TUIApp
@testable import TUICore
import TUITestSupport
import Store

/// The offer of notes from a document somewhat alike, end to end through the runtime's side: a real
/// store finds them, the browser asks as `TerminalApp.run` does, and y or n is carried out on disk.
@Suite struct NotesOfferRuntimeTests {
    static let rewritten = NotesFixtures.childJRewritten(from: 6)

    /// Child J's notes (two notes and a mark) in a new temporary directory.
    private func directoryWithChildJNotes() throws -> NotesTemporaryDirectory {
        let temp = NotesTemporaryDirectory()
        let store = NoteStore(document: NotesFixtures.childJ, directory: temp.path)
        try store.load()
        try store.save(Note(on: .item(ItemID(number: 1)), in: NotesFixtures.childJ, text: "Out-of-area commissioning"))
        try store.save(Note(on: .item(ItemID(number: 3, part: "b")), in: NotesFixtures.childJ, text: "Letter to the MOD"))
        try store.setMarked(ItemID(number: 2), true)
        return temp
    }

    /// The rewritten document opened as `TerminalApp.run` opens it: the offer sent after the start.
    private func open(in directory: String) -> (Browser, NotesKeeper) {
        let keeper = NotesKeeper(store: NoteStore(document: Self.rewritten, directory: directory))
        var browser = Browser(document: Self.rewritten, notes: keeper.notes, noteIDs: NoteIDSource(seed: 1), width: 80, height: 24)
        _ = TerminalApp.send(keeper.perform(browser.start()), to: &browser, notes: keeper)
        if let offer = keeper.offer { _ = TerminalApp.send([.notesOffered(offer)], to: &browser, notes: keeper) }
        return (browser, keeper)
    }

    private func send(_ key: KeyEvent, to browser: inout Browser, _ keeper: NotesKeeper) {
        _ = TerminalApp.send([.input(key)], to: &browser, notes: keeper)
    }

    @Test func yCopiesTheNotesHereAndTheyShow() throws {
        let temp = try directoryWithChildJNotes()
        var (browser, keeper) = open(in: temp.path)
        #expect(browser.screen.contains("(2 notes, 1 mark) were written on a document"))
        #expect(browser.screen.contains("57% alike. Use them here?"))
        #expect(browser.state.notes.notes.isEmpty)
        send(.character("y"), to: &browser, keeper)
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.notes.notes.map(\.text) == ["Out-of-area commissioning", "Letter to the MOD"])
        #expect(browser.screen.contains("notes copied here from child-j.txt, whose own notes are unchanged"))
        // The outline shows the mark, as for any of this document's.
        #expect(browser.screen.contains("⚑"))

        // Opened again: its own notes, no question.
        let (again, againKeeper) = open(in: temp.path)
        #expect(againKeeper.offer == nil)
        #expect(again.state.mode.input == .browse)
        #expect(again.state.notes.notes.count == 2)
    }

    @Test func nStartsEmptyAndIsNotAskedAgain() throws {
        let temp = try directoryWithChildJNotes()
        var (browser, keeper) = open(in: temp.path)
        #expect(browser.state.mode.input == .notesOffer)
        send(.character("n"), to: &browser, keeper)
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.notes.notes.isEmpty)
        #expect(browser.screen.contains("not asked again"))

        let (again, againKeeper) = open(in: temp.path)
        #expect(againKeeper.offer == nil)
        #expect(again.state.mode.input == .browse)
        #expect(again.state.notes.notes.isEmpty)
    }

    @Test func escThenQuitAsksAgainNextTime() throws {
        let temp = try directoryWithChildJNotes()
        var (browser, keeper) = open(in: temp.path)
        send(.escape, to: &browser, keeper)
        #expect(browser.state.mode.input == .browse)
        // Moving and quitting save the reading position, which must not end the offer.
        send(.character("j"), to: &browser, keeper)
        send(.character("q"), to: &browser, keeper)
        #expect(browser.isFinished)
        #expect(keeper.flush() == nil)
        let (again, _) = open(in: temp.path)
        #expect(again.state.mode.input == .notesOffer)
    }

    @Test func aSignalWhileAskingAsksAgainNextTime() throws {
        let temp = try directoryWithChildJNotes()
        var (browser, keeper) = open(in: temp.path)
        _ = TerminalApp.send([.terminate], to: &browser, notes: keeper)
        let (again, _) = open(in: temp.path)
        #expect(again.state.mode.input == .notesOffer)
    }

    @Test func aNoteWrittenAfterEscStartsThisDocumentsOwnNotes() throws {
        let temp = try directoryWithChildJNotes()
        var (browser, keeper) = open(in: temp.path)
        send(.escape, to: &browser, keeper)
        _ = TerminalApp.send(":2".map { .input(.character($0)) } + [.input(.enter), .input(.character("a"))], to: &browser, notes: keeper)
        _ = TerminalApp.send("mine".map { .input(.character($0)) } + [.input(.control("s"))], to: &browser, notes: keeper)
        let (again, againKeeper) = open(in: temp.path)
        #expect(againKeeper.offer == nil)
        #expect(again.state.notes.notes.map(\.text) == ["mine"])
    }

    @Test func anUnrelatedDocumentIsNotAsked() throws {
        let temp = try directoryWithChildJNotes()
        let keeper = NotesKeeper(store: NoteStore(document: NotesFixtures.document(NotesFixtures.sentences), directory: temp.path))
        #expect(keeper.offer == nil)
    }

    /// A library of the rewritten Child J and an unrelated review; Child J itself is not in it.
    struct RewrittenCatalog: LibraryCatalog {
        static let unrelated = NotesFixtures.document(title: "Zeta review", NotesFixtures.sentences)

        func entries() throws -> [LibraryEntry] {
            [LibraryEntry(id: 1, title: NotesOfferRuntimeTests.rewritten.title, source: "child-j-2.txt", recommendationCount: 10),
             LibraryEntry(id: 2, title: Self.unrelated.title, source: "zeta.txt", recommendationCount: Self.unrelated.sections[0].recommendations.count)]
        }

        func document(id: Int) throws -> ReviewDocument { id == 1 ? NotesOfferRuntimeTests.rewritten : Self.unrelated }

        func search(_ query: String, limit: Int) throws -> [LibraryHit] { [] }
    }

    /// Opened from the library screen (Enter on the review), the review is asked about as `casebook FILE`
    /// asks; y copies the notes, and opening it again asks nothing.
    @Test func aReviewOpenedFromTheLibraryIsOfferedTheNotesToo() throws {
        let temp = try directoryWithChildJNotes()
        let runtime = LibraryRuntime(catalog: RewrittenCatalog(), notesDirectory: temp.path) { document, others in
            NotesKeeper(store: NoteStore(document: document, directory: temp.path, notAdopting: others))
        }
        var browser = Browser(library: try RewrittenCatalog().entries(), placeholder: Self.rewritten, noteIDs: NoteIDSource(seed: 0),
                              width: 80, height: 24)
        func send(_ keys: [KeyEvent]) {
            for key in keys { _ = TerminalApp.send([.input(key)], to: &browser, notes: runtime) }
        }
        send([.enter])
        #expect(browser.document.title == Self.rewritten.title)
        #expect(browser.state.mode.input == .notesOffer)
        #expect(browser.screen.contains("57% alike. Use them here?"), "\(browser.screen)")
        send([.character("y")])
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.notes.notes.map(\.text) == ["Out-of-area commissioning", "Letter to the MOD"])
        #expect(runtime.flush() == nil)
        // The other review, then this one read again: its own notes now, no question.
        send([.character("L"), .character("j"), .enter])
        #expect(browser.document.title == "Zeta review")
        #expect(browser.state.mode.input == .browse)
        send([.character("L"), .character("k"), .enter])
        #expect(browser.document.title == Self.rewritten.title)
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.notes.notes.count == 2)
    }
}
