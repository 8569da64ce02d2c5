import Content

/// Which input the keys go to, carrying that mode's own state: the prompt's text exists only while
/// the prompt is open, the editor's lines only while it is, and so on. What outlives a mode (the
/// document, selection, search and filter, notes, the presentation's session) is in `BrowserState`.
enum Mode: Sendable {
    case browse
    /// The bottom-row prompt: `:` go to, `/` search, `&` filter.
    case prompt(PromptState)
    /// The facet picker, over the filter prompt it returns to.
    case picker(FacetPicker, over: PromptState)
    /// The note editor, and the question it asks on its bottom border, if any.
    case editor(NoteEditor, asking: EditorQuestion?)
    /// The list of notes and marks.
    case notesList(ListState)
    /// A learning list over the panes (glossary, commitments, evidence, acronyms here).
    case learningList(ListView)
    case help(HelpState)
    /// Presentation mode (its place is the state's `presentation`), and its blanked screen.
    case presenting(blank: Bool)
    /// `q` with notes the store could not save: quit anyway, write them to a file, or stay.
    case quitUnsaved(QuitQuestion)
    /// Notes of a document somewhat alike: use them here? (see `NotesOffer`).
    case notesOffer(NotesOffer)

    /// The kind of mode, which the keymap's table is written for.
    var input: InputMode {
        switch self {
        case .browse: .browse
        case .prompt: .prompt
        case .picker: .picker
        case .editor(_, asking: nil): .editor
        case .editor(_, asking: .discardChanges): .confirmDiscard
        case .editor(_, asking: .restoreDraft): .draftOffer
        case .notesList: .notesList
        case .learningList: .list
        case .help: .help
        case let .presenting(blank): blank ? .blank : .presenting
        case let .quitUnsaved(question):
            question.askingToReplace ? .replaceNotesFile : question.fileName == nil ? .quitUnsaved : .notesFileName
        case .notesOffer: .notesOffer
        }
    }

    /// The prompt, whether typed at or under the picker.
    var prompt: PromptState? {
        switch self {
        case let .prompt(prompt), let .picker(_, prompt): prompt
        default: nil
        }
    }

    var editor: NoteEditor? {
        if case let .editor(editor, _) = self { editor } else { nil }
    }

    var editorQuestion: EditorQuestion? {
        if case let .editor(_, question) = self { question } else { nil }
    }

    var learningList: ListView? {
        if case let .learningList(list) = self { list } else { nil }
    }

    var picker: FacetPicker? {
        if case let .picker(picker, _) = self { picker } else { nil }
    }

    var notesList: ListState? {
        if case let .notesList(list) = self { list } else { nil }
    }

    var help: HelpState? {
        if case let .help(help) = self { help } else { nil }
    }
}

/// The kinds of mode, without their state: what a key binding says it works in.
enum InputMode: Sendable, Hashable {
    case browse, help, prompt
    /// The facet picker over the filter prompt (Tab at `&`/`f`).
    case picker
    /// The note editor; `confirmDiscard` while it asks "Discard changes? y/n"; `draftOffer` while it
    /// offers a draft a signal interrupted.
    case editor, confirmDiscard, draftOffer
    /// The list of notes and marks.
    case notesList
    /// Presentation mode, and its blanked screen.
    case presenting, blank
    /// A learning list over the panes (glossary, commitments, evidence, acronyms here).
    case list
    /// "Notes not saved" on `q`, typing the name of the file to write them to, and "… exists. Replace it?".
    case quitUnsaved, notesFileName, replaceNotesFile
    /// "Notes for … were written on a document 45% alike. Use them here?"
    case notesOffer
    /// The library's list of reviews, or its search results.
    case library
    /// The library's matrix of themes or agencies × reviews.
    case matrix
}

/// What the note editor asks before going on.
enum EditorQuestion: Sendable, Hashable {
    /// "Discard changes? y/n", after Esc or Ctrl-C on a changed text.
    case discardChanges
    /// "A draft from … was kept — Enter restore, d discard", on opening a note a signal interrupted.
    case restoreDraft(NoteDraft)
}
