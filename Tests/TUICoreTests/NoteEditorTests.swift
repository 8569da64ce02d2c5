@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// The note editor's keys, on the editor value and through the browser.
@Suite struct NoteEditorTests {
    private func editor(_ text: String = "") -> NoteEditor {
        var editor = NoteEditor(target: .item(ItemID(number: 3)))
        for character in text { editor.apply(character == "\n" ? .newline : .insert(character)) }
        return editor
    }

    @Test func typingInsertsAtTheCursorIncludingWideAndAccentedCharacters() {
        var editor = editor("café")
        editor.apply(.home)
        editor.apply(.insert("漢"))
        #expect(editor.text == "漢café")
        #expect(editor.column == 1)
        #expect(editor.cursorPosition(width: 20).column == 2)
    }

    @Test func enterSplitsTheLineAtTheCursor() {
        var editor = editor("hello world")
        for _ in 0..<6 { editor.apply(.left) }
        editor.apply(.newline)
        #expect(editor.lines == ["hello", " world"])
        #expect(editor.row == 1 && editor.column == 0)
    }

    @Test func arrowsMoveAcrossLinesAndKeepTheColumnInRange() {
        var editor = editor("a long first line\nshort")
        #expect(editor.row == 1 && editor.column == 5)
        editor.apply(.up)
        #expect(editor.row == 0 && editor.column == 5)
        editor.apply(.end)
        #expect(editor.column == 17)
        editor.apply(.down)
        #expect(editor.row == 1 && editor.column == 5)
        editor.apply(.right)
        #expect(editor.row == 1 && editor.column == 5)
        editor.apply(.home)
        editor.apply(.left)
        #expect(editor.row == 0 && editor.column == 17)
        editor.apply(.right)
        #expect(editor.row == 1 && editor.column == 0)
    }

    @Test func backspaceAtALineStartJoinsItToTheLineAbove() {
        var editor = editor("one\ntwo")
        editor.apply(.home)
        editor.apply(.deleteBackward)
        #expect(editor.lines == ["onetwo"])
        #expect(editor.column == 3)
        editor.apply(.deleteBackward)
        #expect(editor.text == "ontwo")
    }

    @Test func deleteRemovesUnderTheCursorAndJoinsTheNextLineAtTheEnd() {
        var editor = editor("one\ntwo")
        editor.apply(.up)
        editor.apply(.home)
        editor.apply(.deleteForward)
        #expect(editor.text == "ne\ntwo")
        editor.apply(.end)
        editor.apply(.deleteForward)
        #expect(editor.text == "netwo")
        editor.apply(.end)
        editor.apply(.deleteForward)
        #expect(editor.text == "netwo")
    }

    @Test func longLinesWrapByColumnsAndTheCursorFollows() {
        let editor = editor("abcdefghij")
        let rows = editor.visualRows(width: 4)
        #expect(rows.map(\.text) == ["abcd", "efgh", "ij"])
        #expect(editor.cursorPosition(width: 4).row == 2)
        #expect(editor.cursorPosition(width: 4).column == 2)
    }

    @Test func linesWrapAtWordsAndTheCursorCrossesRowsCharacterByCharacter() {
        var editor = editor("the quick brown fox")
        #expect(editor.visualRows(width: 10).map(\.text) == ["the quick ", "brown fox"])
        #expect(editor.cursorPosition(width: 10) == (1, 9))
        for _ in 0..<9 { editor.apply(.left) }
        #expect(editor.column == 10)
        #expect(editor.cursorPosition(width: 10) == (1, 0))
        editor.apply(.left)  // onto the space the row broke at, in the column kept free
        #expect(editor.cursorPosition(width: 10) == (0, 9))
        editor.apply(.right)
        #expect(editor.cursorPosition(width: 10) == (1, 0))
        // Spaces beyond the one between words stay with the word after; a line's own indent stays.
        #expect(self.editor("  ab   cd").visualRows(width: 5).map(\.text) == ["  ab ", "  cd"])
        // A word longer than a row is cut between characters, filling each row.
        #expect(self.editor("a bcdefgh").visualRows(width: 4).map(\.text) == ["a ", "bcde", "fgh"])
    }

