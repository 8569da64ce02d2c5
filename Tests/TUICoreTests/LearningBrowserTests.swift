@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// The learning shown in the browser: facts under headings, status glyphs, and the lists.
@Suite struct LearningBrowserTests {
    func screen(_ browser: Browser) -> String { browser.render().lines.joined(separator: "\n") }

    @Test func readerShowsWhoItIsForThemesStatusAndWhatIsStillToDo() {
        var browser = Browser.childJ(width: 120, height: 60)
        browser.type(":1⏎")
        let text = screen(browser)
        #expect(text.contains("For: PSCP"))
        #expect(text.contains("Status (derived): ◐ in progress"))
        #expect(text.contains("Still to do"))
        #expect(text.contains("due Q3 of 2021/22"))
    }

    @Test func outlineCarriesAStatusGlyphThatReadsWithoutColour() {
        let browser = Browser.childJ(width: 80, height: 24, color: false)
        let lines = browser.render().lines
        #expect(lines.contains { $0.contains(" 2 ✓ ") })
        #expect(lines.contains { $0.contains(" 8 ○ ") })
        #expect(lines.contains { $0.contains(" 1 ◐ ") })
    }

    @Test func glossaryListJumpsAndSearchesTheAcronym() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("X")
        #expect(browser.state.mode.input == .list)
        #expect(screen(browser).contains("Child Criminal Exploitation"))
        // An entry from a glossary file names the file and line it came from.
        #expect(listRows(browser).first { $0.key == "NRM" }?.detail?.hasSuffix("glossary.txt, line 24") == true)
        let index = listRows(browser).firstIndex { $0.key == "NRM" } ?? 0
        for _ in 0..<index { browser.type("j") }
        browser.type("⏎")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.selection == .recommendation(9))
        #expect(browser.state.search?.text == "\"NRM\"")
        browser.type("n")
        #expect(browser.state.selection == .recommendation(9))
    }

    @Test func evidenceListLightsUpTheWordsBehindAFact() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type(":8⏎e")
        #expect(browser.state.mode.input == .list)
        let rows = listRows(browser)
        #expect(rows.first?.key == "Status")
        #expect(rows.contains { $0.key == "To do" })
        browser.type("⏎")
        #expect(browser.state.spotlight != nil)
        #expect(browser.state.selection == .recommendation(8))
    }

    @Test func acronymsHereAndCommitmentsLists() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type(":9⏎x")
        #expect(listRows(browser).map(\.key).contains("NRM"))
        browser.type("⎋C")
        #expect(listRows(browser).contains { $0.key == "1" && $0.detail?.contains("Q3 of 2021/22") == true })
        browser.type("q")
        #expect(browser.state.mode.input == .browse)
        #expect(!browser.isFinished)
    }

    @Test func explainedAcronymsAreUnderlinedInTheReader() {
        var browser = Browser.childJ(width: 100, height: 40, color: false)
        browser.type(":9⏎")
        let grid = browser.render()
        var underlined = ""
        for row in 0..<grid.height {
            for column in 40..<grid.width where grid[row, column].style.underline && !grid[row, column].style.bold {
                underlined += grid[row, column].text
            }
            underlined += " "
        }
        #expect(underlined.contains("NRM"))
        #expect(underlined.contains("PSCP"))
        #expect(!underlined.contains("training"))
    }

    /// The rows of the learning list on screen; none when no list is open.
    private func listRows(_ browser: Browser) -> [ListView.Row] { browser.state.mode.learningList?.rows ?? [] }
}
