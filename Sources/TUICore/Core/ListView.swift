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
    var rows: [Row]
    var state = ListState()
    /// The tracker across a library: its rows made from these as they show (`rows` is empty), as a
    /// library's hundreds of thousands of commitments would take too much memory as rows.
    var commitments: LibraryTrackerRows?

    init(title: String, emptyText: String, rows: [Row]) {
        self.title = title
        self.emptyText = emptyText
        self.rows = rows
    }

    init(title: String, emptyText: String, commitments: LibraryTrackerRows) {
        self.init(title: title, emptyText: emptyText, rows: [])
        self.commitments = commitments
    }

    var count: Int { commitments?.commitments.count ?? rows.count }

    func row(at index: Int) -> Row { commitments?.row(at: index) ?? rows[index] }

    /// The key column's width: the widest key, at most 8.
    var keyWidth: Int { min(8, commitments?.keyWidth ?? rows.map { DisplayWidth.of($0.key) }.max() ?? 0) }
}

/// A place a list row leads to: an item, and optionally words in it to light up, or a search to run.
enum ListTarget: Sendable, Hashable {
    case evidence(Evidence)
    /// Runs a search (e.g. for an acronym, so `n`/`N` walk its occurrences).
    case search(String)
}
