import Foundation

/// A short excerpt of a passage around the first of the query's words, on one line: the library
/// screen's search makes its snippets here rather than with FTS5's `snippet()`, which, asked for a few
/// rows of a prefix query, reads the index's list of every matching word again for each row.
enum PassageSnippet {
    /// The passage from a little before the earliest of `words` (case and accents ignored) to a little
    /// after it; the passage's start when none is found (a match the index made across a line break).
    static func around(_ words: [String], in text: String, before: Int = 30, after: Int = 70) -> String {
        let found = words.compactMap { range(of: $0, in: text) }
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

    /// The first place of `word` in `text`, case and accents ignored, as Foundation finds it. Where both
    /// are plain ASCII (no line break in the word) that is a byte search folding A–Z: the same place, for
    /// a fraction of the time Foundation takes to search a passage (a quarter of a typed key's time went
    /// on the 90 snippets of a page).
    static func range(of word: String, in text: String) -> Range<String.Index>? {
        let needle = Array(word.utf8), haystack = text.utf8
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }), haystack.allSatisfy({ $0 < 0x80 }) else {
            return text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive])
        }
        let folded = needle.map(foldASCII)
        let bytes = Array(haystack)
        guard bytes.count >= folded.count else { return nil }
        for start in 0...(bytes.count - folded.count) where foldASCII(bytes[start]) == folded[0] {
            var length = 1
            while length < folded.count, foldASCII(bytes[start + length]) == folded[length] { length += 1 }
            if length == folded.count {
                let lower = haystack.index(haystack.startIndex, offsetBy: start)
                return lower..<haystack.index(lower, offsetBy: folded.count)
            }
        }
        return nil
    }

    private static func foldASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
