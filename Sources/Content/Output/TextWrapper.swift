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
        var lines: [String] = []
        var current = firstPrefix
        var currentWidth = DisplayWidth.of(firstPrefix)
        var hasWord = false
        let restWidth = DisplayWidth.of(restPrefix)

        func startNewLine() {
            lines.append(current)
            current = restPrefix
            currentWidth = restWidth
            hasWord = false
        }

        for word in words {
            let wordWidth = DisplayWidth.of(word)
            if hasWord {
                if currentWidth + 1 + wordWidth <= width {
                    current += " " + word
                    currentWidth += 1 + wordWidth
                    continue
                }
                startNewLine()
            }
            if currentWidth + wordWidth <= width {
                current += word
                currentWidth += wordWidth
                hasWord = true
                continue
            }
            // Too long for any line: fill this one and carry on, always taking at least one character.
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if hasWord && currentWidth + characterWidth > width { startNewLine() }
                current.append(character)
                currentWidth += characterWidth
                hasWord = true
            }
        }
        lines.append(current)
        return lines
    }
}
