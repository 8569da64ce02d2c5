import Content
import Learning

/// Draws the library screen: a box of reviews (title, organisation, year, recommendations, the
/// outline's status glyphs with their counts) or of search results grouped by review, the status
/// line or the prompt below, the help over it all.
enum LibraryView {
    static func render(_ library: inout LibraryScreen, layout: Layout, theme: Theme) -> CellGrid {
        var grid = CellGrid(width: layout.width, height: layout.height)
        guard !layout.isTooSmall else {
            ScreenRenderer.renderTooSmall(into: &grid)
            return grid
        }
        let body = Rect(x: 0, y: 0, width: layout.width, height: layout.statusRow)
        grid.cursor = library.search == nil ? renderReviews(&library, in: body, theme: theme, into: &grid)
            : renderResults(&library, in: body, theme: theme, into: &grid)
        switch library.mode {
        case .list:
            StatusLine.render(facts(library), layout: layout, theme: theme, into: &grid)
        case let .prompt(prompt):
            let column = PromptLine.render(prompt, hint: (hint(prompt, library), theme.resolve(Style(dim: true))),
                                           layout: layout, theme: theme, into: &grid)
            grid.cursor = (layout.statusRow, column)
        case var .help(help):
            HelpOverlay.render(&help, layout: layout, theme: theme, overText: false, into: &grid)
            library.mode = .help(help)
            StatusLine.render(facts(library), layout: layout, theme: theme, into: &grid)
            let box = HelpOverlay.frame(in: layout)
            grid.cursor = (box.y + 1, box.x + 2)
        case .tracker(var view, let targets, let matrix):
            StatusLine.render(facts(library), layout: layout, theme: theme, into: &grid)
            grid.cursor = ListOverlay.render(&view, layout: layout, theme: theme, overText: false, into: &grid)
            library.mode = .tracker(view, targets: targets, over: matrix)
        case var .matrix(matrix):
            StatusLine.render(facts(library), layout: layout, theme: theme, into: &grid)
            grid.cursor = LibraryMatrixView.render(&matrix, in: body, theme: theme, into: &grid)
            library.mode = .matrix(matrix)
        }
        theme.paintCanvas(&grid)
        return grid
    }

    /// The columns a row of the list has room for at this width: the title takes what is left.
    struct Columns {
        var organisation = 0
        var status = 0
        static let year = 4, recommendations = 6

        init(width: Int) {
            if width >= 50 { status = 12 }
            if width >= 64 { organisation = min(26, width / 4) }
        }
    }

    private static func renderReviews(_ library: inout LibraryScreen, in body: Rect, theme: Theme,
                                      into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let shown = library.filter == nil ? Counted.of(library.entries.count, "review")
            : "\(DigitGroups.of(library.rows.count)) of \(Counted.of(library.entries.count, "review"))"
        let inner = BorderedBlock(title: " Library · \(shown) · by \(library.sort.rawValue) ", theme: theme)
            .render(in: body, into: &grid)
        guard inner.height >= 2, inner.width >= 10 else { return nil }
        let columns = Columns(width: inner.width)
        let titleWidth = max(1, inner.width - 2 - columns.organisation - Columns.year - Columns.recommendations
            - columns.status - (columns.organisation > 0 ? 2 : 0) - 2)
        drawRow(title: "Title", organisation: "Organisation", year: "Year", count: "Recs", y: inner.y, x: inner.x + 1,
                titleWidth: titleWidth, columns: columns, style: theme.style(.dim), into: &grid)
        guard !library.rows.isEmpty else {
            let text = library.entries.isEmpty ? "The library is empty" : "No review matches the filter (F clears it)"
            grid.put(Truncate.toWidth(text, inner.width - 2), row: inner.y + 1, column: inner.x + 1, style: theme.style(.dim))
            return (inner.y + 1, inner.x + 1)
        }
        let rows = library.rows
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        return SelectableList(count: rows.count, highlight: Style(reverse: true))
            .render(in: list, state: &library.list, into: &grid) { index, y, isSelected, grid in
                let entry = rows[index]
                let style = isSelected ? Style(reverse: true) : Style.plain
                let end = drawRow(title: ReviewName.row(entry.title), organisation: entry.organisation ?? "", year: entry.year.map(String.init) ?? "",
                                  count: "\(entry.recommendationCount)", y: y, x: list.x + 1, titleWidth: titleWidth,
                                  columns: columns, style: style, into: &grid)
                if columns.status > 0 { drawStatus(entry, y: y, x: end + 2, theme: theme, selected: isSelected, into: &grid) }
            }
    }

