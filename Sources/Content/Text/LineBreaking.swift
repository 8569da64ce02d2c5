/// Where lines break, for words of known widths: the one word-wrapping rule every view of casebook
/// uses (the command line's plain text and the browser's panes). A word goes on the line if it fits
/// after one space; otherwise it starts the next line; a word wider than a whole line is split
/// between characters, filling each line.
public enum LineBreaking {
    public struct Word: Sendable, Hashable {
        public var width: Int
        /// Whether a space separates it from the word before (on the same line).
        public var spaceBefore: Bool

        public init(width: Int, spaceBefore: Bool = true) {
            self.width = width
            self.spaceBefore = spaceBefore
        }
    }

    /// A piece of a line: a whole word, or some characters of a word too wide for any line.
    public struct Piece: Sendable, Hashable {
        public var word: Int
        /// The characters (by index) of a split word; nil for the whole word.
        public var characters: Range<Int>?
        /// Whether a space goes before this piece on its line.
        public var spaceBefore: Bool
    }

    /// The pieces of each line. Lines hold `firstWidth` columns, then `restWidth`; at least one
    /// character goes on every line. `characterWidths` is asked only for words wider than a line.
    public static func lines(_ words: [Word], firstWidth: Int, restWidth: Int,
                             characterWidths: (Int) -> [Int]) -> [[Piece]] {
        var lines: [[Piece]] = [[]]
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
                let widths = characterWidths(index)
                var start = 0
                var chunkWidth = 0
                for (offset, width) in widths.enumerated() {
                    if chunkWidth + width > available && offset > start {
                        lines[lines.count - 1].append(Piece(word: index, characters: start..<offset, spaceBefore: false))
                        newLine()
                        start = offset
                        chunkWidth = 0
                    }
                    chunkWidth += width
                }
                lines[lines.count - 1].append(Piece(word: index, characters: start..<widths.count, spaceBefore: false))
                used = chunkWidth
                continue
            }
            lines[lines.count - 1].append(Piece(word: index, characters: nil, spaceBefore: used > 0 && gap == 1))
            used += (used > 0 ? gap : 0) + word.width
        }
        return lines
    }
}
