/// One line of text being typed, with a cursor, edited as readline does: the model behind every
/// bottom-row prompt.
struct LineEditor: Sendable, Equatable {
    private(set) var text: String
    /// The cursor, in characters from the start (0...count).
    private(set) var cursor: Int

    init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// The edits a prompt key asks for.
    enum Edit: Sendable, Hashable {
        case left, right, home, end
        case deleteBackward, deleteForward
        /// Ctrl-U, Ctrl-W, Ctrl-K.
        case deleteToStart, deleteWordBackward, deleteToEnd
    }

    var isEmpty: Bool { text.isEmpty }

    mutating func insert(_ character: Character) {
        text.insert(character, at: index(cursor))
        cursor += 1
    }

    mutating func apply(_ edit: Edit) {
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .deleteBackward: delete(from: max(0, cursor - 1))
        case .deleteForward: if cursor < text.count { text.remove(at: index(cursor)) }
        case .deleteToStart: delete(from: 0)
        case .deleteWordBackward: delete(from: startOfWordBeforeCursor)
        case .deleteToEnd: text.removeSubrange(index(cursor)...)
        }
    }

    /// Where the word before the cursor starts, after the spaces just before the cursor (as Ctrl-W in a shell).
    private var startOfWordBeforeCursor: Int {
        let before = Array(text.prefix(cursor))
        var start = before.count
        while start > 0, before[start - 1].isWhitespace { start -= 1 }
        while start > 0, !before[start - 1].isWhitespace { start -= 1 }
        return start
    }

    /// Deletes from `start` to the cursor, which moves to `start`.
    private mutating func delete(from start: Int) {
        text.removeSubrange(index(start)..<index(cursor))
        cursor = start
    }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: offset) }
}
