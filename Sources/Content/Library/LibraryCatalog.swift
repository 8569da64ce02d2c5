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
    /// The `has:` flags of at least one of its recommendations ("commitment", "due", "response").
    public var flags: [String]

    public init(id: Int, title: String, organisation: String? = nil, year: Int? = nil, source: String,
                recommendationCount: Int, statusCounts: [String: Int] = [:], themes: [String] = [], agencies: [String] = [],
                flags: [String] = []) {
        self.id = id
        self.title = title
        self.organisation = organisation
        self.year = year
        self.source = source
        self.recommendationCount = recommendationCount
        self.statusCounts = statusCounts
        self.themes = themes
        self.agencies = agencies
        self.flags = flags
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
    /// The letters of the recommendation's code ("PR" for a match in PR2); "" for a plain number, and
    /// for a library's rows imported before codes were stored (named by number).
    public var series: String

    /// The recommendation or part as the document writes it: "PR2b", "5", nil outside one.
    public var code: String? { item.map { series + $0.description } }

    public init(document: Int, documentTitle: String, item: ItemID?, snippet: String, rank: Double, series: String = "") {
        self.series = series
        self.document = document
        self.documentTitle = documentTitle
        self.item = item
        self.snippet = snippet
        self.rank = rank
    }
}

/// How many matches a search across the library found in each review: counted, not fetched. A very
/// broad query (a common word, a short prefix) is counted only up to a bound, so that every key stays
/// quick; then `isComplete` is false and the counts are "at least".
public struct LibrarySearchCounts: Sendable, Hashable {
    /// Matches per review, for every review counted (also those beyond the hits returned).
    public var matchesByReview: [Int: Int]
    public var isComplete: Bool

    public init(matchesByReview: [Int: Int], isComplete: Bool = true) {
        self.matchesByReview = matchesByReview
        self.isComplete = isComplete
    }
}

/// A search across the library as the library screen shows it while the user types: the first reviews'
/// first hits only (a few screens' worth), and the counts of every review's matches.
public struct LibrarySearchPage: Sendable, Hashable {
    /// The hits shown, by review, in the order the screen shows them.
    public var hits: [LibraryHit]
    public var counts: LibrarySearchCounts

    public init(hits: [LibraryHit], counts: LibrarySearchCounts) {
        self.hits = hits
        self.counts = counts
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
    /// The library screen's search, at every key: at most `reviews` reviews with at most `hitsPerReview`
    /// hits each, and every review's count of matches.
    func searchPage(_ query: String, reviews: Int, hitsPerReview: Int) throws -> LibrarySearchPage
    /// The recommendations of these documents, in the order of `ids` and then of each document, for the
    /// themes and agencies matrices; a document that cannot be read is left out. (A catalog without a
    /// store gets `Learning`'s, which parses each document.)
    func recommendations(of ids: [Int]) throws -> [LibraryRecommendation]
    /// The commitments of these documents, in the order of `ids` and then of each document, for the
    /// tracker across reviews; a document that cannot be read is left out.
    func commitments(of ids: [Int]) throws -> LibraryCommitments
    /// The commitments of these documents whose recommendation `filter` lets through (the recommendation
    /// filter of `casebook commitments --filter`: words, theme:, agency: by name or alias, status:, has:),
    /// for the library's `C` with a filter; a bad filter throws. (A catalog without a store gets
    /// `Search`'s, which parses each document.)
    func commitments(of ids: [Int], filter: String) throws -> LibraryCommitments
    /// What names each of these documents' notes (`DocumentIdentity`), by id; a document that cannot be
    /// read is left out. The library keeps them, so reading the marks of every review parses none.
    func notesIdentities(of ids: [Int]) throws -> [Int: DocumentIdentity]
    /// The notes identities the catalog has without parsing (a store's as kept, which is every review's
    /// once they are stored): for telling which notes file is which review's when one opens.
    func keptNotesIdentities() throws -> [Int: DocumentIdentity]
    /// The documents among `ids` that `reading` would parse first and store what it reads of them (a
    /// library imported by an older casebook), so that the runtime can parse them a batch at a time
    /// and show how far it has got; none when nothing would be stored (a read-only library).
    func unparsed(of ids: [Int], for reading: LibraryReading) throws -> [Int]
    /// Parses `ids` and stores what `reading` reads of them.
    func parse(_ ids: [Int], for reading: LibraryReading) throws
    /// Reads ahead what the library screen's search will want, so that its first key with a learning
    /// facet finds it ready; the runtime calls it off the terminal loop once the first frame is drawn.
    func prepareSearch()
    /// A number that changes when another process changes the library (adds or removes reviews), so
    /// that the browser reads its list again; nil when the catalog cannot tell (a folder's, a test's).
    func changeMark() -> Int?
}

/// What a reading of the library keeps of each review, parsed once: the rows of the matrices and the
/// tracker, or what names its notes.
public enum LibraryReading: Sendable {
    case views, notesIdentities
}

extension LibraryCatalog {
    /// A catalog that stores nothing parses at each reading: nothing to parse first.
    public func unparsed(of ids: [Int], for reading: LibraryReading) throws -> [Int] { [] }
    public func parse(_ ids: [Int], for reading: LibraryReading) throws {}
    /// A catalog without a store has nothing to read ahead.
    public func prepareSearch() {}
    /// A catalog without a store is not changed by another process.
    public func changeMark() -> Int? { nil }

    /// From each parsed document, for a catalog that keeps no identities (a folder's, a test's).
    public func notesIdentities(of ids: [Int]) throws -> [Int: DocumentIdentity] {
        Dictionary(ids.compactMap { id in (try? document(id: id)).map { (id, DocumentIdentity($0)) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Every document's, for a catalog that has them at hand (a folder's, a test's).
    public func keptNotesIdentities() throws -> [Int: DocumentIdentity] { try notesIdentities(of: entries().map(\.id)) }

    /// From `search`, for a catalog small enough to return every hit (a folder's, a test's).
    public func searchPage(_ query: String, reviews: Int, hitsPerReview: Int) throws -> LibrarySearchPage {
        let hits = try search(query, limit: .max)
        var counts: [Int: Int] = [:]
        var order: [Int] = []
        for hit in hits {
            if counts[hit.document] == nil { order.append(hit.document) }
            counts[hit.document, default: 0] += 1
        }
        let shown = Set(order.prefix(reviews))
        var kept: [Int: Int] = [:]
        let page = hits.filter { hit in
            guard shown.contains(hit.document), kept[hit.document, default: 0] < hitsPerReview else { return false }
            kept[hit.document, default: 0] += 1
            return true
        }
        return LibrarySearchPage(hits: page, counts: LibrarySearchCounts(matchesByReview: counts))
    }
}