    @Test func upAndDownMoveByTheRowsOnScreen() {
        var editor = editor("short\nthe quick brown fox")
        editor.keepCursorVisible(width: 10, height: 5)
        #expect(editor.cursorPosition(width: 10) == (2, 9))
        editor.apply(.up)  // to the row above in the same line, same column: the space it broke at
        #expect(editor.row == 1 && editor.column == 9)
        editor.apply(.up)
        #expect(editor.row == 0 && editor.column == 5)
        editor.apply(.down)
        editor.apply(.down)
        #expect(editor.row == 1 && editor.column == 15)
        editor.apply(.down)
        #expect(editor.column == 19)
    }

    @Test func theEditorBoxNeverCutsAWord() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]a")
        browser.type(String(repeating: "note ", count: 40))
        let rows = browser.render().lines.compactMap { line -> String? in
            guard line.contains("│ note") else { return nil }
            return line.split(separator: "│")[1].trimmingCharacters(in: .whitespaces)
        }
        #expect(rows.count == 3, "\(rows)")
        for row in rows { #expect(row.split(separator: " ").allSatisfy { $0 == "note" }, "\(row)") }
    }

    @Test func editingAnExistingNoteStartsAtItsEnd() {
        let document = DocumentLoader.builtInDocument()
        let note = Note(on: .item(ItemID(number: 2)), in: document, text: "first\nsecond")
        let editor = NoteEditor(target: note.target, editing: note)
        #expect(editor.lines == ["first", "second"])
        #expect(editor.row == 1 && editor.column == 6)
        #expect(!editor.isChanged)
    }

    // MARK: Through the browser

    @Test func ctrlSProducesTheSaveEffectWithTheTypedText() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]]a")
        #expect(browser.state.mode.input == .editor)
        browser.type("Ask the child ⏎first")
        let effects = browser.press(.control("s"))
        guard case let .persist(.upsert(note))? = effects.first else { Issue.record("no save effect: \(effects)"); return }
        #expect(note.text == "Ask the child \nfirst")
        #expect(note.target == .item(ItemID(number: 2)))
        #expect(note.kind == .note)
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.notes.notes == [note])
        #expect(browser.state.message == "Note saved on 2")
    }

    @Test func escWithChangesAsksAndNKeepsEditing() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]a")
        browser.type("draft")
        browser.type("⎋")
        #expect(browser.state.mode.input == .confirmDiscard)
        #expect(browser.screen.contains("Discard changes? y/n"))
        browser.type("n")
        #expect(browser.state.mode.input == .editor)
        #expect(browser.state.editor?.text == "draft")
        browser.type("⎋y")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.editor == nil)
        #expect(browser.state.notes.notes.isEmpty)
    }

    @Test func escWithoutChangesClosesAtOnce() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]a⎋")
        #expect(browser.state.mode.input == .browse)
    }

    @Test func editorKeysAreTypedNotCommands() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]aq?pm/")
        #expect(browser.state.mode.input == .editor)
        #expect(browser.state.editor?.text == "q?pm/")
        browser.press(.left, .left, .backspace, .delete, .home, .end, .up, .down, .right)
        #expect(browser.state.editor?.text == "q?/")
    }

    @Test func aOnANotedItemEditsItsNoteAndEmptyingItDeletesIt() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]a")
        browser.type("x")
        browser.press(.control("s"))
        let id = browser.state.notes.notes[0].id
        browser.type("a")
        #expect(browser.state.editor?.original?.id == id)
        browser.type("y")
        let edited = browser.press(.control("s"))
        guard case let .persist(.upsert(note))? = edited.first else { Issue.record("no save"); return }
        #expect(note.id == id && note.text == "xy")
        browser.type("a⌫⌫")
        #expect(browser.press(.control("s")) == [.persist(.delete(noteID: id))])
        #expect(browser.state.notes.notes.isEmpty)
    }

    @Test func sectionsTakeNoNotes() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("ja")
        #expect(browser.state.mode.input == .browse)
        #expect(browser.state.message?.contains("Notes go on") == true)
    }
}
