import Learning
/// A parsed query: words that must all occur in one item, quoted phrases, `-excluded` words,
/// `prefix*` words, and facets such as `section:generic`, `id:5`, `in:response`.
/// Smart case, word by word: a word or phrase with no capital letter ignores case; one with a
/// capital respects it ("ACEs" finds ACEs, not aces; "hampshire" finds Hampshire).
public struct SearchQuery: Sendable, Equatable {
    public struct Term: Sendable, Hashable {
        /// The words as typed (a phrase may hold several).
        public var text: String
        public var isPhrase = false
        /// `word*`: matches words that start with `text`.
        public var isPrefix = false
        /// `-word`: the item must not contain it.
        public var isExcluded = false

        public var isCaseSensitive: Bool { text.contains(where: \.isUppercase) }

        /// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
        /// Myanmar) have no word boundaries to match on: such a term matches inside words.
        public var matchesInsideWords: Bool {
            text.unicodeScalars.contains { scalar in Self.unspacedScripts.contains { $0.contains(scalar.value) } }
        }

        private static let unspacedScripts: [ClosedRange<UInt32>] = [
            0x0E00...0x0EFF,   // Thai, Lao
            0x1000...0x109F,   // Myanmar
            0x1780...0x17FF,   // Khmer
            0x3040...0x30FF,   // Hiragana, Katakana
            0x3100...0x312F,   // Bopomofo
            0x31F0...0x31FF,   // Katakana extensions
            0x3400...0x4DBF,   // CJK extension A
            0x4E00...0x9FFF,   // CJK unified ideographs
            0xF900...0xFAFF,   // CJK compatibility ideographs
            0xFF66...0xFF9F,   // half-width Katakana
            0x20000...0x3FFFF, // CJK extensions B and later
        ]
    }

    public struct Facet: Sendable, Equatable {
        public var key: String
        public var value: String
        public var isExcluded = false
    }

    public var terms: [Term] = []
    public var facets: [Facet] = []
    public var source: String = ""

    public var isEmpty: Bool { terms.isEmpty && facets.isEmpty }
    /// The terms that are looked for (and highlighted), not excluded.
    public var positiveTerms: [Term] { terms.filter { !$0.isExcluded } }

    /// The facet keys the query language knows, with what each accepts (for help and the picker).
    public static let facetKeys: [(key: String, help: String)] = [
        ("section", "words from a section heading, e.g. section:generic"),
        ("id", "a recommendation or part, e.g. id:5 or id:5b"),
        ("in", "where the words are: in:recommendation or in:response"),
        ("stated", "the status the response states in its own words, e.g. stated:accepted, stated:amber"),
    ] + LearningIndex.facetKeys + DocumentFacets.keys

    /// Whether the query uses a facet that needs the learning structure (themes, agencies, status).
    public var needsLearning: Bool {
        facets.contains { facet in LearningIndex.facetKeys.contains { $0.key == facet.key } }
    }

    public init() {}

    public init(parsing text: String) throws(QueryError) {
        self = try QueryParser.parse(text)
    }

    /// The query while it is still being typed: the word under the cursor at the end matches as a
    /// prefix, so search-as-you-type lights "reachable" at `rea`. Enter runs `init(parsing:)`.
    public init(typing text: String) throws(QueryError) {
        self = try QueryParser.parse(text, typing: true)
    }
}

/// Why a query could not be understood, in words for the user.
public struct QueryError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
