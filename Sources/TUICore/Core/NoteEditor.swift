import Content

/// The keys the note editor understands.
enum EditorKey: Sendable, Hashable {
    case insert(Character), newline
    case left, right, up, down, home, end
    case deleteBackward, deleteForward
    case save, cancel
    /// At "Discard changes? y/n".
    case confirmDiscard, keepEditing
    /// At "A draft … was kept": bring its text back, or throw it away.
    case restoreDraft, discardDraft
}

/// A small multi-line text editor's state: lines of text and a cursor. Pure value: every key is a
/// function from one editor to the next, so it is tested without a screen.
struct NoteEditor: Sendable, Hashable {
    /// What the note is for.
    var target: NoteTarget
    var kind: Note.Kind
    /// For a room's answer: the reflective question on screen when it was captured.
    var question: String?
    /// The note being edited, or nil for a new one.
    var original: Note?
    /// The text, a line each, as Characters: a key edits its line in place at a Character offset, where
    /// a String would be walked from its start and copied on every key (a paste of n characters cost n²).
    private(set) var characterLines: [[Character]]
    /// The cursor: a line index and a Character index within that line (0...count).
    var row = 0
    var column = 0
    /// First visual row shown, kept so the cursor stays in view.
    var top = 0
    /// The width the box last wrapped the lines at, so Up and Down move by the rows on screen.
    var wrapWidth: Int?
    /// Where the lines' rows start at the width the box last drew at, kept up to date by every key so a
    /// key re-wraps only the rows it can change (see `NoteEditor+Wrapping`).
    var wrapped = WrappedRows()

    init(target: NoteTarget, kind: Note.Kind = .note, question: String? = nil, editing original: Note? = nil) {
        self.target = target
        self.kind = kind
        self.question = original?.question ?? question
        self.original = original
        characterLines = [[]]
        replaceText(with: original?.text ?? "")
    }

    /// Puts `text` in the editor, the cursor at its end, where one usually adds to a note.
    mutating func replaceText(with text: String) {
        characterLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        row = characterLines.count - 1
        column = characterLines[row].count
        top = 0
        wrapped = WrappedRows()
    }

    /// Which note this editor writes, for finding and keeping its draft.
    var slot: NoteDraft.Slot { NoteDraft.Slot(target: target, kind: kind, question: question) }

    var lines: [String] { characterLines.map { String($0) } }
    var text: String { lines.joined(separator: "\n") }
    var isEmpty: Bool { characterLines == [[]] }
    var isChanged: Bool { text != (original?.text ?? "") }

    /// Applies an editing key (not save, cancel or the confirmation keys, which the reducer handles).
    mutating func apply(_ key: EditorKey) {
        switch key {
        case let .insert(character):
            if column > 0, let joined = Self.joined(characterLines[row][column - 1], character) {
                // A combining accent or a joiner typed after its letter: one character, as in the text.
                characterLines[row][column - 1] = joined
                rewrap(line: row, from: column - 1)
                return
            }
            characterLines[row].insert(character, at: column)
            rewrap(line: row, from: column)
            column += 1
        case .newline:
            let rest = Array(characterLines[row][column...])
            characterLines[row].removeSubrange(column...)
            characterLines.insert(rest, at: row + 1)
            wrapped.insertLine(at: row + 1)
            rewrap(line: row, from: column)
            rewrap(line: row + 1, from: 0)
            row += 1
            column = 0
        case .deleteBackward:
            if column > 0 {
                column -= 1
                characterLines[row].remove(at: column)
                rewrap(line: row, from: column)
            } else if row > 0 {
                // At a line's start: join it to the line above.
                column = characterLines[row - 1].count
                characterLines[row - 1] += characterLines.remove(at: row)
                wrapped.removeLine(at: row)
                row -= 1
                rewrap(line: row, from: column)
            }
        case .deleteForward:
            if column < characterLines[row].count {
                characterLines[row].remove(at: column)
            } else if row + 1 < characterLines.count {
                characterLines[row] += characterLines.remove(at: row + 1)
                wrapped.removeLine(at: row + 1)
            }
            rewrap(line: row, from: column)
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = characterLines[row].count }
        case .right:
            if column < characterLines[row].count { column += 1 } else if row + 1 < characterLines.count { row += 1; column = 0 }
        case .up:
            if let wrapWidth { moveByRow(-1, width: wrapWidth) }
            else if row > 0 { row -= 1; column = min(column, characterLines[row].count) } else { column = 0 }
        case .down:
            if let wrapWidth { moveByRow(1, width: wrapWidth) }
            else if row + 1 < characterLines.count { row += 1; column = min(column, characterLines[row].count) } else { column = characterLines[row].count }
        case .home: column = 0
        case .end: column = characterLines[row].count
        case .save, .cancel, .confirmDiscard, .keepEditing, .restoreDraft, .discardDraft: break
        }
    }

    /// The one character `first` and `second` make together ("e" and U+0301), if they make one.
    private static func joined(_ first: Character, _ second: Character) -> Character? {
        let pair = String(first) + String(second)
        return pair.count == 1 ? pair.first : nil
    }

    // MARK: Display

    /// One screen row of the editor: a piece of a line, wrapped at the box's width (see `visualRows`).
    struct VisualRow: Sendable, Hashable {
        var line: Int
        /// Character range of the line shown on this row.
        var start: Int
        var end: Int
        var text: String
    }

    /// Scrolls so the cursor's row is among the `height` rows shown.
    mutating func keepCursorVisible(width: Int, height: Int) {
        wrapWidth = width
        wrapAll(width: width)
        let cursorRow = cursorPosition(width: width).row
        if cursorRow < top { top = cursorRow }
        if cursorRow >= top + height { top = cursorRow - height + 1 }
        top = max(0, top)
    }
}
