/// What an acronym looks like: 2–10 letters, starting with a capital, mostly capitals
/// ("CCE", "ACEs", "MoJ", "DfE"; not "McDonald", not "Q3").
public enum AcronymShape {
    public static func isAcronym<S: StringProtocol>(_ word: S) -> Bool {
        guard let first = word.first, first.isUppercase, (2...10).contains(word.count),
              word.allSatisfy(\.isLetter) else { return false }
        let capitals = word.filter(\.isUppercase).count
        return capitals >= 2 && capitals > word.count - capitals
    }

    /// The acronym's letters to match against words, without a plural "s" ("ACEs" → A, C, E).
    static func letters(of acronym: String) -> [Character] {
        var letters = Array(acronym)
        if letters.count > 2, letters.last == "s", letters.dropLast().last?.isUppercase == true { letters.removeLast() }
        return letters
    }
}