    /// One row's text columns; returns the column after the recommendation count.
    @discardableResult
    private static func drawRow(title: String, organisation: String, year: String, count: String, y: Int, x: Int,
                                titleWidth: Int, columns: Columns, style: Style, into grid: inout CellGrid) -> Int {
        var column = x
        grid.put(Truncate.toWidth(title, titleWidth), row: y, column: column, style: style)
        column += titleWidth + 2
        if columns.organisation > 0 {
            grid.put(Truncate.toWidth(organisation, columns.organisation), row: y, column: column, style: style)
            column += columns.organisation + 2
        }
        grid.put(Truncate.toWidth(year, Columns.year), row: y, column: column, style: style)
        column += Columns.year
        let shown = Truncate.toWidth(count, Columns.recommendations)
        grid.put(shown, row: y, column: column + Columns.recommendations - DisplayWidth.of(shown), style: style)
        return column + Columns.recommendations
    }

    /// "✓3 ◐2 ○5": how many recommendations have each derived status, in the outline's glyphs and colours.
    private static func drawStatus(_ entry: LibraryEntry, y: Int, x: Int, theme: Theme, selected: Bool,
                                   into grid: inout CellGrid) {
        var column = x
        for value in RecommendationStatus.Value.allCases {
            guard let count = entry.statusCounts[value.rawValue], count > 0 else { continue }
            var style = theme.status(value)
            if selected { style.reverse = true }
            column = grid.put(StatusBadge.glyph(value) + "\(count)", row: y, column: column, style: style) + 1
        }
    }

    private static func renderResults(_ library: inout LibraryScreen, in body: Rect, theme: Theme,
                                      into grid: inout CellGrid) -> (row: Int, column: Int)? {
        guard var search = library.search else { return nil }
        defer { library.search = search }
        let counts = search.rows == nil ? "" : ": " + search.countsText
        let inner = BorderedBlock(title: " Search \(search.query)\(counts) ", footer: " Esc back to the list ", theme: theme)
            .render(in: body, into: &grid)
        guard inner.height >= 1, inner.width >= 10 else { return nil }
        guard let rows = search.rows, !rows.isEmpty else {
            let text = search.rows == nil ? "Searching…" : "No review has a match"
            grid.put(text, row: inner.y, column: inner.x + 1, style: theme.style(.dim))
            return (inner.y, inner.x + 1)
        }
        return SelectableList(count: rows.count, highlight: Style(reverse: true))
            .render(in: inner, state: &search.list, into: &grid) { index, y, isSelected, grid in
                let reverse = isSelected ? Style(reverse: true) : Style.plain
                switch rows[index] {
                case let .review(id, title, count):
                    var heading = theme.style(.heading)
                    heading.reverse = isSelected
                    let label = " (\(count))"
                    // Led by its name, told apart from another review of the same child ("Child E #13: …").
                    let row = ReviewName.row(title, named: library.name(of: id, title: title))
                    let end = grid.put(Truncate.toWidth(row, inner.width - 2 - DisplayWidth.of(label)), row: y,
                                       column: inner.x + 1, style: heading)
                    grid.put(label, row: y, column: end, style: reverse)
                case let .hit(hit):
                    let id = hit.code ?? "intro"
                    var marker = theme.recommendationNumber
                    marker.reverse = isSelected
                    grid.put(Truncate.toWidth(id, 5), row: y, column: inner.x + 3, style: marker)
                    if let item = hit.item, library.marksFromSearch[hit.document]?[item.inSeries(hit.series)] == true {
                        grid.put(OutlinePane.markMarker, row: y, column: inner.x + 1, style: marker)
                    }
                    grid.put(Truncate.toWidth(hit.snippet, max(1, inner.width - 10)), row: y, column: inner.x + 9,
                             style: reverse, maxColumn: inner.maxX - 1)
                }
            }
    }

    private static func facts(_ library: LibraryScreen) -> StatusLine.Facts {
        let summary = library.filter.map { "& \($0.text): \(library.rows.count) of \(library.entries.count) reviews" }
        let position: String, compact: String
        if let search = library.search, let rows = search.rows, !rows.isEmpty {
            position = "Result \(search.list.selected + 1) of \(rows.count)"
            compact = "\(search.list.selected + 1)/\(rows.count)"
        } else if library.rows.isEmpty {
            (position, compact) = ("", "")
        } else {
            position = "Review \(library.list.selected + 1) of \(library.rows.count)"
            compact = "\(library.list.selected + 1)/\(library.rows.count)"
        }
        return StatusLine.Facts(message: library.message, summary: summary, title: "Library", position: position,
                                compactPosition: compact, progress: "",
                                hints: ["Enter open  / search  f filter  s sort  ? help  q quit",
                                        "Enter open  ? help  q quit", "? help  q quit", "? help"])
    }

    /// What the library's prompt says on the right while typing.
    private static func hint(_ prompt: PromptState, _ library: LibraryScreen) -> String {
        switch prompt.kind {
        case .filter:
            guard library.filter != nil else { return "title words, org:, year:2019..2022, status:" }
            return "\(library.rows.count) of \(library.entries.count) reviews"
        default:
            guard let search = library.search else { return "words in any review" }
            guard search.rows != nil else { return "searching…" }
            return search.countsText + "  Enter keep  Esc undo"
        }
    }
}
