import Content

/// The bottom-row prompt, the one line-editing widget every prompt draws with: `:` to go to an id,
/// `/` to search, `&` to filter. What is typed, scrolled sideways to keep the cursor in view, and
/// on the right what it does: the keys that finish it, or the live count. Why a query cannot run
/// is on the right when it fits, else on the rows just above, whole.
enum PromptLine {
    static let goToHint = "Enter go  Esc cancel"
    /// Rows above the prompt an error may take before it is cut.
    static let maxErrorRows = 4

    /// Draws the prompt and returns the column of the cursor.
    /// `search` and `filter` are the queries in force, for the live count.
    @discardableResult
    static func render(_ prompt: PromptState, search: QuerySession?, filter: QuerySession?, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) -> Int {
        render(prompt, hint: hint(for: prompt, search: search, filter: filter, theme: theme), layout: layout,
               theme: theme, into: &grid)
    }

    /// The prompt with its own hint on the right (the library's prompts say what they found themselves).
    static func render(_ prompt: PromptState, hint: (String, Style), layout: Layout, theme: Theme,
                       into grid: inout CellGrid) -> Int {
        let row = layout.statusRow
        grid.fill(row: row, column: 0, width: layout.width, height: 1)
        let (hint, hintStyle) = prompt.error.map { ($0, errorStyle(theme)) } ?? hint
        let hintWidth = DisplayWidth.of(hint)
        let showsHint = layout.width >= 2 + 12 + hintWidth + 2
        let inputWidth = max(1, (showsHint ? layout.width - hintWidth - 2 : layout.width) - 2)
        if let error = prompt.error, !showsHint {
            renderAbove(error, style: errorStyle(theme), row: row, width: layout.width, into: &grid)
        }
        let column = grid.put(prompt.kind.prefix, row: row, column: 0, style: theme.resolve(Style(bold: true)))
        let (shown, cursor) = window(of: prompt.line, width: inputWidth)
        grid.put(shown, row: row, column: column)
        if showsHint {
            grid.put(hint, row: row, column: layout.width - hintWidth - 1, style: hintStyle)
        }
        return min(column + cursor, max(0, layout.width - 1))
    }

    /// The part of the line that fits in `width` columns with the cursor in view (a column kept for
    /// it at the end), and the cursor's column within it.
    static func window(of line: LineEditor, width: Int) -> (text: String, cursor: Int) {
        let characters = line.text.map { TerminalSafe.oneLine(String($0)) }
        let widths = characters.map(DisplayWidth.of)
        var start = 0
        while start < line.cursor, widths[start..<line.cursor].reduce(0, +) > width - 1 { start += 1 }
        var shown = "", used = 0
        for index in start..<characters.count {
            guard used + widths[index] <= width - (index >= line.cursor ? 0 : 1) else { break }
            shown += characters[index]
            used += widths[index]
        }
        return (shown, widths[start..<line.cursor].reduce(0, +))
    }

    /// What the right of the prompt says: live results, or the reason a query cannot run.
    static func hint(for prompt: PromptState, search: QuerySession?, filter: QuerySession?, theme: Theme) -> (String, Style) {
        let dim = theme.resolve(Style(dim: true))
        if let error = prompt.error { return (error, errorStyle(theme)) }
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

    static func errorStyle(_ theme: Theme) -> Style { theme.resolve(Style(foreground: .red, bold: true)) }

    /// A message too long for the prompt row, wrapped onto the rows above it.
    private static func renderAbove(_ text: String, style: Style, row: Int, width: Int, into grid: inout CellGrid) {
        let lines = TextWrapper.wrap([StyledRun(text, .body)], width: max(1, width - 2), piece: 0).map(\.plainText)
        let shown = Array(lines.prefix(min(maxErrorRows, row)))
        for (offset, line) in shown.enumerated() {
            let y = row - shown.count + offset
            grid.fill(row: y, column: 0, width: width, height: 1)
            grid.put(line, row: y, column: 1, style: style, maxColumn: width - 1)
        }
    }
}
