/// Everything the user can ask the browser to do; keys and mouse events become these.
enum BrowserAction: Sendable, Hashable {
    // Moving in the focused pane.
    case moveDown, moveUp, moveToFirst, moveToLast
    // Reading.
    case pageDown, pageUp
    case nextRecommendation, previousRecommendation
    // Panes and folding.
    case switchPane, switchPaneBackward, open, unfold, fold
    // Going places.
    case openPrompt, goBack
    case promptInsert(Character), promptDeleteBackward, promptSubmit, promptCancel
    // Help overlay.
    case showHelp, closeHelp
    case helpScrollDown, helpScrollUp, helpPageDown, helpPageUp, helpTop, helpBottom
    // Search is reserved: the keys are bound so that the help lists them and nothing else takes them.
    case search(SearchRequest)
    // Other.
    case cancel, redraw, quit
    // Mouse.
    case scroll(pane: Pane, lines: Int)
    case selectOutlineRow(Int)
    case focus(Pane)
}

/// The search and filter requests whose keys are reserved for the search that arrives later.
enum SearchRequest: Sendable, Hashable {
    case forward, nextMatch, previousMatch, filter, chooseFilter, clearFilter
}

/// The two panes of the browser.
enum Pane: Sendable, Hashable {
    case outline, reader

    var other: Pane { self == .outline ? .reader : .outline }
    var name: String { self == .outline ? "Outline" : "Reader" }
}
