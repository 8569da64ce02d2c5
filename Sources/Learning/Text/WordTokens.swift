/// A word in a piece of text: letters and digits, with apostrophes inside it ("Children's").
/// Offsets count Characters, as the reader and the search engine do.
struct WordToken: Sendable, Hashable {
    /// The word as written, with a curly apostrophe made straight.
    var text: String
    /// `text` lower-cased, for matching that ignores case.
    var folded: String
    var range: Range<Int>
    /// False only when the word surely has no apostrophe, so possessive checks can be skipped.
    var mayHaveApostrophe = true
    /// Whether `text` is plain ASCII, so byte-level checks give the Character-level answers.
    var isASCII = false

    /// Whether a word of this token (its text, or the text less a possessive) has an acronym's shape.
    func isAcronym(_ word: String) -> Bool {
        isASCII ? AcronymShape.isAcronym(asciiWord: word) : AcronymShape.isAcronym(word)
    }
}

/// A piece of text split into words, keeping the characters between them.
struct WordTokens: Sendable {
    /// The text's Characters when `bytes` is nil; empty otherwise (read through `count` and `character(at:)`).
    private let storedCharacters: [Character]
    let tokens: [WordToken]
    /// The number of Characters.
    let count: Int
    /// The text's UTF-8 when every Character is one byte (plain ASCII, no "\r\n"), so Character
    /// offsets are byte offsets and the fast paths below can work on bytes.
    let bytes: [UInt8]?

    init(_ text: String) {
        // Plain ASCII without "\r\n" has one byte per Character: no Character array needed.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(text.utf8)
            self.init(characters: [], tokens: Self.tokens(bytes), bytes: bytes)
        } else {
            let characters = Array(text)
            self.init(characters: characters, tokens: Self.tokens(characters), bytes: nil)
        }
    }

    private init(characters: [Character], tokens: [WordToken], bytes: [UInt8]?) {
        storedCharacters = characters
        self.tokens = tokens
        self.bytes = bytes
        count = bytes?.count ?? characters.count
    }

    /// The Characters (built afresh when the text is held as bytes: prefer `character(at:)` in loops).
    var characters: [Character] { bytes.map { $0.map { Character(Unicode.Scalar($0)) } } ?? storedCharacters }

    func character(at offset: Int) -> Character {
        if let bytes { return Character(Unicode.Scalar(bytes[offset])) }
        return storedCharacters[offset]
    }

    /// The words of one-byte-per-Character text: the rules of `tokens(_: [Character])` on bytes.
    private static func tokens(_ bytes: [UInt8]) -> [WordToken] {
        func isWord(_ byte: UInt8) -> Bool { CharacterClass.isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) }
        let apostrophe = UInt8(ascii: "'")
        var tokens: [WordToken] = []
        var index = 0
        while index < bytes.count {
            guard isWord(bytes[index]) else { index += 1; continue }
            let start = index
            var hasApostrophe = false
            while index < bytes.count {
                if isWord(bytes[index]) {
                    index += 1
                } else if bytes[index] == apostrophe, index + 1 < bytes.count, CharacterClass.isASCIILetter(bytes[index + 1]), index > start {
                    hasApostrophe = true
                    index += 1
                } else if bytes[index] == apostrophe, index > start, bytes[index - 1] == UInt8(ascii: "s"),
                          index + 1 == bytes.count || !isWord(bytes[index + 1]) {
                    hasApostrophe = true
                    index += 1
                    break
                } else {
                    break
                }
            }
            let word = bytes[start..<index]
            tokens.append(WordToken(text: String(decoding: word, as: UTF8.self),
                                    folded: String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self),
                                    range: start..<index, mayHaveApostrophe: hasApostrophe, isASCII: true))
        }
        return tokens
    }

    private static func tokens(_ characters: [Character]) -> [WordToken] {
        var tokens: [WordToken] = []
        var scratch: [UInt8] = []
        var index = 0
        while index < characters.count {
            guard Self.isWordCharacter(characters[index]) else { index += 1; continue }
            let start = index
            while index < characters.count {
                if Self.isWordCharacter(characters[index]) {
                    index += 1
                } else if Self.isApostrophe(characters[index]), index + 1 < characters.count,
                          CharacterClass.isLetter(characters[index + 1]), index > start {
                    index += 1
                } else if Self.isApostrophe(characters[index]), index > start, CharacterClass.is(characters[index - 1], UInt8(ascii: "s")),
                          index + 1 == characters.count || !Self.isWordCharacter(characters[index + 1]) {
                    // A plural possessive ("Barnardos'") keeps its apostrophe.
                    index += 1
                    break
                } else {
                    break
                }
            }
            tokens.append(Self.token(characters[start..<index], range: start..<index, scratch: &scratch))
        }
        return tokens
    }

    /// A token's text and folded text; built from bytes when the word is ASCII (with a curly
    /// apostrophe made straight), which avoids building Strings character by character.
    private static func token(_ word: ArraySlice<Character>, range: Range<Int>, scratch: inout [UInt8]) -> WordToken {
        scratch.removeAll(keepingCapacity: true)
        for character in word {
            if let byte = character.asciiValue {
                scratch.append(byte)
            } else if character == "\u{2019}" {
                scratch.append(UInt8(ascii: "'"))
            } else {
                let text = String(word.map { isApostrophe($0) ? "'" : $0 })
                return WordToken(text: text, folded: text.lowercased(), range: range, mayHaveApostrophe: true)
            }
        }
        let text = String(decoding: scratch, as: UTF8.self)
        for offset in scratch.indices where scratch[offset] >= 0x41 && scratch[offset] <= 0x5A { scratch[offset] |= 0x20 }
        return WordToken(text: text, folded: String(decoding: scratch, as: UTF8.self), range: range,
                         mayHaveApostrophe: scratch.contains(UInt8(ascii: "'")), isASCII: true)
    }

    static func isWordCharacter(_ character: Character) -> Bool { CharacterClass.isWordCharacter(character) }
    static func isApostrophe(_ character: Character) -> Bool { CharacterClass.isApostrophe(character) }

    /// The text of a range of characters.
    func text(_ range: Range<Int>) -> String {
        if let bytes { return String(decoding: bytes[range], as: UTF8.self) }
        return String(storedCharacters[range])
    }

    /// Whether only spaces, hyphens or slashes separate two adjacent tokens, so a phrase may run across them.
    func joins(_ left: Int, _ right: Int) -> Bool {
        if let bytes {
            return bytes[tokens[left].range.upperBound..<tokens[right].range.lowerBound].allSatisfy {
                $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/")
            }
        }
        return storedCharacters[tokens[left].range.upperBound..<tokens[right].range.lowerBound].allSatisfy {
            CharacterClass.isWhitespace($0) || CharacterClass.is($0, UInt8(ascii: "-")) || CharacterClass.is($0, UInt8(ascii: "/"))
                || $0 == "\u{2010}" || $0 == "\u{2011}"
        }
    }

    /// The index of the first token starting at or after a character offset.
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.range.lowerBound >= offset } ?? tokens.count
    }
}
