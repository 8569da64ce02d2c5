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
}

/// A place a list row leads to: an item, and optionally words in it to light up, or a search to run.
enum ListTarget: Sendable, Hashable {
    case evidence(Evidence)
    /// Runs a search (e.g. for an acronym, so `n`/`N` walk its occurrences).
    case search(String)
}
