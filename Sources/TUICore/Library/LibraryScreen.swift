import Content
import Foundation

/// The library screen's state: every review in the library as a row, sorted and filtered, and a
/// search across them. Kept whole while a review is open, so coming back finds it as it was.
struct LibraryScreen: Sendable {
    /// The keys the rows can be sorted by, in the order `s` steps through them.
    enum Sort: String, Sendable, CaseIterable {
        case title, year, organisation
    }

    /// What has the library's keys.
    enum Mode: Sendable {
        case list
        /// The `f` filter or `/` search prompt, on the bottom row.
        case prompt(PromptState)
        case help(HelpState)
        /// A list of recommendations across reviews (the still-to-do tracker, a matrix cell's), where each
        /// row leads, and the matrix Esc goes back to.
        case tracker(ListView, targets: [LibraryTarget], over: LibraryMatrix?)
        case matrix(LibraryMatrix)
    }

    /// Every review, in the catalog's order.
    private(set) var entries: [LibraryEntry]
    /// Each entry's title and organisation folded once (same order as `entries`): sorting and filtering
    /// 2,000 reviews compare these, rather than folding the strings again at every comparison.
    private var folded: [FoldedEntry]
    /// Each review's name by id, told apart from a review sharing it ("Child E #13", `LibraryEntry.names`).
    private var names: [Int: String]
    private(set) var sort = Sort.title
    /// The filter in force: what was typed, and what it reads as.
    private(set) var filter: (text: String, filter: LibraryFilter)?
    /// The rows shown: the entries the filter lets through, in the sort's order.
    private(set) var rows: [LibraryEntry] = []
    var list = ListState()
    /// A search across every review, while its results are shown instead of the rows.
    var search: LibrarySearch?
    var mode = Mode.list
    /// A one-key message for the status line.
    var message: String?
    /// The filter and search as they were when the prompt opened, for Esc.
    var promptRestores: (filter: String, search: LibrarySearch?)?
    /// What the reviews the runtime is reading are for: the tracker, or a matrix.
    var gathering: LibraryMatrix.Kind??
    /// The review open (or last open) in the browser, by id: Enter on it goes back without reading it again.
    var openReview: Int?
    /// What the marks the runtime is reading are for: `M`'s list, or presenting the session (`p`).
    var marksWanted: MarksWanted?
    /// What `m` in the search results marked (true) or unmarked (false), by review, for the results' marker.
    var marksFromSearch: [Int: [ItemID: Bool]] = [:]

    enum MarksWanted: Sendable, Equatable {
        case list
        /// `casebook present` on the library: `q` at the end quits.
        case present(quitsOnStop: Bool)
    }

    init(entries: [LibraryEntry]) {
        (self.entries, folded, names) = ([], [], [:])
        replaceReviews(entries)
    }

    /// The reviews as the library now holds them (another process added or removed some): the rows
    /// sorted and filtered again, the selection on the same review where it still shows.
    mutating func replaceReviews(_ entries: [LibraryEntry]) {
        let selected = selectedEntry?.id
        self.entries = entries
        folded = entries.map(FoldedEntry.init)
        names = LibraryEntry.names(entries)
        refreshRows(keeping: selected)
    }

    var selectedEntry: LibraryEntry? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    var inputMode: InputMode {
        switch mode {
        case .list: .library
        case .prompt: .prompt
        case .help: .help
        case .tracker: .list
        case .matrix: .matrix
        }
    }

    func entry(id: Int) -> LibraryEntry? { entries.first { $0.id == id } }

    /// What the status line's address, the session and the search results call review `id`; `title`
    /// (the document's own) names one the library no longer lists.
    func name(of id: Int, title: String = "") -> String { names[id] ?? ReviewName.label(title) }

    /// Puts the selection on review `id` where a row shows it.
    mutating func select(id: Int) {
        if let row = rows.firstIndex(where: { $0.id == id }) { list.selected = row }
    }

    mutating func cycleSort() {
        let all = Sort.allCases
        sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
        refreshRows(keeping: selectedEntry?.id)
    }

