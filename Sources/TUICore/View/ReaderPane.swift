import Content
import Learning
import Search

/// The right pane: the selected item's text, wrapped, from the scroll position down, with the
/// search's matches highlighted (the current one apart).
enum ReaderPane {
    /// Draws `content` from line `top`, lighting up `highlights` and underlining `acronyms`.
    static func render(_ content: ReaderContent, top: Int, highlights: Highlights, acronyms: AcronymMarks,
                       layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let area = layout.readerText
        guard area.width > 0, area.height > 0 else { return }
        var acronyms = acronyms
        for offset in 0..<area.height {
            let index = top + offset
            guard content.lines.indices.contains(index) else { break }
            let line = content.lines[index]
            let row = area.y + offset
            var column = area.x + line.indent
            for run in line.runs where column < area.maxX {
                column = grid.put(run.text, row: row, column: column, style: theme.style(run.role),
                                  maxColumn: area.maxX)
            }
            for segment in line.segments {
                forEachCell(of: segment, at: area.x + line.indent + segment.column, limit: area.maxX,
                            in: acronyms.ranges(at: segment.source.place)) { _, columns in
                    grid.restyle(row: row, columns: columns) { $0.underline = true }
                }
            }
            if highlights.isActive {
                for segment in line.segments {
                    highlight(segment, at: area.x + line.indent + segment.column, row: row, limit: area.maxX,
                              highlights: highlights, theme: theme, into: &grid)
                }
            }
        }
    }

    /// Restyles the cells of a segment's characters that fall in a match (the current one apart).
    private static func highlight(_ segment: LineSegment, at start: Int, row: Int, limit: Int,
                                  highlights: Highlights, theme: Theme, into grid: inout CellGrid) {
        let ranges = highlights.ranges(at: segment.source.place)
        forEachCell(of: segment, at: start, limit: limit, in: ranges) { range, columns in
            let isCurrent = highlights.current.map { $0.isInSamePiece(as: segment.source.place) && $0.range == range } ?? false
            let style = isCurrent ? theme.currentMatch : theme.match
            grid.restyle(row: row, columns: columns) { $0 = style }
        }
    }

    /// Calls `body` with the range and the screen columns of each of a segment's characters that
    /// fall in one of `ranges` (UTF-8 offsets in the segment's piece of text).
    static func forEachCell(of segment: LineSegment, at start: Int, limit: Int, in ranges: [Range<Int>],
                            _ body: (Range<Int>, Range<Int>) -> Void) {
        guard !ranges.isEmpty else { return }
        var column = start
        var offset = segment.source.offset
        for character in segment.text {
            let width = DisplayWidth.of(character)
            if let range = ranges.first(where: { $0.contains(offset) }) {
                body(range, column..<min(limit, column + width))
            }
            column += width
            offset += character.utf8.count
        }
    }
}

/// Acronyms the glossary explains are underlined in the reader (`x` lists them with their expansions).
struct AcronymMarks {
    private let document: ReviewDocument
    private let glossary: Glossary
    /// By the place of the whole piece (as sources name it).
    private var cache: [Place: [Range<Int>]] = [:]

    init(document: ReviewDocument, glossary: Glossary) {
        self.document = document
        self.glossary = glossary
    }

    mutating func ranges(at piece: Place) -> [Range<Int>] {
        if let known = cache[piece] { return known }
        let text = document.text(at: piece) ?? ""
        let ranges = glossary.acronymTokens(in: text).filter { $0.entryAcronym != nil }.map(\.range)
        cache[piece] = ranges
        return ranges
    }
}

/// The match ranges to show: the search's, or else the filter's words.
struct Highlights {
    private let result: SearchResult?
    let current: Place?

    private let spotlight: Evidence?

    /// `result` lights its words when its query has any; `spotlight`, words a learning list led to,
    /// outshines `currentMatch`, the match `n`/`N` last went to.
    init(result: SearchResult?, spotlight: Evidence?, currentMatch: Place?) {
        self.result = result.flatMap { $0.query.positiveTerms.isEmpty ? nil : $0 }
        self.spotlight = spotlight
        current = spotlight?.place ?? currentMatch
    }

    var isActive: Bool { result != nil || spotlight != nil }

    func ranges(at piece: Place) -> [Range<Int>] {
        var ranges = result?.ranges(at: piece) ?? []
        if let spotlight, spotlight.place.isInSamePiece(as: piece) { ranges.append(spotlight.place.range) }
        return ranges
    }
}
