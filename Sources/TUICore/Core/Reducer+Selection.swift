import Content

/// Moving the selection: rows, recommendations, history and the `:` prompt's jumps.
extension BrowserState {
    /// Moves to a place: the selection, the reader at its start, the outline showing it. Moving to
    /// where you already are changes nothing, unless it is an explicit jump (back to its start).
    mutating func go(to target: Selection, remember: Bool) {
        if target.part != nil { folded.remove(target.item) }
        guard target != selection || remember else { return keepSelectionVisible() }
        if target != selection {
            if remember {
                history.append(selection)
                if history.count > Self.historyLimit { history.removeFirst() }
            }
            selection = target
        }
        reader = ReaderScroll(.start(target))
        keepSelectionVisible()
    }

    mutating func moveSelection(by delta: Int) {
        guard let index = selectedRowIndex else { return selectRow(0) }
        selectRow(index + delta)
    }

    mutating func selectRow(_ index: Int) {
        let rows = visibleRows
        guard !rows.isEmpty else { return }
        go(to: rows.selection(at: min(max(0, index), rows.count - 1)), remember: false)
    }

    mutating func stepRecommendation(forward: Bool) {
        let rows = readingRows
        var index = rows.index(of: selection) ?? 0
        if !forward, selection.part != nil {
            index = rows.index(of: selection.withoutPart) ?? index
        }
        // Row by row without making them: between two recommendations may lie a long run of parts.
        let candidates = forward ? stride(from: index + 1, to: rows.endIndex, by: 1) : stride(from: index - 1, to: -1, by: -1)
        guard let target = candidates.first(where: rows.isRecommendation) else {
            message = forward ? "This is the last recommendation" : "This is the first recommendation"
            return
        }
        go(to: rows.selection(at: target), remember: true)
    }

    mutating func goBack() {
        // Entries equal to where you are would make Backspace seem to do nothing; places the filter
        // hides cannot be shown.
        while let last = history.last, last == selection || !isVisible(last) { history.removeLast() }
        guard let previous = history.popLast() else {
            message = "Top of history"
            return
        }
        go(to: previous, remember: false)
    }

    /// Goes to what was typed at the `:` prompt; mistakes become a message, never a crash.
    mutating func jump(to typed: String) {
        let text = typed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return }
        if ["intro", "introduction", "i"].contains(text.lowercased()) {
            return go(to: .introduction, remember: true)
        }
        // A code as the document writes it ("PR1", "E2b") names its own recommendation, not the first 1.
        let code = ItemCode(parsing: text)
        if let code, let (_, occurrence) = document.locate(code) {
            let selection = Selection(item: .recommendation(number: code.number, occurrence: occurrence), part: code.part)
            guard isVisible(selection) else {
                message = "\(code) is hidden by the filter — F clears it"
                return
            }
            return go(to: selection, remember: true)
        }
        guard let id = ItemIDParsing.parse(text) else {
            if let code { return message = "No such recommendation: \(code)" }
            message = "Not an id: \(text) (try 7, 5b or R3)"
            return
        }
        guard document.contains(id) else {
            message = id.part == nil || !document.contains(id.recommendation)
                ? "No such recommendation: \(id.recommendation)" : "No such part: \(id)"
            return
        }
        // Selecting a row the outline does not show would look like a selection and be none.
        guard isVisible(Selection(id)) else {
            message = "\(id) is hidden by the filter — F clears it"
            return
        }
        go(to: Selection(id), remember: true)
    }
}
