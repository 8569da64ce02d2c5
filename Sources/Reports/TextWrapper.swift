import Content
import Learning
/// Breaks text into lines that fit a number of terminal columns, at spaces, measuring with
/// `DisplayWidth` so that wide and combining characters count as the terminal shows them.
/// Every plain-text output of casebook wraps through this one type.
public struct TextWrapper: Sendable {
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

    /// `text` on one line, cut to `columns` with "…" when it is longer, at a space where sensible.
    public static func truncate(_ text: String, toWidth columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        guard columns > 0 else { return "" }
        var kept = ""
        var used = 0
        var endsAtWordBoundary = false
        for character in text {
            let width = DisplayWidth.of(character)
            if used + width > columns - 1 {
                endsAtWordBoundary = character == " "
                break
            }
            kept.append(character)
            used += width
        }
        // End at a word boundary when that keeps most of the room; otherwise cut inside the word.
        if !endsAtWordBoundary, let space = kept.lastIndex(of: " "), DisplayWidth.of(kept[..<space]) * 2 >= columns {
            kept = String(kept[..<space])
        }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    private func wrapLine(_ line: Substring, firstPrefix: String, restPrefix: String) -> [String] {
        let words = line.split(separator: " ")
        guard !words.isEmpty else { return [OutputLayout.trimmingTrailingSpaces(firstPrefix)] }
        let breaks = LineBreaking.lines(words.map { LineBreaking.Word(width: DisplayWidth.of($0)) },
                                        firstWidth: width - DisplayWidth.of(firstPrefix),
                                        restWidth: width - DisplayWidth.of(restPrefix),
                                        characterWidths: { words[$0].map(DisplayWidth.of) })
        return breaks.enumerated().map { number, pieces in
            var line = number == 0 ? firstPrefix : restPrefix
            for piece in pieces {
                if piece.spaceBefore { line += " " }
                let word = words[piece.word]
                if let characters = piece.characters {
                    line += String(Array(word)[characters])
                } else {
                    line += word
                }
            }
            return line
        }
    }
}
