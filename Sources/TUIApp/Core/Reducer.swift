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
        case .openPrompt: mode = .prompt; promptText = ""
        case let .promptInsert(character): if promptText.count < 40 { promptText.append(character) }
        case .promptDeleteBackward: if promptText.isEmpty { mode = .browse } else { promptText.removeLast() }
        case .promptSubmit: mode = .browse; jump(to: promptText)
        case .promptCancel: mode = .browse
        case .goBack: goBack()
        case .showHelp: mode = .help; helpTop = 0
        case .closeHelp: mode = .browse
        case .helpScrollDown: scrollHelp(to: helpTop + 1)
        case .helpScrollUp: scrollHelp(to: helpTop - 1)
        case .helpPageDown: scrollHelp(to: helpTop + helpPage)
        case .helpPageUp: scrollHelp(to: helpTop - helpPage)
        case .helpTop: scrollHelp(to: 0)
        case .helpBottom: scrollHelp(to: Int.max)
        case let .search(request): reserveSearch(request)
        case .cancel: message = nil
        case .redraw: return [.redrawAll]
        case .quit: isFinished = true; return [.quit]
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
