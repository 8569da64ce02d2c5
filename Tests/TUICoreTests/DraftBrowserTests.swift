@testable import Content
import Foundation
import Testing
@testable import TUICore
import TUITestSupport

/// Nothing typed in the note editor is lost: Ctrl-C cancels it as Esc does, a session that must end
/// keeps its text as a draft, and the editor offers that draft when it opens on the same note again.
@Suite struct DraftBrowserTests {
    private static let document = DocumentLoader.builtInDocument()
    private static let savedAt = Date(timeIntervalSince1970: 1_000_000)

    @Test func controlCInTheEditorAsksBeforeDiscardingAChangedText() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":6a⏎a")
        browser.type("Who chairs the group?")
        #expect(browser.press(.control("c")).isEmpty)
        Golden.check(browser.render(), "editor-control-c-80x24")
        // Ctrl-C at the question keeps editing; the text is all there.
        browser.press(.control("c"))
        #expect(browser.state.mode.input == .editor)
        #expect(browser.state.editor?.text == "Who chairs the group?")
        browser.press(.control("c"))
        browser.type("y")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.message == "Changes discarded")
        #expect(!browser.state.isFinished)
    }

    @Test func controlCOnAnUnchangedEditorClosesItAndAtThePromptCancelsIt() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("a")
        browser.press(.control("c"))
        #expect(browser.state.mode.input == .browse)
        browser.type("/reach")
        browser.press(.control("c"))
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.search == nil)
        #expect(!browser.state.isFinished)
    }

    @Test func controlCInTheBrowserEndsTheSessionSavingThePosition() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":4⏎")
        let effects = browser.press(.control("c"))
        #expect(effects == [.persist(.position(ReadingPosition(target: .item(ItemID(number: 4))))), .quit])
        #expect(browser.state.isFinished)
    }

    @Test func endingWithTheEditorOpenKeepsItsTextAsADraftAndThePosition() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.tick(seconds: Self.savedAt.timeIntervalSince1970)
        browser.type(":3b⏎a")
        browser.type("half a thought")
        let draft = NoteDraft(target: .item(ItemID(number: 3, part: "b")), text: "half a thought", savedAt: Self.savedAt)
        #expect(browser.update(.terminate) == [
            .persist(.keepDraft(draft)),
            .persist(.position(ReadingPosition(target: .item(ItemID(number: 3, part: "b"))))),
            .quit,
        ])
        #expect(browser.state.isFinished)
        // Only once, however many signals follow.
        #expect(browser.update(.terminate).isEmpty)
    }

    @Test func endingWithoutChangesKeepsNoDraft() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("a")
        #expect(browser.update(.terminate) == [.persist(.position(ReadingPosition(target: .introduction))), .quit])
    }

    /// A browser whose notes hold a draft on 3b, written `minutes` before the last tick.
    private func browserWithDraft(minutes: Double = 5) -> (Browser, NoteDraft) {
        let draft = NoteDraft(target: .item(ItemID(number: 3, part: "b")), text: "half a thought\nand more",
                              savedAt: Self.savedAt)
        var notes = DocumentNotes(for: Self.document)
        notes.drafts = [draft]
        var browser = Browser(document: Self.document, notes: notes, width: 80, height: 24)
        browser.tick(seconds: Self.savedAt.timeIntervalSince1970 + minutes * 60)
        return (browser, draft)
    }

    @Test func theEditorOffersTheDraftAndEnterRestoresIt() {
        var (browser, draft) = browserWithDraft()
        browser.type(":3b⏎a")
        Golden.check(browser.render(), "editor-draft-offer-80x24")
        #expect(browser.screen.contains("A draft from 5 min ago was kept — Enter restore, d discard"))
        #expect(browser.press(.enter) == [.persist(.dropDraft(draft.slot))])
        #expect(browser.state.editor?.text == "half a thought\nand more")
        #expect(browser.state.notes.drafts.isEmpty)
        browser.press(.control("s"))
        #expect(browser.state.notes.notes(on: .item(ItemID(number: 3, part: "b"))).map(\.text) == ["half a thought\nand more"])
    }

    @Test func theOfferKeepsItsKeysInANarrowWindow() {
        let draft = NoteDraft(target: .item(ItemID(number: 3, part: "b")), text: "half a thought", savedAt: Self.savedAt)
        var notes = DocumentNotes(for: Self.document)
        notes.drafts = [draft]
        var browser = Browser(document: Self.document, notes: notes, width: 40, height: 12)
        browser.type(":3b⏎a")
        #expect(browser.screen.contains("Draft: Enter restore  d discard"))
        #expect(browser.screen.contains("half a thought"))
    }

    @Test func dDiscardsTheDraftAndEscKeepsItForLater() {
        var (browser, draft) = browserWithDraft()
        browser.type(":3b⏎a")
        browser.press(.escape)
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.notes.drafts == [draft])
        browser.type("a")
        #expect(browser.type("d") == [.persist(.dropDraft(draft.slot))])
        #expect(browser.state.editor?.text == "")
        #expect(browser.state.mode.input == .editor)
    }

    @Test func aDraftIsOfferedOnlyOnItsOwnNote() {
        var (browser, _) = browserWithDraft()
        browser.type(":3⏎a")
        #expect(browser.state.mode.input == .editor)
        #expect(!browser.screen.contains("A draft"))
    }

    @Test func aRoomsAnswerCutShortIsOfferedAgainAtItsQuestion() throws {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3⏎p")
        while browser.state.presentation?.currentQuestion(in: browser.state) == nil { browser.type(" ") }
        let question = try #require(browser.state.presentation?.currentQuestion(in: browser.state))
        browser.type("a")
        browser.type("the room was split")
        let effects = browser.update(.terminate)
        let draft = try #require(effects.compactMap { effect -> NoteDraft? in
            if case let .persist(.keepDraft(draft)) = effect { return draft } else { return nil }
        }.first)
        #expect(draft.kind == .roomAnswer && draft.question == question && draft.text == "the room was split")

        var notes = DocumentNotes(for: Self.document)
        notes.apply(.keepDraft(draft))
        var again = Browser(document: Self.document, notes: notes, width: 80, height: 24)
        again.type(":3⏎p")
        again.type("a")
        // Not on the question yet: a fresh answer, no offer.
        #expect(again.state.mode.input == .editor)
        again.press(.escape)
        while again.state.presentation?.currentQuestion(in: again.state) != question { again.type(" ") }
        again.type("a")
        #expect(again.state.mode.input == .draftOffer)
    }

    @Test func theDraftsAgeReadsAsPeopleSayIt() {
        let now = Self.savedAt
        #expect(EditorOverlay.age(of: now, now: now.addingTimeInterval(20)) == "just now")
        #expect(EditorOverlay.age(of: now, now: now.addingTimeInterval(3 * 3600)) == "3 h ago")
        #expect(EditorOverlay.age(of: now, now: now.addingTimeInterval(3 * 86400)) == "3 days ago")
    }
}
