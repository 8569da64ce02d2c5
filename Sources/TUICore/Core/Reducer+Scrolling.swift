/// Scrolling the reader, always clamped to its text.
extension BrowserState {
    var readerMaxTop: Int { max(0, readerContent.lines.count - layout.readerTextHeight) }

    mutating func scrollReader(by delta: Int) {
        scrollReader(to: readerTop + delta)
    }

    mutating func scrollReader(to line: Int) {
        readerTop = min(max(0, line), readerMaxTop)
    }

    mutating func clampReader() { scrollReader(to: readerTop) }

    /// Pages like less, keeping two lines of context; at the end, says how to read on.
    mutating func pageReader(forward: Bool) {
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
}
