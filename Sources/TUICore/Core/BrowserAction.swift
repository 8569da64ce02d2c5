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
    /// Up and Down at a search or filter prompt: earlier queries.
    case promptOlder, promptNewer
    // The facet picker (Tab at the filter prompt).
    case openPicker, pickerDown, pickerUp, pickerChoose, pickerCancel
    // Help overlay.
    case showHelp, closeHelp
    case helpScrollDown, helpScrollUp, helpPageDown, helpPageUp, helpTop, helpBottom
    // Search and filtering.
    case search(SearchRequest)
    // Notes, marks, the note editor and presenting.
    case note(NoteRequest)
    case edit(EditorKey)
    case present(PresentRequest)
    // Learning lists: glossary, acronyms here, commitments, evidence.
    case openList(BrowserState.LearningList)
    case listDown, listUp, listPageDown, listPageUp, listTop, listBottom, listChoose, listClose
    // Other.
    case cancel, redraw, quit
    // Mouse.
    case scroll(pane: Pane, lines: Int)
    case selectOutlineRow(Int)
    case focus(Pane)
}

/// Search and filter requests.
enum SearchRequest: Sendable, Hashable {
    case forward, nextMatch, previousMatch, filter, chooseFilter, clearFilter
}

/// The two panes of the browser.
enum Pane: Sendable, Hashable {
    case outline, reader

    var other: Pane { self == .outline ? .reader : .outline }
    var name: String { self == .outline ? "Outline" : "Reader" }
}
