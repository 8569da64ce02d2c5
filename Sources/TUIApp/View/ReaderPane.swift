import Content

/// The right pane: the selected item's text, wrapped, from the scroll position down, with the
/// search's matches highlighted (the current one apart).
enum ReaderPane {
    static func render(_ state: BrowserState, content: ReaderContent, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) {
        let area = layout.readerText
        guard area.width > 0, area.height > 0 else { return }
        let highlights = Highlights(state: state)
        for offset in 0..<area.height {
            let index = state.readerTop + offset
            guard content.lines.indices.contains(index) else { break }
            let line = content.lines[index]
            let row = area.y + offset
            var column = area.x + line.indent
            for run in line.runs where column < area.maxX {
                column = grid.put(run.text, row: row, column: column, style: theme.style(run.role),
                                  maxColumn: area.maxX)
            }
            if highlights.isActive {
                for segment in line.segments {
                    highlight(segment, at: area.x + line.indent + segment.column, row: row, limit: area.maxX,
                              highlights: highlights, theme: theme, into: &grid)
                }
            }
        }
    }

    /// Restyles the cells of a segment's characters that fall in a match.
    private static func highlight(_ segment: LineSegment, at start: Int, row: Int, limit: Int,
                                  highlights: Highlights, theme: Theme, into grid: inout CellGrid) {
        let ranges = highlights.ranges(at: segment.source.location)
        guard !ranges.isEmpty else { return }
        var column = start
        for (index, character) in segment.text.enumerated() {
            let width = DisplayWidthOf.character(character)
            let offset = segment.source.offset + index
            if let range = ranges.first(where: { $0.contains(offset) }) {
                let isCurrent = highlights.current.map { $0.location == segment.source.location && $0.range == range } ?? false
                let style = isCurrent ? theme.currentMatch : theme.match
                grid.restyle(row: row, columns: column..<min(limit, column + width)) { $0 = style }
            }
            column += width
        }
    }
}

/// The match ranges to show: the search's, or else the filter's words.
struct Highlights {
    private let result: SearchResult?
    let current: SearchMatch?

    private let spotlight: Evidence?

    init(state: BrowserState) {
        let session = state.search ?? state.filter
        result = session.flatMap { $0.result.query.positiveTerms.isEmpty ? nil : $0.result }
        spotlight = state.spotlight
        // Words a learning list led to outshine the search's current match.
        current = state.spotlight.map { SearchMatch(location: $0.location, range: $0.range) }
            ?? state.search.flatMap { search in state.currentMatch.map { search.result.match(at: $0) } }
    }

    var isActive: Bool { result != nil || spotlight != nil }

    func ranges(at location: SearchLocation) -> [Range<Int>] {
        var ranges = result?.ranges(at: location) ?? []
        if let spotlight, spotlight.location == location { ranges.append(spotlight.range) }
        return ranges
    }
}
