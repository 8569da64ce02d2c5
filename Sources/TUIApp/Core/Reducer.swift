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

    // MARK: Selection

    /// Moves to a place: the selection, the reader at its start, the outline showing it.
    mutating func go(to target: Selection, remember: Bool) {
        if case let .part(number, _) = target { folded.remove(number) }
        if target != selection {
            if remember {
                history.append(selection)
                if history.count > Self.historyLimit { history.removeFirst() }
            }
            selection = target
        }
        readerTop = readerContent.firstLine(of: target)
        clampReader()
        keepSelectionVisible()
    }

    private mutating func moveSelection(by delta: Int) {
        guard let index = selectedRowIndex else { return selectRow(0) }
        selectRow(index + delta)
    }

    private mutating func selectRow(_ index: Int) {
        let rows = visibleRows
        guard !rows.isEmpty else { return }
        go(to: rows[min(max(0, index), rows.count - 1)].selection, remember: false)
    }

    private mutating func stepRecommendation(forward: Bool) {
        let rows = Outline.allRows(of: document)
        var index = rows.firstIndex { $0.selection == selection } ?? 0
        if !forward, case let .part(number, _) = selection {
            index = rows.firstIndex { $0.selection == .recommendation(number) } ?? index
        }
        let candidates = forward ? Array(rows[(index + 1)...]) : Array(rows[..<index].reversed())
        guard let target = candidates.first(where: { $0.kind == .recommendation }) else {
            message = forward ? "This is the last recommendation" : "This is the first recommendation"
            return
        }
        go(to: target.selection, remember: true)
    }

    private mutating func goBack() {
        guard let previous = history.popLast() else {
            message = "Top of history"
            return
        }
        go(to: previous, remember: false)
    }

    /// Goes to what was typed at the `:` prompt; mistakes become a message, never a crash.
    private mutating func jump(to typed: String) {
        let text = typed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return }
        if ["intro", "introduction", "i"].contains(text.lowercased()) {
            return go(to: .introduction, remember: true)
        }
        guard let id = ItemIDParsing.parse(text) else {
            message = "Not an id: \(text) (try 7, 5b or R3)"
            return
        }
        guard document.contains(id) else {
            message = id.part == nil || !document.contains(id.recommendation)
                ? "No such recommendation: \(id.recommendation)" : "No such part: \(id)"
            return
        }
        go(to: Selection(id), remember: true)
    }

    // MARK: Outline

    private mutating func open() {
        if focus == .reader { return scrollReader(by: 1) }
        if case let .recommendation(number) = selection, folded.contains(number) {
            folded.remove(number)
            keepSelectionVisible()
        } else {
            focus = .reader
        }
    }

    private mutating func unfold() {
        guard focus == .outline else { return }
        guard case let .recommendation(number) = selection,
              let row = visibleRows.first(where: { $0.selection == selection }), row.hasParts else {
            focus = .reader
            return
        }
        if folded.contains(number) {
            folded.remove(number)
            keepSelectionVisible()
        } else if let index = selectedRowIndex {
            selectRow(index + 1)
        }
    }

    private mutating func fold() {
        guard focus == .outline else {
            focus = .outline
            return
        }
        switch selection {
        case let .part(number, _):
            go(to: .recommendation(number), remember: false)
        case let .recommendation(number):
            if visibleRows.first(where: { $0.selection == selection })?.hasParts == true {
                folded.insert(number)
                keepSelectionVisible()
            }
        case .introduction, .section:
            break
        }
    }

    /// Keeps the selected row on screen with a little context above and below, scrolling only when needed.
    mutating func keepSelectionVisible() {
        let rows = visibleRows.count
        let height = layout.outlineListHeight
        if let index = selectedRowIndex {
            let margin = min(2, (height - 1) / 2)
            if index < outlineTop + margin { outlineTop = index - margin }
            if index > outlineTop + height - 1 - margin { outlineTop = index - height + 1 + margin }
        }
        outlineTop = min(max(0, outlineTop), max(0, rows - height))
    }

    private mutating func scrollOutline(by delta: Int) {
        outlineTop = min(max(0, outlineTop + delta), max(0, visibleRows.count - layout.outlineListHeight))
    }

    // MARK: Reader

    var readerMaxTop: Int { max(0, readerContent.lines.count - layout.readerTextHeight) }

    mutating func scrollReader(by delta: Int) {
        scrollReader(to: readerTop + delta)
    }

    mutating func scrollReader(to line: Int) {
        readerTop = min(max(0, line), readerMaxTop)
    }

    private mutating func clampReader() { scrollReader(to: readerTop) }

    /// Pages like less, keeping two lines of context; at the end, says how to read on.
    private mutating func pageReader(forward: Bool) {
        // With one pane showing the outline, the first page key brings the reader into view.
        if layout.isSinglePane && focus == .outline {
            focus = .reader
            return
        }
        let page = max(1, layout.readerTextHeight - 2)
        if forward && readerTop >= readerMaxTop {
            message = selection.recommendationNumber != nil ? "End of this recommendation: ] for the next" : "End of the text"
            return
        }
        scrollReader(by: forward ? page : -page)
    }

    // MARK: Help

    private var helpPage: Int { max(1, HelpOverlay.viewHeight(in: layout) - 1) }

    private mutating func scrollHelp(to line: Int) {
        let maxTop = max(0, HelpOverlay.lines(in: layout).count - HelpOverlay.viewHeight(in: layout))
        helpTop = min(max(0, line), maxTop)
    }
}
