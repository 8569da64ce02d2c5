/// Splits prose into sentences. A full stop ends a sentence only when followed by space and a
/// capital, digit or opening quote (or the end); never after an abbreviation that cannot end one
/// ("e.g.", "i.e.", "No.", "Dr."), a decimal ("1.5"), or an initial ("J. Smith") — though the
/// letter that names a child ("Child J.") does end a sentence.
public enum SentenceSplitter {
    /// Abbreviations (lower case, without the final full stop) after which a sentence never ends.
    static let abbreviations: Set<String> = [
        "e.g", "eg", "i.e", "ie", "no", "nos", "dr", "mr", "mrs", "ms", "prof", "st", "cf", "vs", "approx",
        "fig", "para", "paras", "p", "pp", "cllr", "ref", "vol", "ch", "sec", "nb", "n.b", "inc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Words that name a person by a letter, so "Child J." can end a sentence.
    static let letterNamers: Set<String> = ["child", "children", "baby", "young", "person", "family", "sibling", "mother", "father", "adult", "case", "appendix", "annex", "part"]

    /// The sentences of `text`, as Character offsets, trimmed of surrounding whitespace.
    public static func sentences(in text: String) -> [Range<Int>] { sentences(in: Array(text)) }

    /// The same, for text already split into Characters, or into bytes when each is one Character.
    static func sentences<Unit: SentenceUnit>(in characters: [Unit]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isTerminator {
                var end = index + 1
                while end < characters.count, characters[end].isTerminator { end += 1 }
                while end < characters.count, characters[end].isCloser { end += 1 }
                if endsSentence(characters, terminator: index, after: end) {
                    append(start..<end, to: &sentences, in: characters)
                    start = end
                }
                index = end
            } else if character.isLineFeed, index + 1 < characters.count, characters[index + 1].isLineFeed {
                append(start..<index, to: &sentences, in: characters)
                start = index
                index += 1
            } else {
                index += 1
            }
        }
        append(start..<characters.count, to: &sentences, in: characters)
        return sentences
    }

    /// The sentences as strings (for tests and simple callers).
    public static func split(_ text: String) -> [String] {
        let characters = Array(text)
        return sentences(in: text).map { String(characters[$0]) }
    }

    private static func append<Unit: SentenceUnit>(_ range: Range<Int>, to sentences: inout [Range<Int>], in characters: [Unit]) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, characters[lower].isSpace { lower += 1 }
        while upper > lower, characters[upper - 1].isSpace { upper -= 1 }
        if lower < upper { sentences.append(lower..<upper) }
    }

    private static func endsSentence<Unit: SentenceUnit>(_ characters: [Unit], terminator: Int, after end: Int) -> Bool {
        var next = end
        while next < characters.count, characters[next].isSpace { next += 1 }
        if next == characters.count { return true }
        // Needs a space, then something that can start a sentence.
        guard next > end else { return false }
        guard characters[next].canStartSentence else { return false }
        guard characters[terminator].isFullStop else { return true }
        let word = wordBefore(characters, terminator)
        if abbreviations.contains(word.lowercased()) { return false }
        if word.count == 1, word.first!.isUppercase {
            return letterNamers.contains(wordBefore(characters, terminator - 2).lowercased())
        }
        return true
    }

    /// The word (letters and inner full stops) ending just before `index`.
    private static func wordBefore<Unit: SentenceUnit>(_ characters: [Unit], _ index: Int) -> String {
        guard index > 0 else { return "" }
        var start = index
        while start > 0, characters[start - 1].isWordLetter
            || (characters[start - 1].isFullStop && start - 1 > 0 && characters[start - 2].isWordLetter) {
            start -= 1
        }
        return Unit.string(characters[start..<max(start, index)])
    }
}

/// What the splitter asks of a character: implemented for `Character`, and for a byte of text whose
/// every Character is one ASCII byte (the common case, and much faster to examine).
protocol SentenceUnit {
    /// ".", "!" or "?".
    var isTerminator: Bool { get }
    /// What may follow a terminator inside the sentence: closing brackets and quotes.
    var isCloser: Bool { get }
    var isLineFeed: Bool { get }
    var isSpace: Bool { get }
    var isFullStop: Bool { get }
    var isWordLetter: Bool { get }
    /// A capital, a digit or an opening quote, bracket, bullet or dash.
    var canStartSentence: Bool { get }
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: SentenceUnit {
    var isTerminator: Bool {
        guard let byte = asciiValue else { return false }
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    var isCloser: Bool {
        if let byte = asciiValue { return byte.isCloser }
        return self == "\u{2019}" || self == "\u{201D}"
    }

    var isLineFeed: Bool { CharacterClass.is(self, 0x0A) }
    var isSpace: Bool { CharacterClass.isWhitespace(self) }
    var isFullStop: Bool { CharacterClass.is(self, UInt8(ascii: ".")) }
    var isWordLetter: Bool { CharacterClass.isLetter(self) }
    var canStartSentence: Bool {
        CharacterClass.isUppercase(self) || CharacterClass.isNumber(self) || "\"'(\u{2018}\u{201C}•-".contains(self)
    }

    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension UInt8: SentenceUnit {
    var isTerminator: Bool { self == UInt8(ascii: ".") || self == UInt8(ascii: "!") || self == UInt8(ascii: "?") }
    var isCloser: Bool { self == UInt8(ascii: ")") || self == UInt8(ascii: "]") || self == UInt8(ascii: "\"") || self == UInt8(ascii: "'") }
    var isLineFeed: Bool { self == 0x0A }
    var isSpace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
    var isFullStop: Bool { self == UInt8(ascii: ".") }
    var isWordLetter: Bool { CharacterClass.isASCIILetter(self) }
    var canStartSentence: Bool {
        (self >= 0x41 && self <= 0x5A) || (self >= 0x30 && self <= 0x39) || self == UInt8(ascii: "\"") || self == UInt8(ascii: "'")
            || self == UInt8(ascii: "(") || self == UInt8(ascii: "-")
    }

    static func string(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}