    /// Applies a filter as typed; a filter that cannot be read leaves the rows as they were and says why.
    @discardableResult
    mutating func setFilter(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            filter = nil
            refreshRows(keeping: selectedEntry?.id)
            return nil
        }
        switch LibraryFilter.parse(trimmed) {
        case let .success(parsed):
            filter = (trimmed, parsed)
            refreshRows(keeping: selectedEntry?.id)
            return nil
        case let .failure(error):
            return error.message
        }
    }

    /// What `C` reads: the reviews the filter's words, doc:, org: and year: keep, in the rows' order, and
    /// the filter's recommendation facets, which then choose the commitments (by the rule the list's
    /// filter picks by, but of one recommendation, where the list keeps a review with any).
    var trackerReading: (ids: [Int], filter: String?) {
        guard let filter = filter?.filter, let query = filter.recommendationQuery else { return (rows.map(\.id), nil) }
        let reviews = filter.reviewsOnly.matcher()
        let kept = entries.indices.filter { reviews(entries[$0], folded[$0].text) }
        return (kept.sorted(by: Self.order(sort, folded)).map { entries[$0].id }, query)
    }

    /// Rows after a change of sort or filter, the selection staying on the same review when it still shows.
    private mutating func refreshRows(keeping id: Int?) {
        let matches = filter?.filter.matcher()
        let shown = entries.indices.filter { matches?(entries[$0], folded[$0].text) ?? true }
        rows = shown.sorted(by: Self.order(sort, folded)).map { entries[$0] }
        list.selected = id.flatMap { id in rows.firstIndex { $0.id == id } } ?? 0
    }

    /// Title A–Z (`LibraryEntry.byTitle`); newest year first; organisation A–Z. Ties by title, then id, so the order is stable.
    /// Compares positions in `folded`.
    private static func order(_ sort: Sort, _ folded: [FoldedEntry]) -> (Int, Int) -> Bool {
        func byTitle(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (folded[a].titleOrder, folded[b].titleOrder)
            return x != y ? x < y : folded[a].id < folded[b].id
        }
        switch sort {
        case .title: return byTitle
        case .year:
            return { a, b in folded[a].year != folded[b].year ? (folded[a].year ?? .min) > (folded[b].year ?? .min) : byTitle(a, b) }
        case .organisation:
            return { a, b in
                let (x, y) = (folded[a].organisation, folded[b].organisation)
                return x != y ? x < y : byTitle(a, b)
            }
        }
    }
}

/// What sorting and filtering compare of an entry, folded once (case and accents ignored).
private struct FoldedEntry: Sendable {
    let id: Int
    let year: Int?
    let title: String
    /// The title with its numbers in number order ("Child A2" before "Child A10"), for sorting.
    let titleOrder: String
    /// "~" when there is none, so reviews without an organisation sort last.
    let organisation: String
    /// Title and organisation, as the filter's words match them.
    let text: String

    init(_ entry: LibraryEntry) {
        id = entry.id
        year = entry.year
        title = entry.titleKey
        titleOrder = LibraryEntry.numbersInOrder(title)
        let organisation = entry.organisation.map(LibraryFilter.fold)
        self.organisation = organisation ?? "~"
        text = title + " " + (organisation ?? "")
    }
}

/// A search across the library as it stands: the query, what the catalog answered, grouped by review.
struct LibrarySearch: Sendable {
    /// One row of the results: a review's heading with its count, or one match in it.
    enum Row: Sendable, Hashable {
        case review(id: Int, title: String, count: Int)
        case hit(LibraryHit)

        var document: Int {
            switch self {
            case let .review(id, _, _): id
            case let .hit(hit): hit.document
            }
        }
    }

    var query: String
    /// nil until the catalog answers this query.
    private(set) var rows: [Row]?
    var list = ListState()

    init(query: String) { self.query = query }

    /// How many matches, and in how many reviews, in all: more than the rows when the catalog counted
    /// beyond the hits it returned; "at least" when it stopped counting (`countsAreComplete` false).
    private(set) var matchCount = 0
    private(set) var reviewCount = 0
    private(set) var countsAreComplete = true

    /// Groups the hits by review. With the catalog's counts, the reviews keep the catalog's order and show
    /// their counts; without, reviews come in the order of their best match and count their hits.
    mutating func answer(_ hits: [LibraryHit], counts: LibrarySearchCounts? = nil) {
        var order: [Int] = []
        var byReview: [Int: [LibraryHit]] = [:]
        for hit in counts == nil ? hits.sorted(by: { $0.rank < $1.rank }) : hits {
            if byReview[hit.document] == nil { order.append(hit.document) }
            byReview[hit.document, default: []].append(hit)
        }
        let matches = counts?.matchesByReview ?? [:]
        rows = order.flatMap { id -> [Row] in
            let group = byReview[id] ?? []
            return [.review(id: id, title: group.first?.documentTitle ?? "", count: matches[id] ?? group.count)] + group.map(Row.hit)
        }
        matchCount = counts == nil ? hits.count : matches.values.reduce(0, +)
        reviewCount = counts == nil ? order.count : matches.count
        countsAreComplete = counts?.isComplete ?? true
        list = ListState()
    }

    /// "12 in 3 reviews"; "25000+ in 812+ reviews" when the counting stopped.
    var countsText: String {
        let more = countsAreComplete ? "" : "+"
        return "\(matchCount)\(more) in \(reviewCount)\(more) review\(reviewCount == 1 && countsAreComplete ? "" : "s")"
    }

    var selectedRow: Row? { rows.flatMap { $0.indices.contains(list.selected) ? $0[list.selected] : nil } }
}
