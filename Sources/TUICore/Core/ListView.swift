import Content
import Learning

/// A full-screen list over the panes: the glossary, the commitments, the evidence for a
/// recommendation's derived facts, the acronyms in the item being read. Enter goes to a row's place
/// and lights up its words, as a search match would be.
struct ListView: Sendable {
    struct Row: Sendable, Hashable {
        /// A short key column ("CCE", "1", "Status").
        var key: String
        var text: String
        /// A second line, dimmer: where, and the words it came from.
        var detail: String?
        /// Where Enter goes, and what it lights up there.
        var target: ListTarget?
    }

    var title: String
    /// Said when there are no rows.
    var emptyText: String
    /// The rows given whole; empty when they are made as they show (`count` and `row(at:)` read both).
    private var givenRows: [Row]
    var state = ListState()
    /// The tracker across a library: its rows made from these as they show (none given), as a
    /// library's hundreds of thousands of commitments would take too much memory as rows.
    var commitments: LibraryTrackerRows?
    /// A review's rows made as they show (none given): its tracker's.
    var lazyRows: LazyListRows?

    init(title: String, emptyText: String, rows: [Row]) {
        self.title = title
        self.emptyText = emptyText
        givenRows = rows
    }

    init(title: String, emptyText: String, commitments: LibraryTrackerRows) {
        self.init(title: title, emptyText: emptyText, rows: [])
        self.commitments = commitments
    }

    init(title: String, emptyText: String, lazyRows: LazyListRows) {
        self.init(title: title, emptyText: emptyText, rows: [])
        self.lazyRows = lazyRows
    }

    var count: Int { commitments?.commitments.count ?? lazyRows?.count ?? givenRows.count }

    func row(at index: Int) -> Row { commitments?.row(at: index) ?? lazyRows?.row(at: index) ?? givenRows[index] }

    /// Every row, made now: for a short list, or a test.
    var rows: [Row] { (0..<count).map(row(at:)) }

    /// The key column's width: the widest key, at most 8.
    var keyWidth: Int { min(8, commitments?.keyWidth ?? lazyRows?.keyWidth ?? givenRows.map { DisplayWidth.of($0.key) }.max() ?? 0) }
}

/// A place a list row leads to: an item, and optionally words in it to light up, or a search to run.
enum ListTarget: Sendable, Hashable {
    case evidence(Evidence)
    /// Runs a search (e.g. for an acronym, so `n`/`N` walk its occurrences).
    case search(String)
}
