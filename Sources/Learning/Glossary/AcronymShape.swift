/// What an acronym looks like: 2–10 letters, starting with a capital, mostly capitals
/// ("CCE", "ACEs", "MoJ", "DfE"; not "McDonald", not "Q3").
public enum AcronymShape {
    public static func isAcronym<S: StringProtocol>(_ word: S) -> Bool {
        if let answer = isASCIIAcronym(word.utf8) { return answer }
        guard let first = word.first, first.isUppercase, (2...10).contains(word.count),
              word.allSatisfy(\.isLetter) else { return false }
        let capitals = word.filter(\.isUppercase).count
        return capitals >= 2 && capitals > word.count - capitals
    }

    /// The same test on bytes, for an ASCII word (nil otherwise): Unicode property look-ups per
    /// character were most of the glossary's cost.
    private static func isASCIIAcronym<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool? {
        var count = 0, capitals = 0, allLetters = true
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if count == 0 && !(byte >= 0x41 && byte <= 0x5A) { allLetters = false }
            count += 1
            if byte >= 0x41 && byte <= 0x5A { capitals += 1 } else if !CharacterClass.isASCIILetter(byte) { allLetters = false }
        }
        // Only "\r\n" makes an ASCII word's Characters fewer than its bytes, and it is no letter.
        guard allLetters, count >= 2, count <= 10 else { return false }
        return capitals >= 2 && capitals > count - capitals
    }

    /// `isAcronym` for a word known to be plain ASCII, stopping at the first byte that decides.
    static func isAcronym(asciiWord word: String) -> Bool {
        var count = 0, capitals = 0
        for byte in word.utf8 {
            let isCapital = byte >= 0x41 && byte <= 0x5A
            if count == 0 && !isCapital { return false }
            count += 1
            if count > 10 { return false }
            if isCapital { capitals += 1 } else if !CharacterClass.isASCIILetter(byte) { return false }
        }
        return count >= 2 && capitals >= 2 && capitals > count - capitals
    }

    /// The acronym's letters to match against words, without a plural "s" ("ACEs" → A, C, E).
    static func letters(of acronym: String) -> [Character] {
        var letters = Array(acronym)
        if letters.count > 2, letters.last == "s", letters.dropLast().last?.isUppercase == true { letters.removeLast() }
        return letters
    }
}
