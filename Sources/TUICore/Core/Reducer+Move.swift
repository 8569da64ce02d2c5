/// The generic requests: what up, down, a page, the top and the bottom, Enter and Esc mean depends
/// on which mode has the keys.
extension BrowserState {
    mutating func move(_ move: Move) -> [Effect] {
        switch mode {
        case .browse: moveInPanes(move)
        case var .help(help):
            help.scroll.apply(move)
            mode = .help(help)
        case var .learningList(list):
            list.state.apply(move, count: list.count)
            mode = .learningList(list)
        case .picker(var picker, let prompt):
            picker.state.apply(move, count: picker.shown.count)
            mode = .picker(picker, over: prompt)
        case var .notesList(list):
            list.apply(move, count: notesListEntries.count)
            mode = .notesList(list)
        case .editor(_, asking: nil): return handleEditor(move == .up ? .up : .down)
        case .prompt: recallPromptHistory(older: move == .up)
        case .presenting(blank: false):
            // Only when a slide is too full for the screen; the slide clamps it when drawn.
            presentation?.scroll += move == .up ? -1 : 1
        case .editor, .presenting, .quitUnsaved, .notesOffer: break
        }
        return []
    }

    /// In the browser: the outline's selection or the reader's text, by focus; pages always read on.
    private mutating func moveInPanes(_ move: Move) {
        switch move {
        case .down: focus == .outline ? moveSelection(by: 1) : scrollReader(by: 1)
        case .up: focus == .outline ? moveSelection(by: -1) : scrollReader(by: -1)
        case .top: focus == .outline ? selectRow(0) : scrollReader(to: 0)
        case .bottom: focus == .outline ? selectRow(visibleRows.count - 1) : scrollReader(to: Int.max)
        case .pageDown: pageReader(forward: true)
        case .pageUp: pageReader(forward: false)
        }
    }

    /// Enter in a list or the picker.
    mutating func choose() -> [Effect] {
        switch mode {
        case .learningList: chooseListRow()
        case .picker: chooseFacet()
        case .notesList: goToNotesListEntry(editing: false)
        default: break
        }
        return []
    }

    /// Esc in an overlay: back to where the keys were before it opened.
    mutating func close() {
        switch mode {
        case .help: mode = returnMode
        case let .picker(_, prompt): mode = .prompt(prompt)
        case .learningList, .notesList: mode = .browse
        default: break
        }
    }
}
