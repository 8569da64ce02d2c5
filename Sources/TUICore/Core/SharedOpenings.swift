/// Tells outline gists apart where they open alike. "Seek assurance from Children's Social Care…" and
/// "Seek assurance from their partners…" both read "Seek assurance f…" in an 80-column outline; what
/// tells them apart comes after the words they share. For each gist this finds the longest opening it
/// shares with any other (two words at least: one shared "The" says nothing) and the words after it.
enum SharedOpenings {
    static let minimumWords = 2

    /// For each text, what follows the opening it shares with another text ("Children's Social Care…"),
    /// or nil when it shares none, or all its words. Equal texts (a recommendation and its first part)
    /// do not count as sharing.
    static func distinctRests(of texts: [String]) -> [String?] {
        let words = texts.map { $0.split(separator: " ") }
        let keys = words.map { $0.map { $0.lowercased() } }
        // After sorting, the longest opening a text shares with any other is shared with a neighbour.
        let unique = Array(Set(keys)).sorted { $0.lexicographicallyPrecedes($1) }
        var shared: [[String]: Int] = [:]
        for (index, key) in unique.enumerated() {
            let before = index > 0 ? commonWords(key, unique[index - 1]) : 0
            let after = index + 1 < unique.count ? commonWords(key, unique[index + 1]) : 0
            shared[key] = max(before, after)
        }
        return zip(words, keys).map { words, key in
            let count = shared[key] ?? 0
            guard count >= minimumWords, count < words.count else { return nil }
            return String(words[count].base[words[count].startIndex...])
        }
    }

    private static func commonWords(_ first: [String], _ second: [String]) -> Int {
        zip(first, second).prefix { $0 == $1 }.count
    }
}
