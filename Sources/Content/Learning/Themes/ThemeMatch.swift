/// A theme a recommendation carries, with the words that signalled it.
public struct ThemeMatch: Sendable, Hashable {
    /// The theme's name from `themes.txt`.
    public var theme: String
    /// Each signal found, in reading order.
    public var evidence: [Evidence]

    public init(theme: String, evidence: [Evidence]) {
        self.theme = theme
        self.evidence = evidence
    }

    /// The distinct signal words found ("missing", "return home interviews").
    public var signals: [String] {
        var seen = Set<String>()
        return evidence.map(\.text).filter { seen.insert($0.lowercased()).inserted }
    }
}

/// Recognises themes through their signal words (`themes.txt`).
struct ThemeFinder: Sendable {
    let themes: [ThemeDefinition]
    private let matchers: [PhraseMatcher<Int>]

    init(themes: [ThemeDefinition]) {
        self.themes = themes
        matchers = themes.enumerated().map { index, theme in PhraseMatcher(theme.signals.map { ($0, index) }) }
    }

    /// The themes signalled in a set of pieces, in theme-file order.
    func themes(in pieces: [(DocumentPiece, WordTokens)]) -> [ThemeMatch] {
        themes.indices.compactMap { index in
            let evidence = pieces.flatMap { piece, tokens in
                matchers[index].matches(in: tokens).map { piece.evidence($0.range, in: tokens) }
            }
            return evidence.isEmpty ? nil : ThemeMatch(theme: themes[index].name, evidence: evidence)
        }
    }
}
