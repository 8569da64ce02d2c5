/// The reducer: applies one action to the state and says which effects the event loop should run.
extension BrowserState {
    mutating func apply(_ action: BrowserAction) -> [Effect] {
        switch action {
        case let .move(move): return self.move(move)
        case .choose: return choose()
        case .close: close()
        case .nextRecommendation: stepRecommendation(forward: true)
        case .previousRecommendation: stepRecommendation(forward: false)
        case .switchPane, .switchPaneBackward: focus = focus.other
        case .open: open()
        case .unfold: unfold()
        case .fold: fold()
        case .openPrompt: openPrompt(.goTo)
        case let .promptInsert(character): typeAtPrompt(character)
        case let .promptEdit(edit): editPrompt(edit)
        case .promptSubmit: submitPrompt()
        case .promptCancel: cancelPrompt()
        case .openPicker: openFacetPicker()
        case .goBack: goBack()
        case .showHelp:
            // Help opened while presenting starts at the presenting keys.
            mode = .help(HelpState(startAt: isPresenting ? .presenting : nil))
        case let .search(request): handleSearch(request)
        case let .note(request): return handleNote(request)
        case let .edit(key): return handleEditor(key)
        case let .present(request): return handlePresent(request)
        case let .openList(kind): openList(kind)
        case .cancel: message = nil
        case .redraw: return [.redrawAll]
        case .quit: return quit()
        case let .quitQuestion(request): return handleQuitQuestion(request)
        case let .notesOffer(answer): return answerNotesOffer(answer)
        case .library:
            // The browser shows the library when it has one; a document opened as a file has none.
            message = "This document was opened on its own, not from a library"
        case .interrupt: return endSession()
        case let .scroll(pane, lines):
            pane == .outline ? scrollOutline(by: lines) : scrollReader(by: lines)
        case let .selectOutlineRow(index): focus = .outline; selectRow(index)
        case let .focus(pane): focus = pane
        }
        return []
    }

    /// A new size: re-wrap the reader and keep the same words at its top, keep the selection in view.
    mutating func resize(width newWidth: Int, height newHeight: Int) {
        reader.pinTopWords()
        width = max(0, newWidth)
        height = max(0, newHeight)
        keepSelectionVisible()
    }
}
