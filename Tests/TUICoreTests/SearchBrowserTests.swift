@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Search and filtering in the browser, driven by keys.
@Suite struct SearchBrowserTests {
    func screen(_ browser: Browser) -> String { browser.render().lines.joined(separator: "\n") }

    /// The cells of the reader that carry a match's style, as text.
    func highlighted(_ browser: Browser) -> [String] {
        let grid = browser.render()
        var runs: [String] = []
        for row in 0..<(grid.height - 1) {
            var run = ""
            for column in 0..<grid.width {
                let cell = grid[row, column]
                if cell.style.reverse && cell.style.bold && column > 30 { run += cell.text } else if !run.isEmpty {
                    runs.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }

    @Test func slashHighlightsAsYouTypeAndCountsInTheOutline() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/reachable")
        #expect(browser.state.mode.input == .prompt)
        #expect(browser.state.selection == .part(3, "a"))
        #expect(highlighted(browser).contains("reachable"))
        let text = screen(browser)
        #expect(text.contains("4 matches"))
        // The outline shows how many matches each item holds.
        let lines = browser.render().lines
        #expect(lines.first { $0.contains("▾  3 ") }?.contains("… 4│") == true)
        #expect(lines.first { $0.contains("3a ") }?.contains("… 2│") == true)
        #expect(lines.first { $0.contains("3b ") }?.contains("… 1│") == true)
        #expect(lines.first { $0.contains("▾  5 ") }?.contains("… 4│") == false)
        browser.type("⏎")
        #expect(browser.state.mode.input == .browse)
        #expect(screen(browser).contains("/reachable: match 1 of 4"))
    }

    /// The search index is the largest part of opening a large document: the first frame does without
    /// it, and the first search builds it (started as the prompt opens).
    @Test func theFirstFrameBuildsNoSearchIndexAndTheFirstSearchDoes() {
        var browser = Browser.childJ(width: 100, height: 30)
        _ = browser.draw()
        browser.type("jjk")
        #expect(!browser.state.searchEngine.isBuilt)
        browser.type("/reachable")
        #expect(browser.state.searchEngine.isBuilt)
        #expect(screen(browser).contains("4 matches"))
    }

    @Test func aMatchAfterMultiByteCharactersIsHighlightedOnItsOwnCells() {
        let document = ReviewParser.parse("""
            Recommendation 1

            東京 and the café’s “naïve” army: the Agency’s armour.

            Action Taken:

            None.
            """, source: "accents")
        var browser = Browser(document: document, options: BrowserOptions(colorEnabled: true), width: 100, height: 30)
        var phrase = browser
        browser.type("/army")
        #expect(browser.state.selection == .recommendation(1))
        // The reader's cells only (the outline's selected row is reversed too).
        #expect(highlighted(browser).filter { !$0.hasPrefix(" ") } == ["army"])
        phrase.type("/\"the cafe's\"")
        // Words are lit, not the spaces between them, as for any phrase.
        #expect(highlighted(phrase).filter { !$0.hasPrefix(" ") } == ["the", "café’s"])
    }

    @Test func nAndNWalkMatchesAndWrapSayingSo() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/reachable⏎")
        #expect(browser.state.currentMatch == 0)
        browser.type("n")
        #expect(browser.state.currentMatch == 1)
        browser.type("nn")
        #expect(browser.state.currentMatch == 3)
        #expect(browser.state.selection == .recommendation(3))
        browser.type("n")
        #expect(browser.state.currentMatch == 0)
        #expect(browser.state.message == "Search wrapped to the top")
        browser.type("N")
        #expect(browser.state.currentMatch == 3)
        #expect(browser.state.message == "Search wrapped to the bottom")
    }

    @Test func nScrollsTheReaderToAMatchFarDown() {
        var browser = Browser.childJ(width: 80, height: 12)
        browser.type("/Bomber⏎")
        #expect(browser.state.selection == .recommendation(7))
        #expect(browser.state.readerTop > 0)
        #expect(highlighted(browser).contains("Bomber"))
    }

    @Test func escapeRestoresWhereYouWere() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type(":9⏎")
        browser.type("/army")
        #expect(browser.state.selection == .part(3, "b"))
        browser.type("⎋")
        #expect(browser.state.selection == .recommendation(9))
        #expect(browser.state.search == nil)
        #expect(highlighted(browser).isEmpty)
    }

