import Content

/// Breaks text into lines that fit a number of terminal columns, at spaces, by `WordWrap`'s rule
/// (the browser's), measuring with `DisplayWidth`. Every plain-text output of casebook wraps
/// through this one type.
public struct PlainTextWrapper: Sendable {
    /// The narrowest width honoured; below it the output would be a column of fragments.
    public static let minimumWidth = 20

    public let width: Int

    public init(width: Int) {
        self.width = max(width, Self.minimumWidth)
    }

    /// `text` as lines of at most `width` columns. The first line starts with `firstPrefix`, every
    /// later one with `restPrefix` (a hanging indent). A newline in `text` always starts a new line;
    /// a word wider than the space left is split between characters. Runs of spaces collapse.
    public func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        var lines: [String] = []
        var isFirst = true
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let prefix = isFirst ? firstPrefix : restPrefix
            isFirst = false
            lines += wrapLine(hardLine, firstPrefix: prefix, restPrefix: restPrefix)
        }
        return lines
    }

    private func wrapLine(_ line: Substring, firstPrefix: String, restPrefix: String) -> [String] {
        let words = line.split(separator: " ").map { PlainWord(text: String($0), width: DisplayWidth.of($0)) }
        guard !words.isEmpty else { return [OutputLayout.trimmingTrailingSpaces(firstPrefix)] }
        let lines = WordWrap.lines(words, firstWidth: width - DisplayWidth.of(firstPrefix),
                                   restWidth: width - DisplayWidth.of(restPrefix))
        return lines.enumerated().map { number, placed in
            placed.reduce(number == 0 ? firstPrefix : restPrefix) { line, word in
                line + (word.spaceBefore ? " " : "") + word.word.text
            }
        }
    }
}

/// A word of plain text: always a space from the word before.
private struct PlainWord: WrappableWord {
    var text: String
    var width: Int
    var spaceBefore: Bool { true }

    func piece(text: String, width: Int, utf8Offset: Int) -> PlainWord {
        PlainWord(text: text, width: width)
    }
}
