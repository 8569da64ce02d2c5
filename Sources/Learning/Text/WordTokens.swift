/// A word in a piece of text: letters and digits, with apostrophes inside it ("Children's").
/// Ranges are UTF-8 offsets, as every place in a document counts.
struct WordToken: Sendable, Hashable {
    /// The word as written, with a curly apostrophe made straight.
    var text: String
    /// `text` lower-cased, for matching that ignores case.
    var folded: String
    var range: Range<Int>
    /// Whether the word holds an apostrophe, so possessive checks can be skipped when not.
    var hasApostrophe: Bool
}

/// A piece of text split into words, keeping the characters between them.
struct WordTokens: Sendable {
    let scalars: ScalarText
    let tokens: [WordToken]
    private let utf8: [UInt8]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        scalars = ScalarText(text)
        tokens = Self.tokens(scalars, utf8: utf8)
    }

    /// The text's length in UTF-8 bytes.
    var count: Int { utf8.count }

    /// The byte at a UTF-8 offset: comparing it with an ASCII character is exact, since no byte
    /// of a multi-byte character is ASCII.
    func byte(at offset: Int) -> UInt8 { utf8[offset] }

    /// The text of a UTF-8 range.
    func text(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }

    private static func tokens(_ text: ScalarText, utf8: [UInt8]) -> [WordToken] {
        func isWord(_ index: Int) -> Bool { text[index].isLetter || text[index].isDigit }
        var tokens: [WordToken] = []
        var index = 0
        while index < text.count {
            guard isWord(index) else { index += 1; continue }
            let start = index
            var hasApostrophe = false
            while index < text.count {
                if isWord(index) || text[index].isCombiningMark {
                    index += 1
                } else if text[index].isApostrophe, index + 1 < text.count, text[index + 1].isLetter, index > start {
                    hasApostrophe = true
                    index += 1
                } else if text[index].isApostrophe, index > start, text[index - 1] == "s",
                          index + 1 == text.count || !isWord(index + 1) {
                    // A plural possessive ("Barnardos'") keeps its apostrophe.
                    hasApostrophe = true
                    index += 1
                    break
                } else {
                    break
                }
            }
            let range = text.utf8Range(start..<index)
            var word = String(decoding: utf8[range], as: UTF8.self)
            if hasApostrophe { word = String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })) }
            tokens.append(WordToken(text: word, folded: word.lowercased(), range: range, hasApostrophe: hasApostrophe))
        }
        return tokens
    }

    /// The UTF-8 range of a token's first `characters` Characters (a word less its possessive).
    func range(of token: WordToken, characters: Int) -> Range<Int> {
        let source = text(token.range)
        return token.range.lowerBound..<(token.range.lowerBound + source.prefix(characters).utf8.count)
    }

    /// Whether only these characters separate two adjacent tokens.
    func onlySeparators(between left: Int, and right: Int, _ isSeparator: (Unicode.Scalar) -> Bool) -> Bool {
        text(tokens[left].range.upperBound..<tokens[right].range.lowerBound).unicodeScalars.allSatisfy(isSeparator)
    }

    /// Whether only spaces, hyphens or slashes separate two adjacent tokens, so a phrase may run across them.
    func joins(_ left: Int, _ right: Int) -> Bool {
        onlySeparators(between: left, and: right) { $0.isSpace || $0 == "-" || $0 == "/" || $0 == "\u{2010}" || $0 == "\u{2011}" }
    }

    /// The index of the first token starting at or after a UTF-8 offset.
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.range.lowerBound >= offset } ?? tokens.count
    }
}
