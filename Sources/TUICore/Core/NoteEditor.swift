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
    var lines: [String]
    /// The cursor: a line index and a Character index within that line (0...count).
    var row = 0
    var column = 0
    /// First visual row shown, kept so the cursor stays in view.
    var top = 0
    /// The width the box last wrapped the lines at, so Up and Down move by the rows on screen.
    var wrapWidth: Int?

    init(target: NoteTarget, kind: Note.Kind = .note, question: String? = nil, editing original: Note? = nil) {
        self.target = target
        self.kind = kind
        self.question = original?.question ?? question
        self.original = original
        lines = [""]
        replaceText(with: original?.text ?? "")
    }

    /// Puts `text` in the editor, the cursor at its end, where one usually adds to a note.
    mutating func replaceText(with text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        row = lines.count - 1
        column = lines[row].count
        top = 0
    }

    /// Which note this editor writes, for finding and keeping its draft.
    var slot: NoteDraft.Slot { NoteDraft.Slot(target: target, kind: kind, question: question) }

    var text: String { lines.joined(separator: "\n") }
    var isChanged: Bool { text != (original?.text ?? "") }

    /// Applies an editing key (not save, cancel or the confirmation keys, which the reducer handles).
    mutating func apply(_ key: EditorKey) {
        switch key {
        case let .insert(character):
            var line = Array(lines[row])
            line.insert(character, at: column)
            lines[row] = String(line)
            column += 1
        case .newline:
            let line = Array(lines[row])
            lines[row] = String(line[..<column])
            lines.insert(String(line[column...]), at: row + 1)
            row += 1
            column = 0
        case .deleteBackward:
            if column > 0 {
                var line = Array(lines[row])
                line.remove(at: column - 1)
                lines[row] = String(line)
                column -= 1
            } else if row > 0 {
                // At a line's start: join it to the line above.
                column = lines[row - 1].count
                lines[row - 1] += lines.remove(at: row)
                row -= 1
            }
        case .deleteForward:
            if column < lines[row].count {
                var line = Array(lines[row])
                line.remove(at: column)
                lines[row] = String(line)
            } else if row + 1 < lines.count {
                lines[row] += lines.remove(at: row + 1)
            }
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .up:
            if let wrapWidth { moveByRow(-1, width: wrapWidth) }
            else if row > 0 { row -= 1; column = min(column, lines[row].count) } else { column = 0 }
        case .down:
            if let wrapWidth { moveByRow(1, width: wrapWidth) }
            else if row + 1 < lines.count { row += 1; column = min(column, lines[row].count) } else { column = lines[row].count }
        case .home: column = 0
        case .end: column = lines[row].count
        case .save, .cancel, .confirmDiscard, .keepEditing, .restoreDraft, .discardDraft: break
        }
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
        let cursorRow = cursorPosition(width: width).row
        if cursorRow < top { top = cursorRow }
        if cursorRow >= top + height { top = cursorRow - height + 1 }
        top = max(0, top)
    }
}
