import Foundation

/// A short excerpt of a passage around the first of the query's words, on one line: the library
/// screen's search makes its snippets here rather than with FTS5's `snippet()`, which, asked for a few
/// rows of a prefix query, reads the index's list of every matching word again for each row.
enum PassageSnippet {
    /// The passage from a little before the earliest of `words` (case and accents ignored) to a little
    /// after it; the passage's start when none is found (a match the index made across a line break).
    static func around(_ words: [String], in text: String, before: Int = 30, after: Int = 70) -> String {
        let found = words.compactMap { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) }
            .min { $0.lowerBound < $1.lowerBound }
        var start = found.map { text.index($0.lowerBound, offsetBy: -before, limitedBy: text.startIndex) ?? text.startIndex }
            ?? text.startIndex
        var end = text.index(found?.upperBound ?? start, offsetBy: after, limitedBy: text.endIndex) ?? text.endIndex
        // Whole words at either end.
        if start > text.startIndex, let space = text[start..<(found?.lowerBound ?? start)].firstIndex(where: \.isWhitespace) {
            start = text.index(after: space)
        }
        if end < text.endIndex, let space = text[(found?.upperBound ?? start)..<end].lastIndex(where: \.isWhitespace) {
            end = space
        }
        let excerpt = text[start..<end].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (start > text.startIndex ? "…" : "") + excerpt + (end < text.endIndex ? "…" : "")
    }
}
