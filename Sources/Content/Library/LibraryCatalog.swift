/// One review in the library, as its list shows it: enough to draw a row without parsing the document.
public struct LibraryEntry: Sendable, Hashable {
    /// The library's id for the document (`casebook 12`, `casebook show 12:5b`).
    public var id: Int
    public var title: String
    public var organisation: String?
    public var year: Int?
    /// Where it was imported from (a path, or the built-in document's name).
    public var source: String
    public var recommendationCount: Int
    /// Derived status counts, keyed by the status's words ("completed", "in progress", "planned", …).
    public var statusCounts: [String: Int]
    /// The themes and agencies its recommendations carry (derived at import), for the `theme:` and
    /// `agency:` filters; sorted, each once.
    public var themes: [String]
    public var agencies: [String]

    public init(id: Int, title: String, organisation: String? = nil, year: Int? = nil, source: String,
                recommendationCount: Int, statusCounts: [String: Int] = [:], themes: [String] = [], agencies: [String] = []) {
        self.id = id
        self.title = title
        self.organisation = organisation
        self.year = year
        self.source = source
        self.recommendationCount = recommendationCount
        self.statusCounts = statusCounts
        self.themes = themes
        self.agencies = agencies
    }
}

/// A match of a search across the library, ranked (lower `rank` is better, as SQLite's bm25 gives it).
public struct LibraryHit: Sendable, Hashable {
    public var document: Int
    public var documentTitle: String
    /// The recommendation or part matched; nil for the introduction or a section heading.
    public var item: ItemID?
    /// A short excerpt around the match, plain text.
    public var snippet: String
    public var rank: Double

    public init(document: Int, documentTitle: String, item: ItemID?, snippet: String, rank: Double) {
        self.document = document
        self.documentTitle = documentTitle
        self.item = item
        self.snippet = snippet
        self.rank = rank
    }
}

/// The library as the browser and the commands read it. The SQLite library implements it; tests use
/// an in-memory one. Every method may do I/O, so only the runtime (never the pure core) calls it.
public protocol LibraryCatalog: Sendable {
    /// Every document, the built-in one included, in id order.
    func entries() throws -> [LibraryEntry]
    /// The parsed document with this id (read from the library, not from its source file).
    func document(id: Int) throws -> ReviewDocument
    /// Matches of a query across every document, best first, at most `limit`.
    func search(_ query: String, limit: Int) throws -> [LibraryHit]
}
