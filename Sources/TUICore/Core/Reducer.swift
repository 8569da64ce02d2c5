/// The reducer: applies one action to the state and says which effects the event loop should run.
extension BrowserState {
    mutating func apply(_ action: BrowserAction) -> [Effect] {
        pinnedReaderAnchor = nil
        switch action {
        case .moveDown: focus == .outline ? moveSelection(by: 1) : scrollReader(by: 1)
        case .moveUp: focus == .outline ? moveSelection(by: -1) : scrollReader(by: -1)
        case .moveToFirst: focus == .outline ? selectRow(0) : scrollReader(to: 0)
        case .moveToLast: focus == .outline ? selectRow(visibleRows.count - 1) : scrollReader(to: Int.max)
        case .pageDown: pageReader(forward: true)
        case .pageUp: pageReader(forward: false)
        case .nextRecommendation: stepRecommendation(forward: true)
        case .previousRecommendation: stepRecommendation(forward: false)
        case .switchPane, .switchPaneBackward: focus = focus.other
        case .open: open()
        case .unfold: unfold()
        case .fold: fold()
        case .openPrompt: openPrompt(.goTo)
        case let .promptInsert(character):
            if promptText.count < (promptKind == .goTo ? 40 : 200) { promptText.append(character); promptTextChanged() }
        case .promptDeleteBackward:
            if promptText.isEmpty { promptKind == .goTo ? (mode = .browse) : cancelQueryPrompt() }
            else { promptText.removeLast(); promptTextChanged() }
        case .promptSubmit:
            if promptKind == .goTo { mode = .browse; jump(to: promptText) } else { submitQueryPrompt() }
        case .promptCancel:
            if promptKind == .goTo { mode = .browse } else { cancelQueryPrompt() }
        case .promptOlder: if promptKind != .goTo { recallQuery(older: true) }
        case .promptNewer: if promptKind != .goTo { recallQuery(older: false) }
        case .openPicker: openFacetPicker()
        case .pickerDown: picker.selected = min(picker.selected + 1, max(0, picker.entries.count - 1))
        case .pickerUp: picker.selected = max(0, picker.selected - 1)
        case .pickerChoose: chooseFacet()
        case .pickerCancel: mode = .prompt
        case .goBack: goBack()
        case .showHelp: mode = .help; helpTop = 0; if isPresenting { scrollHelp(toGroup: .presenting) }
        case .closeHelp: mode = isPresenting ? .presenting : .browse
        case .helpScrollDown: scrollHelp(to: helpTop + 1)
        case .helpScrollUp: scrollHelp(to: helpTop - 1)
        case .helpPageDown: scrollHelp(to: helpTop + helpPage)
        case .helpPageUp: scrollHelp(to: helpTop - helpPage)
        case .helpTop: scrollHelp(to: 0)
        case .helpBottom: scrollHelp(to: Int.max)
        case let .search(request): handleSearch(request)
        case let .note(request): return handleNote(request)
        case let .edit(key): return handleEditor(key)
        case let .present(request): return handlePresent(request)
        case let .openList(kind): openList(kind)
        case .listDown: moveInList(to: listView.selected + 1)
        case .listUp: moveInList(to: listView.selected - 1)
        case .listPageDown: moveInList(to: listView.selected + listPage)
        case .listPageUp: moveInList(to: listView.selected - listPage)
        case .listTop: moveInList(to: 0)
        case .listBottom: moveInList(to: Int.max)
        case .listChoose: chooseListRow()
        case .listClose: mode = .browse
        case .cancel: message = nil
        case .redraw: return [.redrawAll]
        case .quit: isFinished = true; return positionEffects + [.quit]
        case let .scroll(pane, lines):
            pane == .outline ? scrollOutline(by: lines) : scrollReader(by: lines)
        case let .selectOutlineRow(index): focus = .outline; selectRow(index)
        case let .focus(pane): focus = pane
        }
        return []
    }

    /// A new size: re-wrap the reader and keep the same words at its top, keep the selection in view.
    mutating func resize(width newWidth: Int, height newHeight: Int) {
        let lines = readerContent.lines
        let anchor = pinnedReaderAnchor ?? (lines.indices.contains(readerTop) ? lines[readerTop].anchor : nil)
        width = max(0, newWidth)
        height = max(0, newHeight)
        readerTop = anchor.map { readerContent.line(for: $0) } ?? 0
        pinnedReaderAnchor = anchor
        clampReader()
        keepSelectionVisible()
        scrollHelp(to: helpTop)
    }
}
