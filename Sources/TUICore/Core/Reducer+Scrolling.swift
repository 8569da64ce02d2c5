/// Scrolling the reader. The reducer moves from the top the last frame showed; the frame clamps.
extension BrowserState {
    /// The reader's top line as last drawn.
    var readerTop: Int { reader.shown.top }
    /// The last top line that still fills the reader, as last drawn.
    var readerMaxTop: Int { reader.shown.maxTop }

    mutating func scrollReader(by delta: Int) {
        scrollReader(to: readerTop.addingReportingOverflow(delta).partialValue)
    }

    mutating func scrollReader(to line: Int) {
        reader.scroll(toShownLine: line)
    }

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
