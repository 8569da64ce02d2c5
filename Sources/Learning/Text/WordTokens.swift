/// A word in a piece of text: letters and digits, with apostrophes inside it ("Children's").
/// Ranges are UTF-8 offsets, as every place in a document counts.
struct WordToken: Sendable, Hashable {
    /// The word's number in its `Vocabulary`.
    var word: Int
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
    /// The words of this text, and of the others split with it.
    let vocabulary: Vocabulary
    private let utf8: [UInt8]

    init(_ text: String) {
        self = Self.split([text])[0]
    }

    /// Several texts (a document's pieces) split with one vocabulary: the characters of each on
    /// all cores, then their words numbered in order.
    static func split(_ texts: [String]) -> [WordTokens] {
        let pieces = Parallel.map(texts) { text in
            let utf8 = Array(text.utf8), scalars = ScalarText(text)
            return (utf8, scalars, words(scalars, utf8: utf8))
        }
        var builder = Vocabulary.Builder()
        let numbers = pieces.map { $0.2.map { builder.number(of: $0.text) } }
        let vocabulary = builder.build()
        return zip(pieces, numbers).map { piece, numbers in
            let (utf8, scalars, words) = piece
            let tokens = zip(words, numbers).map { word, number in
                WordToken(word: number, text: vocabulary.words[number], folded: vocabulary.folded[number], range: word.range,
                          hasApostrophe: word.hasApostrophe)
            }
            return WordTokens(scalars: scalars, tokens: tokens, vocabulary: vocabulary, utf8: utf8)
        }
    }

    private init(scalars: ScalarText, tokens: [WordToken], vocabulary: Vocabulary, utf8: [UInt8]) {
        self.scalars = scalars
        self.tokens = tokens
        self.vocabulary = vocabulary
        self.utf8 = utf8
    }

    /// The text's length in UTF-8 bytes.
    var count: Int { utf8.count }

    /// The byte at a UTF-8 offset: comparing it with an ASCII character is exact, since no byte
    /// of a multi-byte character is ASCII.
    func byte(at offset: Int) -> UInt8 { utf8[offset] }

    /// The text of a UTF-8 range.
    func text(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }

    /// The words of a text as written (a curly apostrophe made straight), with their UTF-8 ranges.
    private static func words(_ text: ScalarText, utf8: [UInt8]) -> [(text: String, range: Range<Int>, hasApostrophe: Bool)] {
        func isWord(_ index: Int) -> Bool { text[index].isLetter || text[index].isDigit }
        var words: [(text: String, range: Range<Int>, hasApostrophe: Bool)] = []
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
            words.append((word, range, hasApostrophe))
        }
        return words
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
