import Content
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
    private var matcher: PhraseMatcher<Int>

    init(themes: [ThemeDefinition]) {
        self.themes = themes
        matcher = PhraseMatcher(themes.enumerated().flatMap { index, theme in theme.signals.map { ($0, index) } })
    }

    /// The finder with its signals looked up once for every word of a document's vocabulary.
    func bound(to vocabulary: Vocabulary) -> ThemeFinder {
        var finder = self
        finder.matcher = matcher.bound(to: vocabulary)
        return finder
    }

    /// The themes signalled in a set of pieces, in theme-file order, each with its evidence in reading order.
    func themes(in pieces: [(TextPiece, WordTokens)]) -> [ThemeMatch] {
        var evidence = Array(repeating: [Evidence](), count: themes.count)
        for (piece, tokens) in pieces {
            for match in matcher.matchesPerPayload(in: tokens) {
                evidence[match.payload].append(piece.evidence(match.range))
            }
        }
        return themes.indices.compactMap { index in
            evidence[index].isEmpty ? nil : ThemeMatch(theme: themes[index].name, evidence: evidence[index])
        }
    }
}
