/// A word that can be set on lines: plain text for the command line, a styled word for the browser.
public protocol WrappableWord {
    var text: String { get }
    /// Columns the word takes (`DisplayWidth.of(text)`, usually stored).
    var width: Int { get }
    /// Whether a space separates it from the word before (on the same line).
    var spaceBefore: Bool { get }
    /// The piece of a word too wide for any line holding its characters from UTF-8 offset `utf8Offset`
    /// on: `text` (those characters) and its `width`. An offset in bytes, not characters, so a piece
    /// finds where it starts without counting through the word before it.
    func piece(text: String, width: Int, utf8Offset: Int) -> Self
}

/// The one word-wrapping rule every view of casebook uses (the command line's plain text and the
/// browser's panes). A word goes on the line if it fits after one space; otherwise it starts the
/// next line; a word wider than a whole line is split between characters, filling each line.
public enum WordWrap {
    /// A word on a line, or a piece of a word too wide for any line.
    public struct Placed<Word: WrappableWord> {
        public var word: Word
        /// Which of the words given it is (or is a piece of).
        public var index: Int
        /// Whether a space goes before it on its line.
        public var spaceBefore: Bool
    }

    /// The words of each line. Lines hold `firstWidth` columns, then `restWidth`; at least one
    /// character goes on every line.
    public static func lines<Word: WrappableWord>(_ words: [Word], firstWidth: Int, restWidth: Int) -> [[Placed<Word>]] {
        var lines: [[Placed<Word>]] = [[]]
        var used = 0
        var available = max(1, firstWidth)
        func newLine() {
            lines.append([])
            used = 0
            available = max(1, restWidth)
        }
        for (index, word) in words.enumerated() {
            let gap = used > 0 && word.spaceBefore ? 1 : 0
            if used > 0 && used + gap + word.width > available { newLine() }
            if used == 0 && word.width > available {
                let characters = Array(word.text)
                // Each piece's start in characters (to cut it) and in UTF-8 (to say where it is).
                var start = 0, startByte = 0, byte = 0
                var chunkWidth = 0
                func place(upTo end: Int) {
                    let piece = word.piece(text: String(characters[start..<end]), width: chunkWidth, utf8Offset: startByte)
                    lines[lines.count - 1].append(Placed(word: piece, index: index, spaceBefore: false))
                }
                for (offset, character) in characters.enumerated() {
                    let width = DisplayWidth.of(character)
                    if chunkWidth + width > available && offset > start {
                        place(upTo: offset)
                        newLine()
                        (start, startByte, chunkWidth) = (offset, byte, 0)
                    }
                    chunkWidth += width
                    byte += character.utf8.count
                }
                place(upTo: characters.count)
                used = chunkWidth
                continue
            }
            lines[lines.count - 1].append(Placed(word: word, index: index, spaceBefore: used > 0 && gap == 1))
            used += (used > 0 ? gap : 0) + word.width
        }
        return lines
    }
}
