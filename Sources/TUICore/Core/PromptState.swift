/// The bottom-row prompt while it is open: what it is for, what is typed, and what Esc restores.
struct PromptState: Sendable {
    var kind: PromptKind
    /// What is typed, and where the cursor is.
    var line = LineEditor()
    /// Why the query being typed cannot be run yet ("unclosed quote…").
    var error: String?
    /// Where things were when a search or filter prompt opened, for Esc.
    var before: PromptSnapshot?
    /// Which earlier entry Up and Down have recalled, as an index into this kind's history.
    var historyPosition: Int?
    /// What was typed before Up recalled an earlier entry; Down past the newest brings it back.
    var draft = ""

    /// The typed text; setting it puts the cursor at its end.
    var text: String {
        get { line.text }
        set { line = LineEditor(newValue) }
    }
}

extension BrowserState {
    /// The open prompt (also under the picker); setting it changes the prompt in whichever of the
    /// two modes is current, and nothing in any other mode.
    var prompt: PromptState? {
        get { mode.prompt }
        set {
            guard let newValue else { return }
            switch mode {
            case .prompt: mode = .prompt(newValue)
            case let .picker(picker, _): mode = .picker(picker, over: newValue)
            default: break
            }
        }
    }

    /// The note being written, while the editor is open; setting it keeps the editor's question.
    var editor: NoteEditor? {
        get { mode.editor }
        set {
            guard let newValue, case let .editor(_, asking) = mode else { return }
            mode = .editor(newValue, asking: asking)
        }
    }
}
