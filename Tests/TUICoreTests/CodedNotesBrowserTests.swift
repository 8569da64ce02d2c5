@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Through the browser's keys on a document coded in series (E1, E2, PR1, PR2): a note and a mark made
/// on PR2 show on PR2 only, in the outline, the reader and the notes list.
@Suite struct CodedNotesBrowserTests {
    /// The coded fixture's recommendations (ashby-letter-codes.txt), as the library's tests parse them.
    static let coded = LibraryCodedOpenTests.coded
    static let pr2 = ItemID(number: 2, series: "PR")

    static func browser() -> Browser {
        Browser(document: coded, options: BrowserOptions(colorEnabled: false), width: 80, height: 24)
    }

    @Test func aNoteAndAMarkOnPR2ShowOnPR2Only() {
        var browser = Self.browser()
        browser.type(":PR2⏎")
        #expect(browser.state.selection == .recommendation(2, occurrence: 1))
        browser.type("a")
        browser.type("ask the ICB")
        browser.press(.control("s"))
        #expect(browser.type("m") == [.persist(.mark(Self.pr2, true))])
        #expect(browser.state.message?.hasPrefix("Marked PR2 for the session") == true)
        let lines = browser.render().lines
        #expect(outlineRow(lines, "PR2")?.hasSuffix("✎⚑") == true)
        #expect(outlineRow(lines, "E2")?.contains("✎") == false)
        #expect(outlineRow(lines, "E2")?.contains("⚑") == false)
        #expect(browser.screen.contains("ask the ICB"))
        browser.type(":E2⏎")
        #expect(browser.state.selection == .recommendation(2))
        #expect(!browser.screen.contains("ask the ICB"))
    }

    @Test func theNotesListNamesPR2AndEnterGoesThere() {
        var browser = Self.browser()
        browser.type(":PR2⏎a")
        browser.type("ask the ICB")
        browser.press(.control("s"))
        browser.type(":1⏎")
        browser.type("A")
        #expect(browser.screen.contains("PR2"))
        browser.type("⏎")
        #expect(browser.state.selection == .recommendation(2, occurrence: 1))
    }

    @Test func reopenedAtPR2WithItsNotesTheBrowserIsOnPR2() {
        var notes = DocumentNotes(for: Self.coded)
        notes.notes.append(Note(on: .item(Self.pr2), in: Self.coded, text: "ask the ICB"))
        notes.lastPosition = ReadingPosition(target: .item(Self.pr2))
        var browser = Browser(document: Self.coded, options: BrowserOptions(colorEnabled: false), notes: notes, width: 80, height: 24)
        _ = browser.draw()
        #expect(browser.state.selection == .recommendation(2, occurrence: 1))
        #expect(browser.screen.contains("ask the ICB"))
        #expect(browser.screen.contains("Rec PR2") || browser.screen.contains("Recommendation PR2"))
    }
}
