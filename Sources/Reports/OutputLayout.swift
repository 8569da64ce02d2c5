/// Small helpers shared by the plain-text and Markdown outputs.
enum OutputLayout {
    /// The chunks one after another with a blank line between them; empty chunks are skipped.
    static func joinedWithBlankLines(_ chunks: [[String]]) -> [String] {
        var result: [String] = []
        for chunk in chunks where !chunk.isEmpty {
            if !result.isEmpty { result.append("") }
            result += chunk
        }
        return result
    }

    /// The lines as text, each ending in a newline.
    static func text(_ lines: [String]) -> String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// `OutputLayout.text(OutputLayout.joinedWithBlankLines(chunks))` made a few chunks at a time, for
/// output that is written as it is made: each line ends in a newline, a blank line comes between
/// chunks, empty chunks are skipped.
struct BlankLineSeparated {
    private var madeAny = false

    /// The text of the next chunks.
    mutating func text(of chunks: [[String]]) -> String {
        var text = ""
        for chunk in chunks where !chunk.isEmpty {
            if madeAny { text += "\n" }
            madeAny = true
            for line in chunk { text += line + "\n" }
        }
        return text
    }
}
