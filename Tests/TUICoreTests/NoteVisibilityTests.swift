@testable import Content
import Foundation
import Testing
@testable import TUICore
import TUITestSupport

/// What the user wrote shows where it belongs: a note under the item it is on in the reader, styled
/// apart from the author's text; the room's answer under its question when presenting.
@Suite struct NoteVisibilityTests {
    @Test func theReaderShowsANoteUnderItsPartInItsOwnStyle() throws {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3b⏎a")
        browser.type("Ask who wrote to the MoJ⏎and when")
        browser.press(.control("s"))
        browser.press(.tab)
        Golden.check(browser.render(), "reader-note-3b-80x24")
        let grid = browser.render()
        let row = try #require(grid.lines.firstIndex { $0.contains("✎ Your note") })
        #expect(grid.lines[row + 1].contains("Ask who wrote to the MoJ"))
        let column = try #require(grid.lines[row + 1].firstIndex(of: "A")).utf16Offset(in: grid.lines[row + 1])
        let noteStyle = grid[row + 1, column].style
        // Not the author's plain text, with colour and without it (the label says ✎ there).
        #expect(noteStyle != Style.plain)
        // The part's own text, above the note, keeps its style.
        let authorRow = try #require(grid.lines.firstIndex { $0.contains("Ministry of Justice") })
        #expect(grid[authorRow, 30].style == Style.plain)
    }

    @Test func aNoteOnTheRecommendationShowsWithItsTextAndNotOnOtherItems() {
        var browser = Browser.childJ(width: 100, height: 40)
        browser.type(":4⏎a")
        browser.type("Combine them next year")
        browser.press(.control("s"))
        #expect(browser.screen.contains("✎ Your note"))
        #expect(browser.screen.contains("Combine them next year"))
        browser.type(":5⏎")
        #expect(!browser.screen.contains("Combine them next year"))
    }

    @Test func thePresentationShowsTheRoomsAnswerUnderItsQuestion() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3⏎p")
        while browser.state.presentation?.currentQuestion(in: browser.state) == nil { browser.type(" ") }
        browser.type("a")
        browser.type("Our team lead")
        browser.press(.control("s"))
        Golden.check(browser.render(), "present-answer-80x24")
        let lines = browser.render().lines
        let question = lines.firstIndex { $0.contains("1. How does this relate to your role?") }
        let answer = lines.firstIndex { $0.contains("Our team lead") }
        #expect(question != nil && answer != nil && question! < answer!)
        #expect(browser.screen.contains("✎ The room's answer"))
    }
}
