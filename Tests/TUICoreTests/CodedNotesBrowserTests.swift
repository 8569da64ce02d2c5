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

    @Test func pPresentsTheMarkedPR2AndTheRoomsAnswerIsPR2s() {
        var browser = Self.browser()
        browser.type(":PR2⏎m")
        browser.type("p")
        #expect(browser.state.presentation?.keys == [Self.pr2])
        #expect(browser.screen.contains("GP practices should flag"))
        browser.type("a")
        browser.type("the board meets in May")
        browser.press(.control("s"))
        #expect(browser.state.notes.notes(onRecommendation: Self.pr2).map(\.kind) == [.roomAnswer])
        #expect(browser.state.notes.notes(onRecommendation: ItemID(number: 2)).isEmpty)
        // Back in the browser, at PR2.
        browser.press(.escape)
        #expect(browser.state.selection == .recommendation(2, occurrence: 1))
    }

    @Test func withNothingMarkedEveryRecommendationIsPresentedE2AndPR2Both() {
        var browser = Self.browser()
        browser.type("p")
        #expect(browser.state.presentation?.keys.map(\.description) == ["1", "2", "PR1", "PR2"])
    }

    /// `present --from PR1` starts at PR1, not at E1, the first numbered 1; `--only PR2,1` is PR2 and E1.
    @Test func presentFromPR1StartsAtPR1AndOnlyPR2IsPR2() {
        let pr1 = ItemID(number: 1, series: "PR")
        var from = Browser(document: Self.coded, options: BrowserOptions(colorEnabled: false, startInPresentation: true,
                                                                         presentFrom: pr1), width: 80, height: 24)
        _ = from.start()
        #expect(from.state.presentation?.currentKey == pr1)
        #expect(from.screen.contains("Schools should record attendance"))
        var only = Browser(document: Self.coded, options: BrowserOptions(colorEnabled: false, startInPresentation: true,
                                                                         presentFrom: Self.pr2, presentOnly: [Self.pr2, ItemID(number: 1)]),
                           width: 80, height: 24)
        _ = only.start()
        #expect(only.state.presentation?.keys == [ItemID(number: 1), Self.pr2])
        #expect(only.state.presentation?.currentKey == Self.pr2)
    }

    @Test func pInTheLibraryPresentsTheMarkedPR2NotE2() {
        var browser = LibraryCodedOpenTests.library()
        var opened: [Effect] = []
        for case let .readMarks(ids) in browser.type("p") {
            opened = browser.update(.libraryMarksRead(ids: ids, documents: ids.map { _ in Self.coded },
                                                      marks: ids.map { _ in [Self.pr2] }, lookedIn: ids.count))
        }
        #expect(opened.last == .openReview(document: 4, at: ItemID(number: 2), series: "PR"))
        for case let .openReview(id, item, series) in opened {
            _ = browser.update(.reviewOpened(id: id, document: Self.coded, notes: nil, at: item, series: series))
        }
        #expect(browser.state.presentation?.keys == [Self.pr2])
        #expect(browser.screen.contains("GP practices should flag"))
    }

    @Test func theLibrarysMarksListNamesPR2AndEnterOpensIt() {
        var browser = LibraryCodedOpenTests.library()
        for case let .readMarks(ids) in browser.type("M") {
            _ = browser.update(.libraryMarksRead(ids: ids, documents: ids.map { _ in Self.coded },
                                                 marks: ids.map { _ in [Self.pr2] }, lookedIn: ids.count))
        }
        #expect(browser.screen.contains("PR2") && browser.screen.contains("GP practices should flag"))
        LibraryCodedOpenTests.drive(&browser, "⏎")
        LibraryCodedOpenTests.expectPR2(browser)
    }

    @Test func mOnALibraryMatchInPR2AsksToMarkPR2() {
        var browser = LibraryCodedOpenTests.library()
        LibraryCodedOpenTests.drive(&browser, "/immunisation", hits: [LibraryCodedOpenTests.pr2Hit])
        LibraryCodedOpenTests.drive(&browser, "⏎G")
        #expect(browser.type("m") == [.toggleLibraryMark(document: 4, item: Self.pr2)])
        _ = browser.update(.libraryMarked(document: 4, item: Self.pr2, marked: true, failure: nil))
        #expect(browser.screen.contains("Marked") && browser.screen.contains("PR2"))
    }
}
