/// The outline's folding, Enter, and its scroll position.
extension BrowserState {
    mutating func open() {
        if focus == .reader { return scrollReader(by: 1) }
        if selection.isRecommendation, folded.contains(selection.item) {
            folded.remove(selection.item)
            keepSelectionVisible()
        } else {
            focus = .reader
        }
    }

    mutating func unfold() {
        guard focus == .outline else { return }
        guard selection.isRecommendation, let row = selectedRow, row.hasParts else {
            focus = .reader
            return
        }
        if folded.contains(selection.item) {
            folded.remove(selection.item)
            keepSelectionVisible()
        } else if let index = selectedRowIndex {
            selectRow(index + 1)
        }
    }

    mutating func fold() {
        guard focus == .outline else {
            focus = .outline
            return
        }
        if selection.part != nil {
            go(to: selection.withoutPart, remember: false)
        } else if selection.isRecommendation, selectedRow?.hasParts == true {
            folded.insert(selection.item)
            keepSelectionVisible()
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

    mutating func scrollOutline(by delta: Int) {
        outlineTop = min(max(0, outlineTop + delta), max(0, visibleRows.count - layout.outlineListHeight))
    }
}
