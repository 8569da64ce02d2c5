/// What an acronym looks like: 2–10 letters, starting with a capital, mostly capitals
/// ("CCE", "ACEs", "MoJ", "DfE"; not "McDonald", not "Q3").
public enum AcronymShape {
    public static func isAcronym<S: StringProtocol>(_ word: S) -> Bool {
        guard let first = word.unicodeScalars.first, first.isCapital else { return false }
        var count = 0, capitals = 0
        for scalar in word.unicodeScalars {
            guard scalar.isLetter, count < 10 else { return false }
            count += 1
            if scalar.isCapital { capitals += 1 }
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
