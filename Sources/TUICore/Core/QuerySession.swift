import Content
import Search

/// A query that has been run: what was typed and what it found.
struct QuerySession: Sendable {
    var text: String
    var result: SearchResult
}

/// What the bottom-row prompt is for.
enum PromptKind: Sendable, Hashable {
    /// `:` go to an id.
    case goTo
    /// `/` search: highlights as you type.
    case search
    /// `&` or `f` filter: narrows the outline as you type.
    case filter

    var prefix: String {
        switch self {
        case .goTo: return ":"
        case .search: return "/"
        case .filter: return "&"
        }
    }
}

/// Where the browser was when a search or filter prompt opened, so Esc can put it back.
struct PromptSnapshot: Sendable {
    var selection: Selection
    var reader: ReaderScroll
    var outlineTop: Int
    var search: QuerySession?
    var currentMatch: Int?
    var filter: QuerySession?
}
