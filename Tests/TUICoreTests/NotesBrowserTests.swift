@testable import Content
import Foundation
import Testing
@testable import TUICore
import TUITestSupport

/// Marks, outline markers, the notes list and the reading position, through the browser's keys.
@Suite struct NotesBrowserTests {
    private static let document = DocumentLoader.builtInDocument()

    @Test func mMarksAndUnmarksTheSelectedItemAsAnEffect() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3b⏎")
        #expect(browser.type("m") == [.persist(.mark(ItemID(number: 3, part: "b"), true))])
        #expect(browser.state.notes.marks == [ItemID(number: 3, part: "b")])
        #expect(browser.state.message?.hasPrefix("Marked 3b for the session (1 marked)") == true)
        #expect(browser.type("m") == [.persist(.mark(ItemID(number: 3, part: "b"), false))])
        #expect(browser.state.notes.marks.isEmpty)
    }

    @Test func theIntroductionCannotBeMarked() {
        var browser = Browser.childJ(width: 80, height: 24)
        #expect(browser.type("m").isEmpty)
        #expect(browser.state.message?.hasPrefix("Marks go on recommendations") == true)
    }

    @Test func markingTakesOverFromAnOnlyPlan() {
        var browser = Browser(document: Self.document, options: BrowserOptions(presentOnly: [ItemID(number: 4)], savePlan: true),
                              width: 80, height: 24)
        #expect(browser.start() == [.persist(.plan([ItemID(number: 4)]))])
        browser.type(":2⏎")
        #expect(browser.type("m") == [.persist(.mark(ItemID(number: 2), true)), .persist(.plan([]))])
        #expect(browser.state.presentationPlan.keys.map(\.number) == [2])
    }

    @Test func outlineMarkersShowNotesAndMarksWithoutColour() {
        var browser = Browser.childJ(width: 80, height: 24, color: false)
        browser.type("]a")
        browser.type("note")
        browser.press(.control("s"))
        browser.type("]m")
        browser.type(":3a⏎")
        browser.type("a")
        browser.type("on a part")
        browser.press(.control("s"))
        browser.type("m")
        let lines = browser.render().lines
        #expect(outlineRow(lines, "1")?.hasSuffix("… ✎") == true)
        #expect(outlineRow(lines, "2")?.hasSuffix("… ⚑") == true)
        #expect(outlineRow(lines, "3a")?.hasSuffix("… ✎⚑") == true)
        #expect(outlineRow(lines, "3b")?.hasSuffix("…") == true)
    }

    @Test func notesListShowsNotesAndMarksInDocumentOrderAndEnterGoesThere() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7b⏎a")
        browser.type("seven b")
        browser.press(.control("s"))
        browser.type(":2⏎m")
        browser.type(":1⏎a")
        browser.type("one⏎more")
        browser.press(.control("s"))
        browser.type("A")
        #expect(browser.state.mode.input == .notesList)
        let screen = browser.screen
        #expect(screen.contains("Notes and marks"))
        #expect(screen.contains("│ 1     ✎  one more"))
        #expect(screen.contains("│ 2      ⚑ marked for the session"))
        #expect(screen.contains("│ 7b    ✎  seven b"))
        #expect(browser.state.mode.notesList?.selected == 0)
        browser.type("jj⏎")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.selection == .part(7, "b"))
        browser.type("⌫")
        #expect(browser.state.selection == .recommendation(1))
    }

    @Test func aInTheNotesListEditsThatNote() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":4⏎a")
        browser.type("first")
        browser.press(.control("s"))
        browser.type("p  ")
        browser.type("a")
        browser.type("the room")
        browser.press(.control("s"))
        browser.type("q:1⏎A")
        #expect(browser.screen.contains("Room: "))
        browser.type("ja")
        #expect(browser.state.mode.input == .editor)
        #expect(browser.state.editor?.kind == .roomAnswer)
        #expect(browser.state.editor?.text == "the room")
        #expect(browser.state.selection == .recommendation(4))
        browser.type("⎋")
        #expect(browser.state.mode.input == .browse)
    }

    @Test func emptyNotesListSaysHowToAddOne() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("M")
        #expect(browser.screen.contains("No notes or marks yet"))
        browser.type("q")
        #expect(browser.state.mode.input == .browse)
        #expect(!browser.state.isFinished)
    }

    @Test func quitSavesTheReadingPositionFirst() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":5⏎")
        browser.press(.tab, .down, .down)
        let effects = browser.type("q")
        #expect(effects == [.persist(.position(ReadingPosition(target: .item(ItemID(number: 5)), scrollLine: 2))), .quit])
    }

    @Test func reopensWhereTheReaderLeft() {
        var notes = DocumentNotes(for: Self.document)
        notes.lastPosition = ReadingPosition(target: .item(ItemID(number: 5, part: "a")), scrollLine: 2)
        var browser = Browser(document: Self.document, notes: notes, width: 80, height: 24)
        _ = browser.draw()
        #expect(browser.state.selection == .part(5, "a"))
        #expect(browser.state.readerTop == browser.readerLines.firstIndex { $0.begins == .part(5, "a") }.map { $0 + 2 })
    }

    @Test func aPositionOnAMissingItemOpensAtTheIntroduction() {
        var notes = DocumentNotes(for: Self.document)
        notes.lastPosition = ReadingPosition(target: .item(ItemID(number: 60)))
        let browser = Browser(document: Self.document, notes: notes, width: 80, height: 24)
        #expect(browser.state.selection == .introduction)
    }

    @Test func notesFromTheStoreReplaceTheBrowsersAndErrorsShowInTheStatusLine() {
        var browser = Browser.childJ(width: 80, height: 24)
        var notes = DocumentNotes(for: Self.document)
        notes.marks = [ItemID(number: 1)]
        _ = browser.update(.notesChanged(notes))
        #expect(outlineRow(browser.render().lines, "1")?.hasSuffix(" ⚑") == true)
        _ = browser.update(.notesFailed("cannot save notes: /x is not writable (Permission denied)"))
        #expect(browser.render().lines[23].contains("cannot save notes"))
    }
}

