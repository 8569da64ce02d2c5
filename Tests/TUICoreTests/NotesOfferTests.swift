@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Notes of a document somewhat alike: the browser asks once, on screen, through the keymap; y asks
/// the runtime to copy them, n to never use them here, Esc leaves them for next time.
@Suite struct NotesOfferTests {
    static let offer = NotesOffer(title: "Response to the Recommendations from the Serious Case Review of Child J",
                                  contents: "2 notes, 1 mark", percentAlike: "57%")

    private func offered(width: Int = 80, height: Int = 24) -> Browser {
        var browser = Browser.childJ(width: width, height: height)
        #expect(browser.update(.notesOffered(Self.offer)).isEmpty)
        return browser
    }

    @Test func theQuestionShowsAt80x24And40x12() {
        let browser = offered()
        #expect(browser.state.mode.input == .notesOffer)
        Golden.check(browser.render(), "notes-offer-80x24")
        let small = offered(width: 40, height: 12)
        Golden.check(small.render(), "notes-offer-40x12")
    }

    @Test func aLongTitleGivesWaySoTheChoicesShowAt40x12() {
        var browser = Browser.childJ(width: 40, height: 12)
        let title = String(repeating: "Safeguarding practice review ", count: 8)
        _ = browser.update(.notesOffered(NotesOffer(title: title, contents: "3 notes", percentAlike: "31%")))
        let screen = browser.screen
        #expect(screen.contains("review …"))
        #expect(screen.contains("y  yes: use a copy of them here"))
        #expect(screen.contains("Esc  not now (ask next time)"))
    }

    @Test func yAsksTheRuntimeToCopyThem() {
        var browser = offered()
        // Keys the question does not claim do nothing (q does not quit under it).
        #expect(browser.type("jq").isEmpty)
        #expect(browser.state.mode.input == .notesOffer)
        #expect(browser.type("y") == [.answerNotesOffer(accept: true)])
        #expect(browser.state.mode.input == .browse)
        #expect(browser.screen.contains("Copying the notes here"))
    }

    @Test func nAsksTheRuntimeNeverToUseThem() {
        var browser = offered()
        #expect(browser.type("n") == [.answerNotesOffer(accept: false)])
        #expect(browser.state.mode.input == .browse)
        #expect(browser.screen.contains("Not used here, and not asked again"))
    }

    @Test func escLeavesThemForNextTime() {
        var browser = offered()
        #expect(browser.press(.escape).isEmpty)
        #expect(browser.state.mode.input == .browse)
        #expect(browser.screen.contains("asked again when this document is next opened"))
    }

    @Test func aHostileTitleIsShownHarmlessly() {
        var browser = Browser.childJ(width: 80, height: 24)
        _ = browser.update(.notesOffered(NotesOffer(title: "Evil\u{1B}]0;PWNED\u{07}\nreview", contents: "1 note", percentAlike: "40%")))
        let screen = browser.screen
        #expect(screen.contains("Evil^[]0;PWNED^G review"))
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func whilePresentingTheStatusLineSaysWhereToChoose() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("p")
        _ = browser.update(.notesOffered(Self.offer))
        #expect(browser.state.mode.input == .presenting)
        #expect(browser.state.message?.contains("Notes from a document 57% alike not used; casebook FILE asks") == true)
    }
}
