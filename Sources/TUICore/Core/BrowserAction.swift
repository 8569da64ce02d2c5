/// Everything the user can ask the browser to do; keys and mouse events become these.
enum BrowserAction: Sendable, Hashable {
    /// Up, down, a page, the top or the bottom of whatever has the keys: the outline or the reader,
    /// the help, a list, the picker, the editor's lines, a presentation slide, the query history.
    case move(Move)
    /// Enter in a list or the picker: go to the row, or take it.
    case choose
    /// Esc in an overlay: close it.
    case close
    // Reading.
    case nextRecommendation, previousRecommendation
    // Panes and folding.
    case switchPane, switchPaneBackward, open, unfold, fold
    // Going places.
    case openPrompt, goBack
    case promptInsert(Character), promptEdit(LineEditor.Edit), promptSubmit, promptCancel
    /// The facet picker (Tab at the filter prompt).
    case openPicker
    case showHelp
    // Search and filtering.
    case search(SearchRequest)
    // Notes, marks, the note editor and presenting.
    case note(NoteRequest)
    case edit(EditorKey)
    case present(PresentRequest)
    // Learning lists: glossary, acronyms here, commitments, evidence.
    case openList(BrowserState.LearningList)
    // Other.
    case cancel, redraw, quit
    /// Ctrl-C where it cancels nothing: the process ends, as by a signal, keeping what was typed.
    case interrupt
    /// The library of reviews: back to it from a review, its sort.
    case library(LibraryRequest)
    /// The question `q` asks while notes are unsaved.
    case quitQuestion(QuitRequest)
    /// The answer to notes offered from a document somewhat alike.
    case notesOffer(NotesOfferAnswer)
    // Mouse.
    case scroll(pane: Pane, lines: Int)
    case selectOutlineRow(Int)
    case focus(Pane)
}

/// Search and filter requests.
enum SearchRequest: Sendable, Hashable {
    case forward, nextMatch, previousMatch, filter, chooseFilter, clearFilter, clearSearch
}

/// What the library's own keys ask for.
enum LibraryRequest: Sendable, Hashable {
    /// From a review, back to the library (with its selection, filter and search as they were).
    case show
    /// Sort the reviews by the next key: title, year, organisation.
    case cycleSort
    /// The matrix of themes or agencies × reviews, over the reviews the filter keeps.
    case matrix(LibraryMatrix.Kind)
    /// In the matrix: the review to the left or right.
    case column(Int)
}

/// The two panes of the browser.
enum Pane: Sendable, Hashable {
    case outline, reader

    var other: Pane { self == .outline ? .reader : .outline }
    var name: String { self == .outline ? "Outline" : "Reader" }
}
