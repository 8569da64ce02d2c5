/// Which input the keys go to, carrying that mode's own state: the prompt's text exists only while
/// the prompt is open, the editor's lines only while it is, and so on. What outlives a mode (the
/// document, selection, search and filter, notes, the presentation's session) is in `BrowserState`.
enum Mode: Sendable {
    case browse
    /// The bottom-row prompt: `:` go to, `/` search, `&` filter.
    case prompt(PromptState)
    /// The facet picker, over the filter prompt it returns to.
    case picker(FacetPicker, over: PromptState)
    /// The note editor; `confirmingDiscard` while it asks "Discard changes? y/n".
    case editor(NoteEditor, confirmingDiscard: Bool)
    /// The list of notes and marks.
    case notesList(ListState)
    /// A learning list over the panes (glossary, commitments, evidence, acronyms here).
    case learningList(ListView)
    case help(HelpState)
    /// Presentation mode (its place is the state's `presentation`), and its blanked screen.
    case presenting(blank: Bool)

    /// The kind of mode, which the keymap's table is written for.
    var input: InputMode {
        switch self {
        case .browse: .browse
        case .prompt: .prompt
        case .picker: .picker
        case let .editor(_, confirming): confirming ? .confirmDiscard : .editor
        case .notesList: .notesList
        case .learningList: .list
        case .help: .help
        case let .presenting(blank): blank ? .blank : .presenting
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
    /// The note editor; `confirmDiscard` while it asks "Discard changes? y/n".
    case editor, confirmDiscard
    /// The list of notes and marks.
    case notesList
    /// Presentation mode, and its blanked screen.
    case presenting, blank
    /// A learning list over the panes (glossary, commitments, evidence, acronyms here).
    case list
}
