import Content
/// An acronym a document defines itself: "Child Criminal Exploitation (CCE)".
struct AcronymDefinition: Sendable {
    var acronym: String
    var expansion: String
    /// The expansion and the bracketed acronym, as written.
    var evidence: Evidence
    /// Where the acronym itself is, within the same piece.
    var acronymRange: Range<Int>
}

/// Finds "Expansion Words (ACR)" and "ACR (Expansion Words)" where the words' initials spell the
/// acronym. Small words (of, and, the, for…) may be skipped or supply a lower-case letter
/// ("Ministry of Justice (MoJ)", "Department for Education (DfE)"); a name's tail after a small
/// word may be skipped ("Isle of Wight" gives only the I of HIPS); a plural "s" is ignored ("ACEs").
enum AcronymDefinitionFinder {
    static let smallWords: Set<String> = ["of", "and", "the", "for", "in", "on", "to", "at", "with", "a", "an", "&"]

    static func definitions(in piece: TextPiece, tokens: WordTokens) -> [AcronymDefinition] {
        var found: [AcronymDefinition] = []
        for (index, token) in tokens.tokens.enumerated() where AcronymShape.isAcronym(token.text) {
            let before = token.range.lowerBound - 1, after = token.range.upperBound
            let bracketed = before >= 0 && tokens.byte(at: before) == UInt8(ascii: "(") && after < tokens.count
                && tokens.byte(at: after) == UInt8(ascii: ")")
            if bracketed, let start = expansionStart(tokens, endingBefore: index, acronym: token.text) {
                let expansion = tokens.text(tokens.tokens[start].range.lowerBound..<tokens.tokens[index - 1].range.upperBound)
                let whole = tokens.tokens[start].range.lowerBound..<(after + 1)
                found.append(AcronymDefinition(acronym: token.text, expansion: expansion,
                                               evidence: piece.evidence(whole), acronymRange: token.range))
            } else if let definition = bracketedExpansion(after: index, in: tokens, piece: piece) {
                found.append(definition)
            }
        }
        return found
    }

    /// Acronyms used in the document that a whole title line spells, such as the publishing
    /// partnership's initials ("ASCP" from "Anytown Safeguarding Children Partnership").
    /// `titles`: the document's title lines; `used`: its acronym-shaped words, in order of first use.
    static func titleDefinitions(in titles: [(TextPiece, WordTokens)], used: [String]) -> [AcronymDefinition] {
        return used.compactMap { acronym in
            for (piece, tokens) in titles where !tokens.tokens.isEmpty {
                let count = tokens.tokens.count
                guard count <= AcronymShape.letters(of: acronym).count * 2 + 3,
                      expansionStart(tokens, endingBefore: count, acronym: acronym) == 0 else { continue }
                let range = tokens.tokens[0].range.lowerBound..<tokens.tokens[count - 1].range.upperBound
                return AcronymDefinition(acronym: acronym, expansion: tokens.text(range), evidence: piece.evidence(range),
                                         acronymRange: range)
            }
            return nil
        }
    }

    /// "ACR (Expansion Words)": the words inside the brackets spell the acronym exactly.
    private static func bracketedExpansion(after index: Int, in tokens: WordTokens, piece: TextPiece) -> AcronymDefinition? {
        let token = tokens.tokens[index]
        var open = token.range.upperBound
        while open < tokens.count, tokens.byte(at: open) == UInt8(ascii: " ") { open += 1 }
        guard open < tokens.count, tokens.byte(at: open) == UInt8(ascii: "("),
              let close = (open..<tokens.count).first(where: { tokens.byte(at: $0) == UInt8(ascii: ")") }) else { return nil }
        let inner = tokens.tokens.indices.filter { (open..<close).contains(tokens.tokens[$0].range.lowerBound) }
        guard let last = inner.last, let first = inner.first,
              expansionStart(tokens, endingBefore: last + 1, acronym: token.text, earliest: first) == first else { return nil }
        let expansion = tokens.text(tokens.tokens[first].range.lowerBound..<tokens.tokens[last].range.upperBound)
        return AcronymDefinition(acronym: token.text, expansion: expansion,
                                 evidence: piece.evidence(token.range.lowerBound..<(close + 1)), acronymRange: token.range)
    }

    /// The index of the first word of an expansion ending at token `end - 1`, or nil.
    static func expansionStart(_ tokens: WordTokens, endingBefore end: Int, acronym: String, earliest: Int? = nil) -> Int? {
        let letters = AcronymShape.letters(of: acronym)
        guard end > 0, let lastLetter = letters.last,
              tokens.tokens[end - 1].folded.first == Character(lastLetter.lowercased()) else { return nil }
        // Words only within the same clause: stop at a full stop, colon, semicolon or bracket.
        var earliestWord = max(earliest ?? 0, end - letters.count * 2 - 3)
        for index in stride(from: end - 1, to: earliestWord, by: -1) where !tokens.joinsWithinClause(index - 1, index) {
            earliestWord = index
            break
        }
        let words = tokens.tokens[earliestWord..<end].map(\.folded)
        return match(letters: letters, letter: letters.count - 1, words: words, word: words.count - 1).map { $0 + earliestWord }
    }

    /// Matches letters to words backwards; returns the index of the word giving the first letter.
    private static func match(letters: [Character], letter: Int, words: [String], word: Int) -> Int? {
        guard letter >= 0 else { return word + 1 }
        guard word >= 0 else { return nil }
        let wanted = Character(letters[letter].lowercased())
        let current = words[word]
        let initialMatches = current.first == wanted
        if letters[letter].isLowercase {
            // A lower-case letter comes from a small word, or is part of the previous capital's word.
            if initialMatches, let start = match(letters: letters, letter: letter - 1, words: words, word: word - 1) { return start }
            return match(letters: letters, letter: letter - 1, words: words, word: word)
        }
        if smallWords.contains(current) {
            if let start = match(letters: letters, letter: letter, words: words, word: word - 1) { return start }
            return initialMatches ? match(letters: letters, letter: letter - 1, words: words, word: word - 1) : nil
        }
        if initialMatches, let start = match(letters: letters, letter: letter - 1, words: words, word: word - 1) { return start }
        // The tail of a name after a small word ("Isle of Wight").
        if word > 0, smallWords.contains(words[word - 1]), word < words.count - 1 {
            return match(letters: letters, letter: letter, words: words, word: word - 1)
        }
        return nil
    }
}

extension WordTokens {
    /// Whether two adjacent tokens are in one clause: nothing but spaces, commas, hyphens and slashes between.
    func joinsWithinClause(_ left: Int, _ right: Int) -> Bool {
        guard left >= 0 else { return false }
        return onlySeparators(between: left, and: right) { $0.isSpace || $0 == "," || $0 == "-" || $0 == "/" || $0 == "&" }
    }
}
