/// The generic requests: what up, down, a page, the top and the bottom, Enter and Esc mean depends
/// on which mode has the keys.
extension BrowserState {
    mutating func move(_ move: Move) -> [Effect] {
        switch mode {
        case .browse: moveInPanes(move)
        case .help: help.scroll.apply(move)
        case .list: listView.state.apply(move, count: listView.rows.count)
        case .picker: picker.state.apply(move, count: picker.entries.count)
        case .notesList: notesList.apply(move, count: notesListEntries.count)
        case .editor: return handleEditor(move == .up ? .up : .down)
        case .prompt: if promptKind != .goTo { recallQuery(older: move == .up) }
        case .presenting:
            // Only when a slide is too full for the screen; the slide clamps it when drawn.
            presentation?.scroll += move == .up ? -1 : 1
        case .confirmDiscard, .blank: break
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
        case .list: chooseListRow()
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
        case .picker: mode = .prompt
        case .list, .notesList: mode = .browse
        default: break
        }
    }
}
