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
