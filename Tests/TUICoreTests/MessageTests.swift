@testable import Content
import Foundation
import Testing
@testable import TUICore
import TUITestSupport

/// The loop's messages: time arrives in ticks, ids from the source given at init, store results as messages.
@Suite struct MessageTests {
    private static let document = DocumentLoader.builtInDocument()

    private func saveNote(_ text: String, in browser: inout Browser) -> Note? {
        browser.type(":3⏎a" + text)
        guard case let .persist(.upsert(note))? = browser.press(.control("s")).first else { return nil }
        return note
    }

    @Test func aNoteIsStampedWithTheTimeTheLastTickBrought() {
        var browser = Browser.childJ(width: 80, height: 24)
        let moment = Moment(seconds: 5, date: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(browser.update(.tick(moment)).isEmpty)
        let note = saveNote("stamped", in: &browser)
        #expect(note?.createdAt == moment.date)
        #expect(note?.updatedAt == moment.date)
    }

    @Test func newNotesTakeTheirIdsFromTheInjectedSource() {
        var expected = NoteIDSource(seed: 42)
        var browser = Browser(document: Self.document, noteIDs: NoteIDSource(seed: 42), width: 80, height: 24)
        let first = saveNote("one", in: &browser)
        #expect(first?.id == expected.next())
        let second = saveNote("two", in: &browser)
        // The same item's note is edited, so it keeps its id; a new item's note takes the next one.
        #expect(second?.id == first?.id)
        browser.type(":4⏎a")
        browser.type("three")
        guard case let .persist(.upsert(third))? = browser.press(.control("s")).first else {
            Issue.record("no save"); return
        }
        #expect(third.id == expected.next())
    }

    @Test func idsAreUUIDShapedAndDifferBySeed() {
        var one = NoteIDSource(seed: 1), two = NoteIDSource(seed: 2)
        let id = one.next()
        #expect(UUID(uuidString: id) != nil)
        #expect(id != two.next())
        #expect(id != one.next())
    }

    @Test func theStoresNotesReplaceTheBrowsersAndAFailureShowsItsReason() {
        var browser = Browser.childJ(width: 80, height: 24)
        var notes = DocumentNotes(for: Self.document)
        notes.marks = [ItemID(number: 2)]
        #expect(browser.update(.notesChanged(notes)).isEmpty)
        #expect(browser.state.notes.marks == [ItemID(number: 2)])
        #expect(browser.update(.notesFailed("cannot save notes: disk full")).isEmpty)
        #expect(browser.state.message == "cannot save notes: disk full")
        // A message lasts until the next key.
        browser.type("j")
        #expect(browser.state.message == nil)
    }

    @Test func aTickDrivesTheSessionClockFromItsTime() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("pc")
        browser.tick(seconds: 100)
        browser.tick(seconds: 161)
        #expect(browser.state.presentation?.elapsedSeconds == 61)
    }
}
