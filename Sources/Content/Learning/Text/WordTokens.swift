/// A word in a piece of text: letters and digits, with apostrophes inside it ("Children's").
/// Offsets count Characters, as the reader and the search engine do.
struct WordToken: Sendable, Hashable {
    /// The word as written, with a curly apostrophe made straight.
    var text: String
    /// `text` lower-cased, for matching that ignores case.
    var folded: String
    var range: Range<Int>
}

/// A piece of text split into words, keeping the characters between them.
struct WordTokens: Sendable {
    let characters: [Character]
    let tokens: [WordToken]

    init(_ text: String) {
        let characters = Array(text)
        var tokens: [WordToken] = []
        var index = 0
        while index < characters.count {
            guard Self.isWordCharacter(characters[index]) else { index += 1; continue }
            let start = index
            while index < characters.count {
                if Self.isWordCharacter(characters[index]) {
                    index += 1
                } else if Self.isApostrophe(characters[index]), index + 1 < characters.count,
                          characters[index + 1].isLetter, index > start {
                    index += 1
                } else if Self.isApostrophe(characters[index]), index > start, characters[index - 1] == "s",
                          index + 1 == characters.count || !Self.isWordCharacter(characters[index + 1]) {
                    // A plural possessive ("Barnardos'") keeps its apostrophe.
                    index += 1
                    break
                } else {
                    break
                }
            }
            let word = String(characters[start..<index].map { Self.isApostrophe($0) ? "'" : $0 })
            tokens.append(WordToken(text: word, folded: word.lowercased(), range: start..<index))
        }
        self.characters = characters
        self.tokens = tokens
    }

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
    static func isApostrophe(_ character: Character) -> Bool { character == "'" || character == "\u{2019}" }

    /// The text of a range of characters.
    func text(_ range: Range<Int>) -> String { String(characters[range]) }

    /// Whether only spaces, hyphens or slashes separate two adjacent tokens, so a phrase may run across them.
    func joins(_ left: Int, _ right: Int) -> Bool {
        characters[tokens[left].range.upperBound..<tokens[right].range.lowerBound].allSatisfy {
            $0.isWhitespace || $0 == "-" || $0 == "/" || $0 == "\u{2010}" || $0 == "\u{2011}"
        }
    }

    /// The index of the first token starting at or after a character offset.
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.range.lowerBound >= offset } ?? tokens.count
    }
}
