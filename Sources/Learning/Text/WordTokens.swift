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

/// A piece's words as kept for the whole document: 12 bytes a word — its number in the vocabulary with
/// a bit for an apostrophe, its UTF-8 range in 32 bits (a piece is far smaller than the 64 MB cap) —
/// where a `WordToken`, with its two strings, takes 64. A document's words are kept from opening until
/// every recommendation's facts are derived, so this is most of what the learning index holds; a
/// `WordToken` is made when one is read, its strings the vocabulary's.
struct TokenList: RandomAccessCollection, Sendable {
    fileprivate struct Stored: Sendable {
        /// The word's number, and in the top bit whether it holds an apostrophe (a document of 64 MB
        /// has far fewer than 2³¹ distinct words).
        private var numberAndApostrophe: UInt32
        let start: UInt32
        let end: UInt32

        init(number: Int, _ word: (text: String, range: Range<Int>, hasApostrophe: Bool)) {
            numberAndApostrophe = UInt32(number) | (word.hasApostrophe ? Self.apostrophe : 0)
            start = UInt32(word.range.lowerBound)
            end = UInt32(word.range.upperBound)
        }

        private static let apostrophe: UInt32 = 1 << 31

        var word: UInt32 {
            get { numberAndApostrophe & ~Self.apostrophe }
            set { numberAndApostrophe = newValue | (numberAndApostrophe & Self.apostrophe) }
        }

        var hasApostrophe: Bool { numberAndApostrophe & Self.apostrophe != 0 }
    }

    private var stored: [Stored]
    let vocabulary: Vocabulary

    /// Words numbered in `vocabulary`.
    fileprivate init(_ stored: [Stored], in vocabulary: Vocabulary) {
        self.stored = stored
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
    /// The text's bytes: the text's own (a piece's, shared with the document), not a copy.
    private let utf8: String.UTF8View

    init(_ text: String) {
        self = Self.split([text])[0]
    }

    /// Several texts (a document's pieces) split with one vocabulary: the characters of each on
    /// all cores, then their words numbered in order.
    static func split(_ texts: [String]) -> [WordTokens] {
        // Each text's words are numbered in it on its own core, so that only its distinct words are
        // looked up in the document's vocabulary, and no string is kept per word.
        var pieces = Parallel.map(texts) { NumberedText($0) }
        var builder = Vocabulary.Builder()
        for index in pieces.indices { pieces[index].renumber(&builder) }
        let vocabulary = builder.build()
        return pieces.indices.map { index in pieces[index].tokens(in: vocabulary) }
    }

    /// A text's bytes and words, numbered in the order first met in it.
    private struct NumberedText: Sendable {
        let utf8: String.UTF8View
        var stored: [TokenList.Stored] = []
        /// Each number's first word, an index in `stored`; let go once the words are renumbered.
        var firsts: [UInt32] = []

        init(_ text: String) {
            utf8 = text.utf8
            let words = WordTokens.words(ScalarText(text), utf8: utf8)
            var numbers: [String: Int] = [:]
            // Room for every word, so the table is never grown (rehashing each word again).
            numbers.reserveCapacity(words.count)
            stored.reserveCapacity(words.count)
            for word in words {
                let number = numbers[word.text] ?? firsts.count
                if number == firsts.count {
                    numbers[word.text] = number
                    firsts.append(UInt32(stored.count))
                }
                stored.append(TokenList.Stored(number: number, word))
            }
        }

        /// The word of an index in `stored`, as written.
        func word(_ index: Int) -> String {
            let token = stored[index]
            return WordTokens.written(utf8[offsets: Int(token.start)..<Int(token.end)], hasApostrophe: token.hasApostrophe)
        }

        /// Numbers the words in the document's vocabulary (being built), in place, a piece at a
        /// time, so that no table of numbers is held for every piece at once.
        mutating func renumber(_ builder: inout Vocabulary.Builder) {
            let numbers = firsts.map { builder.number(of: word(Int($0))) }
            for index in stored.indices { stored[index].word = UInt32(numbers[Int(stored[index].word)]) }
            firsts = []
        }

        /// The text's tokens, taking its words rather than copying them.
        mutating func tokens(in vocabulary: Vocabulary) -> WordTokens {
            var taken: [TokenList.Stored] = []
            swap(&taken, &stored)
            return WordTokens(tokens: TokenList(taken, in: vocabulary), utf8: utf8)
        }
    }

    private init(tokens: TokenList, utf8: String.UTF8View) {
        self.tokens = tokens
        self.utf8 = utf8
    }

    /// The text's length in UTF-8 bytes.
    var count: Int { utf8.count }

    /// The byte at a UTF-8 offset: comparing it with an ASCII character is exact, since no byte
    /// of a multi-byte character is ASCII.
    func byte(at offset: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: offset)] }

    /// The text of a UTF-8 range.
    func text(_ range: Range<Int>) -> String { String(decoding: utf8[offsets: range], as: UTF8.self) }

    /// The words of a text as written (a curly apostrophe made straight), with their UTF-8 ranges.
    fileprivate static func words(_ text: ScalarText, utf8: String.UTF8View) -> [(text: String, range: Range<Int>, hasApostrophe: Bool)] {
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
            words.append((written(utf8[offsets: range], hasApostrophe: hasApostrophe), range, hasApostrophe))
        }
        return words
    }

    /// A word's bytes as a word: a curly apostrophe made straight.
    fileprivate static func written(_ bytes: Substring.UTF8View, hasApostrophe: Bool) -> String {
        let word = String(decoding: bytes, as: UTF8.self)
        guard hasApostrophe else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
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

extension String.UTF8View {
    /// The bytes of a range of UTF-8 offsets: found at once in a native string, as a document's are.
    subscript(offsets range: Range<Int>) -> Substring.UTF8View {
        self[index(startIndex, offsetBy: range.lowerBound)..<index(startIndex, offsetBy: range.upperBound)]
    }
}
