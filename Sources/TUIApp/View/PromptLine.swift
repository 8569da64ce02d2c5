/// The `:` prompt on the bottom row: what is typed so far, and the keys that finish it.
enum PromptLine {
    static let hint = "Enter go  Esc cancel"

    /// Draws the prompt and returns the column of the cursor.
    @discardableResult
    static func render(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout CellGrid) -> Int {
        let row = layout.statusRow
        grid.fill(row: row, column: 0, width: layout.width, height: 1)
        let hintWidth = DisplayWidthOf.string(hint)
        let showsHint = layout.width >= 2 + 12 + hintWidth + 2
        let inputWidth = max(1, (showsHint ? layout.width - hintWidth - 2 : layout.width) - 2)
        // Keep the end of a long input in view, where the typing happens.
        var shown = TerminalSafeText.oneLine(state.promptText)
        while DisplayWidthOf.string(shown) > inputWidth - 1, !shown.isEmpty { shown.removeFirst() }
        var column = grid.put(":", row: row, column: 0, style: theme.resolve(Style(bold: true)))
        column = grid.put(shown, row: row, column: column)
        if showsHint {
            grid.put(hint, row: row, column: layout.width - hintWidth - 1, style: theme.resolve(Style(dim: true)))
        }
        return min(column, max(0, layout.width - 1))
    }
}
