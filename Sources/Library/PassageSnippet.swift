import Foundation

/// A short excerpt of a passage around the first of the query's words, on one line: the library
/// screen's search makes its snippets here rather than with FTS5's `snippet()`, which, asked for a few
/// rows of a prefix query, reads the index's list of every matching word again for each row.
enum PassageSnippet {
    /// The passage from a little before the earliest of `words` (case and accents ignored) to a little
    /// after it; the passage's start when none is found (a match the index made across a line break).
    static func around(_ words: [String], in text: String, before: Int = 30, after: Int = 70) -> String {
        if let plain = PlainText(text, words: words) { return plain.around(words, before: before, after: after) }
        return aroundByCharacters(words, in: text, before: before, after: after)
    }

    /// `around`, a character at a time: for any text (the plain ASCII one must give the same).
    static func aroundByCharacters(_ words: [String], in text: String, before: Int = 30, after: Int = 70) -> String {
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
        guard let start = offset(of: needle.map(foldASCII), in: Array(haystack)) else { return nil }
        let lower = haystack.index(haystack.startIndex, offsetBy: start)
        return lower..<haystack.index(lower, offsetBy: needle.count)
    }

    fileprivate static func foldASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The first place of `folded` (an ASCII word, A–Z folded) in `bytes`, A–Z folded, as a byte offset.
    fileprivate static func offset(of folded: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !folded.isEmpty, bytes.count >= folded.count else { return nil }
        for start in 0...(bytes.count - folded.count) where foldASCII(bytes[start]) == folded[0] {
            var length = 1
            while length < folded.count, foldASCII(bytes[start + length]) == folded[length] { length += 1 }
            if length == folded.count { return start }
        }
        return nil
    }
}

/// A passage of plain ASCII without a carriage return, whose characters are its bytes (a "\r\n" is one
/// character), looked in for plain ASCII words on one line (which `range(of:in:)` finds by bytes too):
/// `around` there works on the bytes, the same excerpt for a fraction of the time (the characters'
/// whitespace tests were a tenth of a faceted key's time, over a page's 90 snippets).
private struct PlainText {
    let bytes: [UInt8]

    init?(_ text: String, words: [String]) {
        guard words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D } }) else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        self.bytes = bytes
    }

    /// U+0009 to U+000D and the space: the ASCII characters `Character.isWhitespace` holds for.
    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// `PassageSnippet.around`, on the bytes: the same steps by character.
    func around(_ words: [String], before: Int, after: Int) -> String {
        let found = words.compactMap { word -> Range<Int>? in
            let needle = Array(word.utf8)
            return PassageSnippet.offset(of: needle.map(PassageSnippet.foldASCII), in: bytes).map { $0..<($0 + needle.count) }
        }.min { $0.lowerBound < $1.lowerBound }
        var start = found.map { max(0, $0.lowerBound - before) } ?? 0
        var end = min(bytes.count, (found?.upperBound ?? start) + after)
        // Whole words at either end.
        if start > 0, let space = bytes[start..<(found?.lowerBound ?? start)].firstIndex(where: Self.isWhitespace) {
            start = space + 1
        }
        if end < bytes.count, let space = bytes[(found?.upperBound ?? start)..<end].lastIndex(where: Self.isWhitespace) {
            end = space
        }
        let excerpt = bytes[start..<end].split(whereSeparator: Self.isWhitespace).map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: " ")
        return (start > 0 ? "…" : "") + excerpt + (end < bytes.count ? "…" : "")
    }
}
