/// The bottom row, in reverse video: the message or the document's title on the left; where you
/// are, how far through the text, and the keys that matter now on the right.
enum StatusLine {
    static func render(_ state: BrowserState, content: ReaderContent, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) {
        let row = layout.statusRow
        let width = layout.width
        grid.fill(row: row, column: 0, width: width, height: 1, style: theme.statusBar)

        var right = position(state) + progress(state, content: content, layout: layout)
        let hints = keyHints(state, layout: layout)
        let left = state.message ?? state.document.title
        let leftStyle = state.message == nil ? theme.statusBar : theme.statusMessage
        let leftMinimum = min(DisplayWidthOf.string(left), 16)
        // The hints go first when space is short, then the position; the left side keeps at least a little.
        if DisplayWidthOf.string(right + "   " + hints) + leftMinimum + 4 <= width { right += "   " + hints }
        var rightWidth = DisplayWidthOf.string(right)
        if rightWidth + leftMinimum + 4 > width {
            right = Truncate.toWidth(right, max(0, width - leftMinimum - 4))
            rightWidth = DisplayWidthOf.string(right)
        }
        let leftWidth = max(0, width - rightWidth - 4)
        grid.put(Truncate.toWidth(left, leftWidth), row: row, column: 1, style: leftStyle, maxColumn: 1 + leftWidth)
        if rightWidth > 0 {
            grid.put(right, row: row, column: width - rightWidth - 1, style: theme.statusBar, maxColumn: width)
        }
    }

    /// "Recommendation 3 of 10", "Introduction", "Section 1 of 2"; the pane's name when only one shows.
    static func position(_ state: BrowserState) -> String {
        let recommendations = state.document.recommendations
        var text: String
        switch state.selection {
        case .introduction:
            text = "Introduction"
        case let .section(index):
            text = "Section \(index + 1) of \(state.document.sections.count)"
        case let .recommendation(number):
            text = "Recommendation \(number) of \(recommendations.count)"
        case let .part(number, letter):
            text = "Recommendation \(number)\(letter) of \(recommendations.count)"
        }
        if state.layout.isSinglePane { text = "[\(state.focus.name)] " + text }
        return text
    }

    /// How far through the reader's text, as less shows it: "Top", "42%", "End"; nothing when it all fits.
    static func progress(_ state: BrowserState, content: ReaderContent, layout: Layout) -> String {
        let total = content.lines.count
        let height = layout.readerTextHeight
        guard total > height else { return "" }
        if state.readerTop == 0 { return "  Top" }
        let bottom = min(total, state.readerTop + height)
        if bottom >= total { return "  End" }
        return "  \(bottom * 100 / total)%"
    }

    static func keyHints(_ state: BrowserState, layout: Layout) -> String {
        if state.mode == .help { return "Esc close" }
        let tab = layout.isSinglePane ? "Tab \(state.focus.other.name.lowercased())  " : ""
        return tab + "? help  q quit"
    }
}
