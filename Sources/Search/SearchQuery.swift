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
    ] + LearningIndex.facetKeys

    /// Whether the query uses a facet that needs the learning structure (themes, agencies, status).
    public var needsLearning: Bool {
        facets.contains { facet in LearningIndex.facetKeys.contains { $0.key == facet.key } }
    }

    public init() {}

    public init(parsing text: String) throws(QueryError) {
        self = try QueryParser.parse(text)
    }
}

/// Why a query could not be understood, in words for the user.
public struct QueryError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
