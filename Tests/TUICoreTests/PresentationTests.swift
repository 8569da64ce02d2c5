@testable import Content
import Testing
@testable import TUICore
import TUITestSupport
@testable import Learning

/// Presentation mode: reveal, move, jump, blank, the clock, the plan, and back to the browser.
@Suite struct PresentationTests {
    private static let document = DocumentLoader.builtInDocument()
    private static let questions = ReflectiveQuestions.builtIn

    private func presenting(at id: String = "5", width: Int = 80, height: Int = 24) -> Browser {
        var browser = Browser.childJ(width: width, height: height)
        browser.type(":\(id)⏎p")
        return browser
    }

    private func step(_ browser: Browser) -> Int { browser.state.presentation?.step ?? -1 }
    private func number(_ browser: Browser) -> Int? { browser.state.presentation?.currentKey?.number }

    @Test func questionsComeFromTheContentFile() {
        #expect(Self.questions.count >= 3)
        #expect(Self.questions.contains("How does this relate to your role?"))
        #expect(Self.questions.contains("How will we know the learning is embedded?"))
        #expect(!Self.questions.contains { $0.hasPrefix("#") || $0.isEmpty })
        #expect(ReflectiveQuestions.parse("# c\n\n  One?  \n#x\nTwo?\n") == ["One?", "Two?"])
    }

    @Test func pPresentsTheSelectedRecommendationAlone() {
        let browser = presenting(at: "5")
        #expect(browser.state.mode.input == .presenting)
        #expect(number(browser) == 5)
        let screen = browser.screen
        #expect(screen.contains("Recommendation 5"))
        #expect(!screen.contains("a) For children"))
        #expect(!screen.contains("│"))
        #expect(browser.render().lines[23].hasPrefix("  5 / 10"))
        #expect(browser.render().lines[23].contains("Space: part a"))
    }

    @Test func spaceRevealsPartsThenTheResponseByParagraphThenQuestions() {
        var browser = presenting(at: "5")
        let recommendation = Self.document.recommendation(ItemID(number: 5))!
        let paragraphs = recommendation.response!.blocks.count
        browser.type(" ")
        #expect(browser.screen.contains("a) For children placed outside"))
        #expect(!browser.screen.contains("b) The Portsmouth"))
        browser.type("  ")
        #expect(browser.screen.contains("c) This issue should"))
        #expect(!browser.screen.contains("Action Taken"))
        browser.type(" ")
        #expect(browser.screen.contains("Action Taken:"))
        #expect(browser.render().lines[23].contains("Space: more of the response"))
        for _ in 1..<paragraphs { browser.type(" ") }
        #expect(step(browser) == 3 + paragraphs)
        #expect(browser.render().lines[23].contains("Space: questions"))
        browser.type(" ")
        #expect(browser.screen.contains("Questions for reflection"))
        #expect(browser.screen.contains("1. " + Self.questions[0]))
        #expect(!browser.screen.contains("2. "))
        for _ in 1..<Self.questions.count { browser.type(" ") }
        #expect(browser.screen.contains("\(Self.questions.count). " + Self.questions.last!))
        #expect(browser.render().lines[23].contains("Space: next recommendation"))
        browser.type(" ")
        #expect(number(browser) == 6)
        #expect(step(browser) == 0)
    }

    @Test func backspaceStepsBackAndStopsAtTheStart() {
        var browser = presenting(at: "3")
        browser.type("  ")
        #expect(step(browser) == 2)
        browser.type("⌫")
        #expect(step(browser) == 1)
        #expect(!browser.screen.contains("b) The PSCP Independent"))
        browser.type("⌫⌫")
        #expect(step(browser) == 0)
        #expect(number(browser) == 3)
        #expect(browser.state.message?.hasPrefix("Start of recommendation 3") == true)
    }

    @Test func arrowsAndNPMoveBetweenRecommendationsFromTheFirstStep() {
        var browser = presenting(at: "3")
        browser.type("  ")
        browser.press(.right)
        #expect(number(browser) == 4)
        #expect(step(browser) == 0)
        browser.type("n")
        #expect(number(browser) == 5)
        browser.press(.left)
        browser.type("p")
        #expect(number(browser) == 3)
        browser.type(":")
        #expect(browser.state.mode.input == .presenting)
    }

    @Test func movingStopsAtTheEndsOfTheSession() {
        var browser = presenting(at: "1")
        browser.press(.left)
        #expect(browser.state.message == "This is the first recommendation of the session")
        browser.type("10⏎")
        browser.press(.right)
        #expect(number(browser) == 10)
        #expect(browser.state.message == "This is the last recommendation of the session")
    }

