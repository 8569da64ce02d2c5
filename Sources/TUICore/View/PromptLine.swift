import Content

/// The bottom-row prompt: `:` to go to an id, `/` to search, `&` to filter. What is typed so far,
/// and on the right what it does: the keys that finish it, or the live count, or why the query
/// cannot run yet.
enum PromptLine {
    static let goToHint = "Enter go  Esc cancel"

    /// Draws the prompt and returns the column of the cursor.
    @discardableResult
    /// `search` and `filter` are the queries in force, for the live count.
    static func render(_ prompt: PromptState, search: QuerySession?, filter: QuerySession?, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) -> Int {
        let row = layout.statusRow
        grid.fill(row: row, column: 0, width: layout.width, height: 1)
        let (hint, hintStyle) = hint(for: prompt, search: search, filter: filter, theme: theme)
        let hintWidth = DisplayWidth.of(hint)
        let showsHint = layout.width >= 2 + 12 + hintWidth + 2
        let inputWidth = max(1, (showsHint ? layout.width - hintWidth - 2 : layout.width) - 2)
        // Keep the end of a long input in view, where the typing happens.
        var shown = TerminalSafe.oneLine(prompt.text)
        while DisplayWidth.of(shown) > inputWidth - 1, !shown.isEmpty { shown.removeFirst() }
        var column = grid.put(prompt.kind.prefix, row: row, column: 0, style: theme.resolve(Style(bold: true)))
        column = grid.put(shown, row: row, column: column)
        if showsHint {
            grid.put(hint, row: row, column: layout.width - hintWidth - 1, style: hintStyle)
        }
        return min(column, max(0, layout.width - 1))
    }

    /// What the right of the prompt says: live results, or the reason a query cannot run.
    static func hint(for prompt: PromptState, search: QuerySession?, filter: QuerySession?, theme: Theme) -> (String, Style) {
        let dim = theme.resolve(Style(dim: true))
        if let error = prompt.error { return (error, theme.resolve(Style(foreground: .red, bold: true))) }
        switch prompt.kind {
        case .goTo:
            return (goToHint, dim)
        case .search:
            guard let search, !prompt.text.isEmpty else { return ("words, \"phrase\", -word, word*", dim) }
            let count = search.result.matchCount
            return (count == 0 ? "no matches" : "\(count) match\(count == 1 ? "" : "es")  Enter keep  Esc undo", dim)
        case .filter:
            guard let filter, !prompt.text.isEmpty else { return ("words or Tab for facets", dim) }
            return ("\(filter.result.recommendations.count) of \(filter.result.totalRecommendations) recommendations  Tab facets", dim)
        }
    }
}
