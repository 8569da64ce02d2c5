@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// `p` in the library: the marked recommendations of the reviews the filter keeps, presented review by
/// review on the one presentation screen, each slide naming its review; each review is opened in turn,
/// so what the room says is saved in that review's own notes.
@Suite struct LibraryPresentTests {
    private typealias Library = LibraryBrowserTests

    /// What each review has marked: Child M (id 3) its 2 and 3a, Child J (id 1) its 5 and 3; Child K nothing.
    static let marks: [Int: [ItemID]] = [3: [ItemID(number: 3, part: "a"), ItemID(number: 2)], 1: [ItemID(number: 5), ItemID(number: 3)]]

    /// Types keys, answering the effects as the runtime would (the marks as above); returns the effects.
    @discardableResult
    static func drive(_ browser: inout Browser, _ keys: String) -> [Effect] {
        var all: [Effect] = []
        for key in keys {
            let effects = browser.type(String(key))
            all += effects
            for effect in effects { all += answer(effect, in: &browser) }
        }
        return all
    }

    /// Answers an effect; returns the effects the answer brought (reading the marks opens a review), answered too.
    @discardableResult
    static func answer(_ effect: Effect, in browser: inout Browser) -> [Effect] {
        guard case let .readMarks(ids) = effect else {
            Library.answer(effect, in: &browser)
            return []
        }
        let documents = ids.map { $0 == 1 ? Library.childJ : SampleDocuments.small }
        let follow = browser.update(.libraryMarksRead(ids: ids, documents: documents, marks: ids.map { marks[$0] ?? [] }, lookedIn: ids.count))
        for effect in follow { Library.answer(effect, in: &browser) }
        return follow
    }

    static func presenting(width: Int = 80, height: Int = 24) -> Browser {
        var browser = Library.library(width: width, height: height)
        drive(&browser, "p")
        return browser
    }

    @Test func pReadsTheMarksOfTheReviewsTheFilterKeepsInTheirOrder() {
        var browser = Library.library()
        #expect(browser.type("p") == [.readMarks([1, 2, 3])])
        Library.drive(&browser, "&child j⏎")
        #expect(browser.type("p") == [.readMarks([1])])
    }

    @Test func theSessionGoesReviewByReviewEachSlideNamingItsReview() {
        var browser = Library.library()
        var effects = Self.drive(&browser, "p")
        // Child J first (the list's order), at its first marked recommendation in reading order (3, then 5).
        #expect(effects.last == .openReview(document: 1, at: ItemID(number: 3)))
        #expect(!browser.showsLibrary)
        #expect(browser.state.presentation?.keys.map(\.number) == [3, 5])
        var screen = browser.screen
        #expect(screen.contains("Child J · Recommendation 3"))
        #expect(screen.contains("1 / 4"))
        Self.drive(&browser, "n")
        #expect(browser.screen.contains("Child J · Recommendation 5"))
        let steps = RevealStep.steps(of: Library.childJ.recommendation(ItemID(number: 5))!, questions: browser.state.questions.count).count
        Self.drive(&browser, String(repeating: " ", count: steps - 1))
        #expect(browser.screen.contains("Space: next review"))
        // Past the review's last slide: the next review opens, at its first marked recommendation (a
        // marked part brings its recommendation).
        effects = Self.drive(&browser, "n")
        #expect(effects == [.openReview(document: 3, at: ItemID(number: 2))])
        screen = browser.screen
        #expect(browser.state.document.title == SampleDocuments.small.title)
        #expect(browser.state.presentation?.keys.map(\.number) == [2, 3])
        #expect(screen.contains("Child M · Recommendation 2"))
        #expect(screen.contains("3 / 4"))
        // Within a review, no reading; at the end of the session, it says so.
        #expect(Self.drive(&browser, "n").isEmpty)
        #expect(browser.screen.contains("4 / 4"))
        Self.drive(&browser, "n")
        #expect(browser.screen.contains("This is the last recommendation of the session"))
        // Back across: the review before opens at its last slide.
        Self.drive(&browser, "pp")
        #expect(browser.state.document.title == Library.childJ.title)
        #expect(browser.screen.contains("Child J · Recommendation 5"))
        #expect(browser.screen.contains("2 / 4"))
    }

    @Test func theRoomsAnswerIsSavedInTheReviewOnScreen() {
        var browser = Self.presenting()
        let questions = browser.state.questions.count
        let steps = RevealStep.steps(of: Library.childJ.recommendation(ItemID(number: 3))!, questions: questions).count
        Self.drive(&browser, String(repeating: " ", count: steps - 1))
        Self.drive(&browser, "a")
        #expect(browser.screen.contains("The room's answer"))
        browser.type("Ask the school nurse")
        let effects = browser.press(.control("s"))
        guard case let .persist(.upsert(note))? = effects.first else { Issue.record("no save: \(effects)"); return }
        // The runtime's notes are the open review's: Child J's, at its recommendation 3.
        #expect(browser.state.document.title == Library.childJ.title)
        #expect(note.kind == .roomAnswer)
        #expect(note.target == .item(ItemID(number: 3)))
        #expect(browser.state.isPresenting)
    }

    @Test func qReturnsToTheLibraryAndTheReviewStaysOpenAtTheSlide() {
        var browser = Self.presenting()
        Self.drive(&browser, "nn")
        Self.drive(&browser, "q")
        #expect(browser.showsLibrary)
        #expect(browser.session == nil)
        #expect(browser.library?.openReview == 3)
        #expect(browser.state.selection.recommendationNumber == 2)
        // Presenting again starts at the first review's first slide.
        #expect(Self.drive(&browser, "p").last == .openReview(document: 1, at: ItemID(number: 3)))
        #expect(browser.screen.contains("1 / 4"))
    }

    @Test func nothingMarkedSaysHowToMark() {
        var browser = Library.library()
        Library.drive(&browser, "&child k⏎")
        Self.drive(&browser, "p")
        #expect(browser.showsLibrary)
        #expect(browser.screen.contains("Nothing marked in this review"))
    }

    @Test func casebookPresentOnTheLibraryAsksForTheMarksAtStartAndQQuits() {
        var browser = Browser(library: Library.entries, placeholder: Library.childJ,
                              options: BrowserOptions(startInPresentation: true),
                              noteIDs: NoteIDSource(seed: 0), width: 80, height: 24)
        // The placeholder is not presented: the session across the reviews is.
        #expect(!browser.state.isPresenting)
        let start = browser.start()
        #expect(start == [.readMarks([1, 2, 3])])
        for effect in start { Self.answer(effect, in: &browser) }
        // Opening the first review is the marks' answer's effect: answered as the runtime would.
        #expect(browser.session != nil)
        #expect(browser.screen.contains("q quit"))
        #expect(browser.type("q").contains(.quit))
    }

    @Test func goldenLibraryPresentation() {
        var wide = Self.presenting()
        Self.drive(&wide, "nn")
        Golden.check(wide.render(), "library-present-80x24")
        let narrow = Self.presenting(width: 40, height: 12)
        Golden.check(narrow.render(), "library-present-40x12")
    }
}
