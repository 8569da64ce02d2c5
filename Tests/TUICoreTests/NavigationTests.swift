@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Keys driving the browser over the built-in Child J document.
@Suite struct NavigationTests {
    @Test func startsOnTheIntroductionWithTheOutlineFocused() {
        let browser = Browser.childJ(width: 80, height: 24)
        #expect(browser.state.selection == .introduction)
        #expect(browser.state.focus == .outline)
        #expect(browser.document.recommendations.count == 10)
        let lines = browser.render().lines
        #expect(lines[1].hasPrefix("> Introduction"))
        #expect(lines[23].contains("Introduction"))
        #expect(lines[23].contains("? help  q quit"))
    }

    @Test func bracketsStepThroughRecommendationsAndRememberThePlace() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]")
        #expect(browser.state.selection == .recommendation(1))
        browser.type("]]")
        #expect(browser.state.selection == .recommendation(3))
        #expect(browser.render().lines[0].contains("│ Recommendation 3"))
        #expect(browser.render().lines[23].contains("Recommendation 3 of 10"))
        browser.type("[")
        #expect(browser.state.selection == .recommendation(2))
        #expect(browser.state.history == [.introduction, .recommendation(1), .recommendation(2), .recommendation(3)])
    }

    @Test func bracketsStopAtTheEndsWithAMessage() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("[")
        #expect(browser.state.message == "This is the first recommendation")
        browser.type(":10⏎]")
        #expect(browser.state.selection == .recommendation(10))
        #expect(browser.render().lines[23].contains("This is the last recommendation"))
        browser.type("j")
        #expect(browser.state.message == nil)
    }

    @Test func fromAPartBracketsGoToTheNeighbouringRecommendations() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3b⏎]")
        #expect(browser.state.selection == .recommendation(4))
        browser.type(":3b⏎[")
        #expect(browser.state.selection == .recommendation(2))
    }

    @Test func colonJumpsToAPartWithItAtTheTopOfTheReader() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7b")
        #expect(browser.state.mode.input == .prompt)
        #expect(browser.render().lines[23].hasPrefix(":7b"))
        #expect(browser.render().cursor?.row == 23)
        #expect(browser.render().cursor?.column == 3)
        browser.type("⏎")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.selection == .part(7, "b"))
        let top = browser.render().lines[0]
        #expect(top.contains("│ b) The PSCP should enquire"))
    }

    @Test(arguments: [("R3", Selection.recommendation(3)), ("5B", .part(5, "b")), ("rec 9", .recommendation(9)),
                      ("intro", .introduction), ("6 a", .part(6, "a"))])
    func colonUnderstandsTheWaysPeopleWriteIds(typed: String, expected: Selection) {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":1⏎:" + typed + "⏎")
        #expect(browser.state.selection == expected)
    }

    @Test(arguments: [("12", "No such recommendation: 12"), ("3z", "No such part: 3z"),
                      ("banana", "Not an id: banana (try 7, 5b or R3)"), ("12c", "No such recommendation: 12")])
    func colonExplainsWhatItCannotFind(typed: String, message: String) {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":" + typed + "⏎")
        #expect(browser.state.selection == .introduction)
        #expect(browser.state.message == message)
        #expect(browser.render().lines[23].contains(message))
    }

    @Test func promptEditsAndCancels() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":45⌫⏎")
        #expect(browser.state.selection == .recommendation(4))
        browser.type(":9⎋")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.selection == .recommendation(4))
        browser.type(":⌫")
        #expect(browser.state.mode.input == .browse)
        browser.type(":⏎")
        #expect(browser.state.selection == .recommendation(4))
        #expect(browser.state.message == nil)
    }

    @Test func backspaceWalksBackThroughHistory() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7b⏎]:2⏎")
        #expect(browser.state.selection == .recommendation(2))
        browser.type("⌫")
        #expect(browser.state.selection == .recommendation(8))
        browser.type("⌫")
        #expect(browser.state.selection == .part(7, "b"))
        browser.type("⌫")
        #expect(browser.state.selection == .introduction)
        browser.type("⌫")
        #expect(browser.state.selection == .introduction)
        #expect(browser.state.message == "Top of history")
    }

    @Test func foldingHidesPartsAndKeepsTheSelectionOnTheRecommendation() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":5b⏎")
        browser.press(.left)
        #expect(browser.state.selection == .recommendation(5))
        #expect(!browser.state.folded.contains(.recommendation(5)))
        browser.type("h")
        #expect(browser.state.folded.contains(.recommendation(5)))
        var lines = browser.render().lines
        #expect(lines.contains { $0.hasPrefix("> ▸  5") })
        #expect(!lines.contains { $0.contains("5a ") })
        browser.type("j")
        #expect(browser.state.selection == .section(1))
        browser.type("k⏎")
        #expect(!browser.state.folded.contains(.recommendation(5)))
        lines = browser.render().lines
        #expect(lines.contains { $0.contains("5a For children") })
        browser.type("l")
        #expect(browser.state.selection == .part(5, "a"))
        browser.type("⏎")
        #expect(browser.state.focus == .reader)
    }

    @Test func jumpingToAPartOfAFoldedRecommendationUnfoldsIt() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3⏎h:3a⏎")
        #expect(browser.state.selection == .part(3, "a"))
        #expect(!browser.state.folded.contains(.recommendation(3)))
    }

    @Test func movingInTheOutlineSelectsRowsAndScrollsToKeepThemVisible() {
        var browser = Browser.childJ(width: 80, height: 12)
        browser.type("G")
        #expect(browser.state.selection == .recommendation(10))
        let grid = browser.render()
        #expect(grid.lines.contains { $0.hasPrefix(">   10 ◐ Seek to ensure") })
        let cursor = try! #require(grid.cursor)
        #expect(grid.lines[cursor.row].hasPrefix(">"))
        browser.type("g")
        #expect(browser.state.selection == .introduction)
        #expect(browser.state.outlineTop == 0)
        browser.press(.up)
        #expect(browser.state.selection == .introduction)
    }

    @Test func readerScrollsAndPagesFromEitherPane() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7⏎ ")
        #expect(browser.state.focus == .outline)
        #expect(browser.state.readerTop == 21)
        browser.type("b")
        #expect(browser.state.readerTop == 0)
        browser.type("⇥jj")
        #expect(browser.state.readerTop == 2)
        #expect(browser.state.selection == .recommendation(7))
        browser.press(.end)
        #expect(browser.state.readerTop == browser.state.readerMaxTop)
        browser.type(" ")
        #expect(browser.state.message == "End of this recommendation: ] for the next")
        browser.press(.home)
        #expect(browser.state.readerTop == 0)
        #expect(browser.render().cursor.map { $0.row == 0 && $0.column == 28 } == true)
    }

    @Test func movingPastTheEndsOrClickingTheSelectedRowKeepsTheReaderWhereItIs() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("G ")
        let top = browser.state.readerTop
        #expect(top > 0)
        browser.type("j")
        #expect(browser.state.readerTop == top)
        browser.press(.mouse(MouseEvent(kind: .press, row: 22, column: 5)))
        #expect(browser.state.selection == .recommendation(10))
        #expect(browser.state.readerTop == top)
    }

    @Test func backspaceSkipsHistoryEntriesForWhereYouAre() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3⏎:5⏎")
        browser.press(.mouse(MouseEvent(kind: .press, row: 5, column: 5)))
        #expect(browser.state.selection == .recommendation(3))
        browser.type("⌫")
        #expect(browser.state.selection == .introduction)
    }

    @Test func newSelectionStartsTheReaderAtTheTop() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7⏎  ]")
        #expect(browser.state.readerTop == 0)
    }

    @Test func helpListsEveryBindingAndClosesWithEscQOrQuestionMark() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("?")
        #expect(browser.state.mode.input == .help)
        var helpText = ""
        for _ in 0..<250 {
            helpText += browser.render().lines.joined(separator: "\n")
            browser.type("j")
        }
        for binding in Keymap.bindings {
            #expect(helpText.contains(binding.keyLabel), "help lacks \(binding.keyLabel)")
            let start = String(binding.help.prefix(20))
            #expect(helpText.contains(start), "help lacks \(start)")
        }
        #expect((browser.state.mode.help?.scroll.offset ?? 0) > 0)
        browser.type("q")
        #expect(browser.state.mode.input == .browse)
        #expect(!browser.isFinished)
        browser.press(.function(1))
        #expect(browser.state.mode.input == .help)
        browser.type("?")
        #expect(browser.state.mode.input == .browse)
        browser.type("?⎋")
        #expect(browser.state.mode.input == .browse)
    }

    @Test func quitAndRedraw() {
        var browser = Browser.childJ(width: 80, height: 24)
        #expect(browser.press(.control("l")) == [.redrawAll])
        browser.type("]]]]]]]]]]]")
        #expect(browser.state.message == "This is the last recommendation")
        browser.type("⎋")
        #expect(browser.state.message == nil)
        #expect(browser.type("q").last == .quit)
        #expect(browser.isFinished)
    }

    @Test func singlePaneLayoutSwitchesWithTab() {
        var browser = Browser.childJ(width: 60, height: 20)
        var lines = browser.render().lines
        #expect(lines[1].hasPrefix("> Introduction"))
        #expect(lines[19].contains("[Outline]"))
        #expect(lines[19].contains("Tab reader"))
        browser.type("⇥")
        lines = browser.render().lines
        #expect(lines[0].hasPrefix(" Portsmouth Safeguarding"))
        #expect(lines[19].contains("[Reader]"))
        browser.press(.backTab)
        #expect(browser.state.focus == .outline)
        browser.type(" ")
        #expect(browser.state.focus == .reader)
        #expect(browser.state.readerTop == 0)
        browser.type(" ")
        #expect(browser.state.readerTop > 0)
    }

    @Test func mouseSelectsAndScrollsThePaneUnderThePointer() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.press(.mouse(MouseEvent(kind: .press, row: 5, column: 5)))
        #expect(browser.state.selection == .recommendation(3))
        browser.press(.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 50)))
        #expect(browser.state.readerTop == 3)
        browser.press(.mouse(MouseEvent(kind: .wheelUp, row: 5, column: 50)))
        #expect(browser.state.readerTop == 0)
        browser.press(.mouse(MouseEvent(kind: .press, row: 23, column: 5)))
        #expect(browser.state.selection == .recommendation(3))
        var noMouse = Browser(document: DocumentLoader.builtInDocument(), options: BrowserOptions(mouseEnabled: false),
                              width: 80, height: 24)
        noMouse.press(.mouse(MouseEvent(kind: .press, row: 4, column: 5)))
        #expect(noMouse.state.selection == .introduction)
    }
}

/// `:PR1` goes to the PR series' 1, not to E1, the first recommendation numbered 1.
@Suite struct CodeJumpTests {
    static let coded = ReviewParser.parse("""
        Coded plan

        E1. Early help should screen every family.

        PR1. Schools should record attendance concerns.

        PR2. Schools should share the records.
        """, source: "coded.txt")

    @Test func colonFindsACodeInItsSeries() {
        var browser = Browser(document: Self.coded, width: 80, height: 24)
        browser.type(":PR1⏎")
        #expect(browser.state.selection == .recommendation(1, occurrence: 1))
        browser.type(":e1⏎")
        #expect(browser.state.selection == .recommendation(1))
        browser.type(":1⏎")
        #expect(browser.state.selection == .recommendation(1), "a bare number is the first 1, as before")
        browser.type(":PR9⏎")
        #expect(browser.state.message == "No such recommendation: PR9")
    }
}
