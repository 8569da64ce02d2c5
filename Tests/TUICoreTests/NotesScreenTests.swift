@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// The note editor and the notes list on screen: golden screens, small windows, scrolling.
@Suite struct NotesScreenTests {
    @Test func goldenEditorAndNotesList80x24() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":6a⏎a")
        browser.type("Who chairs the group?⏎Ask Sam — café at 10")
        browser.press(.left, .left, .left)
        Golden.check(browser.render(), "editor-6a-80x24")
        #expect(browser.render().cursor! == (6, 21))
        browser.press(.control("s"))
        browser.type("m:2⏎m")
        browser.type("A")
        Golden.check(browser.render(), "notes-list-80x24")
    }

    @Test func theEditorFitsASmallWindowAndKeepsTheCursorInView() {
        var browser = Browser.childJ(width: 40, height: 12)
        browser.type("a")
        for index in 1...20 { browser.type("line \(index)⏎") }
        browser.type("last")
        let screen = browser.screen
        #expect(screen.contains("last"))
        #expect(!screen.contains("line 1\n"))
        let cursor = browser.render().cursor!
        #expect(browser.render().lines[cursor.row].contains("last"))
        browser.press(.resize(width: 80, height: 24))
        let resized = browser.render()
        #expect(resized.lines[resized.cursor!.row].contains("last"))
        browser.press(.up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up)
        #expect(browser.screen.contains("line 1 "))
    }

    @Test func presentingFromASectionStartsAtItsFirstRecommendation() {
        var browser = Browser.childJ(width: 80, height: 24)
        let second = browser.document.sections[1].recommendations.first!.number
        browser.type("G")
        while browser.state.selection != .section(1) { browser.type("k") }
        browser.type("p")
        #expect(browser.state.presentation?.currentKey?.number == second)
    }
}
