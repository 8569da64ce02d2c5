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

/// A piece's words as kept for the whole document: 16 bytes a word — its number in the vocabulary,
/// its UTF-8 range in 32 bits (a piece is far smaller than the 64 MB cap) — where a `WordToken`, with
/// its two strings, takes 64. A document's words are kept from opening until every recommendation's
/// facts are derived, so this is most of what the learning index holds; a `WordToken` is made when one
/// is read, its strings the vocabulary's.
struct TokenList: RandomAccessCollection, Sendable {
    fileprivate struct Stored: Sendable {
        var word: UInt32
        var start: UInt32
        var end: UInt32
        var hasApostrophe: Bool
    }

    private var stored: [Stored]
    let vocabulary: Vocabulary

    /// A text's words numbered in the order first met in it, and the distinct words by number.
    fileprivate static func numbered(_ words: [(text: String, range: Range<Int>, hasApostrophe: Bool)]) -> (stored: [Stored], words: [String]) {
        var builder = Vocabulary.Builder()
        let stored = words.map { Stored(word: UInt32(builder.number(of: $0.text)), start: UInt32($0.range.lowerBound),
                                        end: UInt32($0.range.upperBound), hasApostrophe: $0.hasApostrophe) }
        return (stored, builder.words)
    }

    /// Words numbered in their own text, renumbered in `vocabulary` by `numbers` (own number → vocabulary's).
    fileprivate init(_ stored: [Stored], renumbered numbers: [Int], in vocabulary: Vocabulary) {
        self.stored = stored
        for index in self.stored.indices { self.stored[index].word = UInt32(numbers[Int(self.stored[index].word)]) }
        self.vocabulary = vocabulary
    }

    var startIndex: Int { 0 }
    var endIndex: Int { stored.count }

    subscript(index: Int) -> WordToken {
        let token = stored[index], word = Int(token.word)
        return WordToken(word: word, text: vocabulary.words[word], folded: vocabulary.folded[word],
                         range: Int(token.start)..<Int(token.end), hasApostrophe: token.hasApostrophe)
    }
}

/// A piece of text split into words, keeping the characters between them.
struct WordTokens: Sendable {
    let tokens: TokenList
    /// The words of this text, and of the others split with it.
    var vocabulary: Vocabulary { tokens.vocabulary }
    private let utf8: [UInt8]

    init(_ text: String) {
        self = Self.split([text])[0]
    }

    /// Several texts (a document's pieces) split with one vocabulary: the characters of each on
    /// all cores, then their words numbered in order.
    static func split(_ texts: [String]) -> [WordTokens] {
        // Each text's words are numbered in it on its own core, so that only its distinct words are
        // numbered in the document's vocabulary, and a string is kept per distinct word, not per word.
        let pieces = Parallel.map(texts, numberedInText)
        var builder = Vocabulary.Builder()
        let numbers = pieces.map { $0.words.words.map { builder.number(of: $0) } }
        let vocabulary = builder.build()
        return zip(pieces, numbers).map { piece, numbers in
            WordTokens(tokens: TokenList(piece.words.stored, renumbered: numbers, in: vocabulary), utf8: piece.utf8)
        }
    }

    /// Texts split again with the vocabulary they were first split with (a document's, made by
    /// `split`), so that their words have the same numbers: nil if one has a word it does not know.
    static func split(_ texts: [String], in vocabulary: Vocabulary) -> [WordTokens]? {
        var split: [WordTokens] = []
        for piece in texts.map(numberedInText) {
            var numbers: [Int] = []
            for word in piece.words.words {
                guard let number = vocabulary.number(of: word) else { return nil }
                numbers.append(number)
            }
            split.append(WordTokens(tokens: TokenList(piece.words.stored, renumbered: numbers, in: vocabulary), utf8: piece.utf8))
        }
        return split
    }

    /// A text's bytes, and its words numbered in the order first met in it.
    @Sendable private static func numberedInText(_ text: String) -> (utf8: [UInt8], words: (stored: [TokenList.Stored], words: [String])) {
        let utf8 = Array(text.utf8)
        return (utf8, TokenList.numbered(words(ScalarText(text), utf8: utf8)))
    }

    private init(tokens: TokenList, utf8: [UInt8]) {
        self.tokens = tokens
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