    @Test func badQueryShowsWhyAndKeepsThePromptOpen() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/\"reachable")
        #expect(screen(browser).contains("unclosed quote"))
        browser.type("⏎")
        #expect(browser.state.mode.input == .prompt)
        browser.type("\"⏎")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.search?.result.matchCount == 4)
    }

    @Test func upAndDownRecallEarlierQueries() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/army⏎/exclusion⏎/")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "exclusion")
        browser.press(.up)
        #expect(browser.state.prompt?.text == "army")
        browser.press(.down)
        #expect(browser.state.prompt?.text == "exclusion")
        browser.press(.down)
        #expect(browser.state.prompt?.text == "")
    }

    @Test func filterNarrowsTheOutlineAndFClearsIt() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("fexclusion")
        #expect(screen(browser).contains("1 of 10 recommendations"))
        browser.type("⏎")
        let text = screen(browser)
        #expect(text.contains("& exclusion: 1 of 10 recommendations"))
        #expect(browser.state.visibleRows.filter { $0.kind == .recommendation }.map(\.label) == ["7"])
        #expect(browser.state.selection == .recommendation(7))
        browser.type("]")
        #expect(browser.state.message == "This is the last recommendation")
        browser.type("F")
        #expect(browser.state.visibleRows.filter { $0.kind == .recommendation }.count == 10)
    }

    @Test func ampersandWorksLikeLessAndEscapeCancels() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("&section:generic")
        #expect(browser.state.visibleRows.filter { $0.kind == .recommendation }.map(\.label) == ["6", "7", "8", "9", "10"])
        browser.type("⎋")
        #expect(browser.state.filter == nil)
        #expect(browser.state.visibleRows.filter { $0.kind == .recommendation }.count == 10)
    }

    @Test func facetPickerBuildsAFilterWithoutTheSyntax() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("f⇥")
        #expect(browser.state.mode.input == .picker)
        let facets = (browser.state.mode.picker?.entries ?? []).map(\.facet)
        #expect(facets.contains("status:planned"))
        #expect(facets.contains("has:commitment"))
        #expect(facets.contains("theme:\"missing children and return home interviews\""))
        #expect(facets.contains("section:generic"))
        let index = facets.firstIndex(of: "section:generic") ?? 0
        for _ in 0..<index { browser.press(.down) }
        #expect(screen(browser).contains("section:generic"))
        browser.type("⏎")
        #expect(browser.state.mode.input == .prompt)
        #expect(browser.state.prompt?.text == "section:generic")
        browser.type(" ⇥")
        let planned = (browser.state.mode.picker?.entries ?? []).firstIndex { $0.facet == "status:planned" } ?? 0
        for _ in 0..<planned { browser.press(.down) }
        browser.type("⏎⏎")
        #expect(browser.state.filter?.text == "section:generic status:planned")
        #expect(browser.state.filter?.result.recommendations.count == 1)
    }

    @Test func searchInsideAFilterSkipsHiddenRecommendations() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("&section:generic⏎/PSCP⏎")
        for _ in 0..<30 {
            #expect((browser.state.selection.recommendationNumber ?? 6) >= 6)
            browser.type("n")
        }
    }

    @Test func highlightsFollowWrappingAndWideCharacters() {
        let document = ReviewParser.parse("""
        Recommendation 1

        日本語の文章 reachable moment and more words to wrap around the narrow reader pane here.

        Action Taken:

        Done.
        """, source: "wide")
        var browser = Browser(document: document, width: 44, height: 12)
        browser.type("/\"reachable moment\"⏎")
        let grid = browser.render()
        let highlightedCells = (0..<grid.height).flatMap { row in
            (0..<grid.width).compactMap { column in grid[row, column].style.reverse && grid[row, column].style.bold ? grid[row, column].text : nil }
        }.joined()
        #expect(highlightedCells.contains("reachable"))
        #expect(highlightedCells.contains("moment"))
        #expect(!highlightedCells.contains("日"))
    }
}
