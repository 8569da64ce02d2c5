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

    /// The sentences of `text`, as UTF-8 ranges, trimmed of surrounding whitespace.
    public static func sentences(in text: String) -> [Range<Int>] { sentences(in: ScalarText(text)) }

    /// The sentences as strings (for tests and simple callers).
    public static func split(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return sentences(in: text).map { String(decoding: utf8[$0], as: UTF8.self) }
    }

    static func sentences(in text: ScalarText) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < text.count {
            let character = text[index]
            if isTerminator(character) {
                var end = index + 1
                while end < text.count, isTerminator(text[end]) { end += 1 }
                while end < text.count, isCloser(text[end]) { end += 1 }
                if endsSentence(text, terminator: index, after: end) {
                    append(start..<end, to: &sentences, in: text)
                    start = end
                }
                index = end
            } else if character == "\n", index + 1 < text.count, text[index + 1] == "\n" {
                append(start..<index, to: &sentences, in: text)
                start = index
                index += 1
            } else {
                index += 1
            }
        }
        append(start..<text.count, to: &sentences, in: text)
        return sentences
    }

    private static func isTerminator(_ character: Unicode.Scalar) -> Bool { character == "." || character == "!" || character == "?" }

    /// What may follow a terminator inside the sentence: closing brackets and quotes.
    private static func isCloser(_ character: Unicode.Scalar) -> Bool {
        ")]\"'\u{2019}\u{201D}".unicodeScalars.contains(character)
    }

    /// A capital, a digit or an opening quote, bracket, bullet or dash.
    private static func canStartSentence(_ character: Unicode.Scalar) -> Bool {
        character.isCapital || character.isDigit || "\"'(\u{2018}\u{201C}•-".unicodeScalars.contains(character)
    }

    private static func append(_ range: Range<Int>, to sentences: inout [Range<Int>], in text: ScalarText) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text[lower].isSpace { lower += 1 }
        while upper > lower, text[upper - 1].isSpace { upper -= 1 }
        if lower < upper { sentences.append(text.utf8Range(lower..<upper)) }
    }

    private static func endsSentence(_ text: ScalarText, terminator: Int, after end: Int) -> Bool {
        var next = end
        while next < text.count, text[next].isSpace { next += 1 }
        if next == text.count { return true }
        // Needs a space, then something that can start a sentence.
        guard next > end else { return false }
        guard canStartSentence(text[next]) else { return false }
        guard text[terminator] == "." else { return true }
        let word = wordBefore(text, terminator)
        if abbreviations.contains(word.lowercased()) { return false }
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.isCapital {
            return letterNamers.contains(wordBefore(text, terminator - 2).lowercased())
        }
        return true
    }

    /// The word (letters and inner full stops) ending just before `index`.
    private static func wordBefore(_ text: ScalarText, _ index: Int) -> String {
        guard index > 0 else { return "" }
        var start = index
        while start > 0, text[start - 1].isLetter || (text[start - 1] == "." && start - 1 > 0 && text[start - 2].isLetter) {
            start -= 1
        }
        return String(String.UnicodeScalarView(text.scalars[start..<max(start, index)]))
    }
}