    @Test func digitsThenEnterJump() {
        var browser = presenting(at: "1")
        browser.type("7")
        #expect(browser.render().lines[23].contains("Go to recommendation 7"))
        browser.type("⏎")
        #expect(number(browser) == 7)
        browser.type("12⏎")
        #expect(number(browser) == 7)
        #expect(browser.state.message == "No such recommendation: 12")
        browser.type("9⌫4⏎")
        #expect(number(browser) == 4)
        browser.type("8⎋")
        #expect(browser.state.mode.input == .presenting)
        #expect(browser.state.presentation?.typed == "")
    }

    @Test func bBlanksTheScreenAndAnyKeyBringsItBack() {
        var browser = presenting(at: "2")
        browser.type(" b")
        #expect(browser.state.mode.input == .blank)
        #expect(browser.render().lines.allSatisfy { $0.isEmpty })
        browser.type("x")
        #expect(browser.state.mode.input == .presenting)
        #expect(step(browser) == 1)
        #expect(number(browser) == 2)
    }

    @Test func qAndEscReturnToTheBrowserAtTheSameRecommendation() {
        var browser = presenting(at: "2")
        browser.type("nn")
        browser.type("q")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.selection == .recommendation(4))
        #expect(!browser.state.isFinished)
        #expect(browser.render().lines[23].contains("Recommendation 4 of 10"))
        browser.type("p")
        #expect(number(browser) == 4)
        browser.type("⎋")
        #expect(browser.state.mode.input == .browse)
        browser.type("⌫")
        #expect(browser.state.selection == .recommendation(2))
    }

    @Test func theSessionClockShowsElapsedTimeWhenToggled() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.tick(seconds: 1000)
        browser.type(":2⏎p")
        #expect(!browser.wantsClockTicks)
        browser.tick(seconds: 1010)
        browser.type("c")
        #expect(browser.wantsClockTicks)
        browser.tick(seconds: 1010 + 125.6)
        #expect(browser.render().lines[23].hasSuffix("02:05"))
        browser.type("c")
        #expect(!browser.render().lines[23].contains("02:05"))
        browser.type("cq")
        #expect(!browser.wantsClockTicks)
        browser.tick(seconds: 1010 + 3700)
        browser.type("p")
        #expect(browser.render().lines[23].hasSuffix("1:01:40"))
    }

    @Test func thePlanIsTheMarkedItemsInDocumentOrder() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7⏎m:3b⏎m:2⏎m")
        browser.type(":5⏎p")
        #expect(browser.state.presentation?.keys.map(\.number) == [2, 3, 7])
        #expect(number(browser) == 7)
        #expect(browser.render().lines[23].hasPrefix("  3 / 3"))
        browser.type("4⏎")
        #expect(browser.state.message == "Recommendation 4 is not in this session's plan")
        browser.press(.left)
        #expect(number(browser) == 3)
    }

    @Test func withoutMarksEveryRecommendationIsPresented() {
        let browser = presenting(at: "1")
        #expect(browser.state.presentation?.keys.map(\.number) == Array(1...10))
    }

    @Test func presentOnlyFromTheCommandLineIsThisSessionsPlanAndStartsAtFrom() {
        let options = BrowserOptions(startInPresentation: true, presentFrom: ItemID(number: 6),
                                     presentOnly: [ItemID(number: 6), ItemID(number: 3), ItemID(number: 99)])
        var browser = Browser(document: Self.document, options: options, width: 80, height: 24)
        #expect(browser.start().isEmpty)
        #expect(browser.state.mode.input == .presenting)
        #expect(browser.state.presentation?.keys.map(\.number) == [3, 6])
        #expect(number(browser) == 6)
        #expect(browser.state.message == "Not in this document: 99")
        #expect(browser.render().lines[23].contains("Not in this document: 99"))
    }

    /// Wherever the reader was left (here at 6, past 3 and 5), `present --only 3,5,7` starts at 1 / 3.
    @Test func presentOnlyStartsAtTheFirstOfItsRecommendations() {
        var notes = DocumentNotes(for: Self.document)
        notes.lastPosition = ReadingPosition(target: .item(ItemID(number: 6)))
        notes.marks = [ItemID(number: 1)]
        let only = [3, 5, 7].map { ItemID(number: $0) }
        var browser = Browser(document: Self.document, options: BrowserOptions(startInPresentation: true, presentOnly: only),
                              notes: notes, width: 80, height: 24)
        #expect(browser.start().isEmpty, "--only is not remembered")
        #expect(number(browser) == 3)
        #expect(browser.render().lines[23].hasPrefix("  1 / 3"))
        #expect(browser.state.notes.presentationOrder == [ItemID(number: 1)], "the marks stay the plan")
    }

    @Test func savePlanRemembersTheOnlyPlan() {
        let only = [ItemID(number: 6), ItemID(number: 3)]
        var browser = Browser(document: Self.document, options: BrowserOptions(startInPresentation: true, presentOnly: only,
                                                                                savePlan: true), width: 80, height: 24)
        #expect(browser.start() == [.persist(.plan(only))])
    }

    /// `casebook present` is the presentation alone: q ends it (saving where it was); `p` in the browser returns there.
    @Test func qEndsAPresentationStartedFromTheCommandLine() {
        var browser = Browser(document: Self.document, options: BrowserOptions(startInPresentation: true), width: 80, height: 24)
        browser.type("nn")
        #expect(browser.render().lines[23].hasSuffix("q quit"))
        let effects = browser.type("q")
        #expect(effects.contains(.quit))
        #expect(effects.contains(.persist(.position(ReadingPosition(target: .item(ItemID(number: 3)))))))
        #expect(browser.isFinished)

        var fromTheBrowser = presenting(at: "5")
        #expect(!fromTheBrowser.type("q").contains(.quit))
        #expect(fromTheBrowser.state.mode.input == .browse)
        #expect(!fromTheBrowser.isFinished)
    }

    @Test func aSavedPlanIsPresentedWhenTheCommandGivesNone() {
        var notes = DocumentNotes(for: Self.document)
        notes.plan = [ItemID(number: 9), ItemID(number: 8)]
        notes.marks = [ItemID(number: 1)]
        let browser = Browser(document: Self.document, options: BrowserOptions(startInPresentation: true), notes: notes,
                              width: 80, height: 24)
        #expect(browser.state.presentation?.keys.map(\.number) == [8, 9])
        #expect(browser.state.presentation?.planName == "plan")
    }

    @Test func aCapturesTheRoomsAnswerToTheQuestionOnScreen() {
        var browser = presenting(at: "2")
        let paragraphs = Self.document.recommendation(ItemID(number: 2))!.response!.blocks.count
        for _ in 0..<(paragraphs + 2) { browser.type(" ") }
        #expect(browser.state.presentation?.currentQuestion(in: browser.state) == Self.questions[1])
        browser.type("a")
        #expect(browser.state.mode.input == .editor)
        #expect(browser.screen.contains("The room's answer"))
        #expect(browser.screen.contains("Q: " + Self.questions[1]))
        browser.type("Share earlier")
        let effects = browser.press(.control("s"))
        guard case let .persist(.upsert(note))? = effects.first else { Issue.record("no save: \(effects)"); return }
        #expect(note.kind == .roomAnswer)
        #expect(note.question == Self.questions[1])
        #expect(note.target == .item(ItemID(number: 2)))
        #expect(browser.state.mode.input == .presenting)
        #expect(step(browser) == paragraphs + 2)
    }

    @Test func helpOverPresentationReturnsToIt() {
        var browser = presenting(at: "2")
        browser.type("?")
        #expect(browser.state.mode.input == .help)
        #expect(browser.screen.contains("casebook keys"))
        #expect(browser.screen.contains("│ Presenting"))
        browser.type("q")
        #expect(browser.state.mode.input == .presenting)
    }

    @Test func helpListsTheNewGroupsFromTheKeymap() {
        let text = HelpOverlay.lines(width: 72)
            .map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
        for group in ["Notes and marks", "Presenting", "In the note editor", "In the notes list"] {
            #expect(text.contains(group))
        }
        #expect(text.contains("Blank the screen"))
        #expect(text.contains("Ctrl-S"))
    }

    @Test func aFullScreenScrollsWithTheNewestStepInViewUnderItsHeading() {
        var browser = presenting(at: "5")
        for _ in 0..<6 { browser.type(" ") }
        let lines = browser.render().lines
        #expect(lines.contains { $0.hasSuffix("↑ more") })
        #expect(browser.screen.contains("Recommendation 5"))
        #expect(!browser.screen.contains("Action Taken:"))
        browser.press(.up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up, .up)
        #expect(browser.screen.contains("Action Taken:"))
        #expect(!browser.render().lines.contains { $0.hasSuffix("↑ more") })
        // The slide clamped the scroll at its top when drawn, so one Down moves at once.
        let top = browser.state.presentation!.scroll
        browser.press(.down)
        #expect(browser.state.presentation!.scroll == top + 1)
    }

    @Test func goldenPresentation80x24() {
        var browser = presenting(at: "3", width: 80, height: 24)
        browser.type("  ")
        Golden.check(browser.render(), "present-3-80x24")
        browser.type("   ")
        Golden.check(browser.render(), "present-3-questions-80x24")
    }

    @Test func goldenPresentation120x40() {
        var browser = presenting(at: "7", width: 120, height: 40)
        browser.type(" c")
        browser.tick(seconds: 0)
        browser.tick(seconds: 754)
        Golden.check(browser.render(), "present-7-120x40")
        browser.type("   ")
        Golden.check(browser.render(), "present-7-response-120x40")
    }

    @Test func tooSmallAWindowSaysSoEvenWhilePresenting() {
        var browser = presenting(at: "3")
        browser.press(.resize(width: 30, height: 8))
        #expect(browser.screen.contains("Enlarge"))
        browser.press(.resize(width: 80, height: 24))
        #expect(browser.screen.contains("Recommendation 3"))
    }
}
