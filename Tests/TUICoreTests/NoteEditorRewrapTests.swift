@testable import Content
import Testing
@testable import TUICore

/// The editor keeps its wrapped rows between keys and re-wraps only the rows a key can change: the rows
/// it keeps are always the rows a fresh wrap gives, and a key at the end of a long note costs a few rows.
@Suite struct NoteEditorRewrapTests {
    /// A drawn editor (its rows kept at `width`) holding `text`, typed key by key.
    func drawnEditor(_ text: String, width: Int) -> NoteEditor {
        var editor = NoteEditor(target: .item(ItemID(number: 3)))
        editor.keepCursorVisible(width: width, height: 5)
        for character in text { editor.apply(character == "\n" ? .newline : .insert(character)) }
        return editor
    }

    /// The same editor with nothing kept: everything it shows is worked out from its lines.
    private func fresh(_ editor: NoteEditor) -> NoteEditor {
        var fresh = editor
        fresh.wrapped = WrappedRows()
        return fresh
    }

    @Test func keptRowsAreAFreshWrapAfterEveryKey() {
        let keys: [EditorKey] = [.insert("a"), .insert("b"), .insert(" "), .insert(" "), .insert("漢"), .insert("é"),
                                 .newline, .deleteBackward, .deleteBackward, .deleteForward,
                                 .left, .left, .right, .up, .down, .home, .end]
        for width in [2, 3, 5, 8] {
            // A seeded sequence of keys (Knuth's linear congruential step), so a failure comes back the same.
            var state = UInt64(width)
            var editor = drawnEditor("the quick brown fox jumps over a lazy dog", width: width)
            for step in 0..<800 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                editor.apply(keys[Int(state >> 33) % keys.count])
                let expected = fresh(editor)
                #expect(editor.wrapped.starts == expected.rowStarts(width: width), "width \(width), step \(step): \(editor.text)")
                #expect(editor.cursorPosition(width: width) == expected.cursorPosition(width: width))
                #expect(editor.visualRows(width: width) == expected.visualRows(width: width))
            }
        }
    }

    @Test func aKeyAtTheEndOfALongNoteReWrapsAFewRowsNotTheNote() {
        let width = 40
        let words = ["safeguarding", "a", "partnership", "of", "the", "review", "recommended"]
        let paste = (0..<2000).map { words[$0 % words.count] }.joined(separator: " ")
        var editor = drawnEditor("", width: width)
        var costliest = 0
        for character in paste {
            editor.apply(.insert(character))
            costliest = max(costliest, editor.wrapped.charactersRewrapped)
        }
        #expect(paste.count > 10_000)
        // Three rows and the word being typed, whatever the note's length.
        #expect(costliest <= 3 * width + 12)
        #expect(editor.wrapped.starts == fresh(editor).rowStarts(width: width))
    }

    @Test func theBoxShowsOnlyTheRowsItAsksFor() {
        let editor = drawnEditor("one two three four five six", width: 4)
        #expect(editor.visualRows(width: 4, in: 2..<4).map(\.text) == editor.visualRows(width: 4).map(\.text)[2..<4].map { $0 })
    }
}

extension NoteEditorRewrapTests {
    @Test func anAccentTypedAfterItsLetterIsOneCharacterAsInTheText() {
        var editor = drawnEditor("cafe", width: 10)
        editor.apply(.insert("\u{301}"))
        #expect(editor.text == "café")
        #expect(editor.column == 4)
        var direct = NoteEditor(target: .item(ItemID(number: 3)))
        direct.replaceText(with: "café")
        direct.keepCursorVisible(width: 10, height: 5)
        #expect(editor == direct)
    }
}
