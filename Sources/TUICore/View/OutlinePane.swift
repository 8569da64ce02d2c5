import Content
import Learning

/// The left pane: the document's title, then the introduction, sections, recommendations and parts.
enum OutlinePane {
    static let selectionMarker = ">"
    static let foldedMarker = "▸"
    static let unfoldedMarker = "▾"
    /// After an item's gist: it has a note, it is marked for the session (shapes, so no colour is needed).
    static let noteMarker = "✎"
    /// A flag, not a tick: ✓ is the status glyph for completed work.
    static let markMarker = "⚑"

    /// What one row on screen carries besides its own text.
    struct Annotation: Sendable, Hashable {
        /// Matches of the search (or filter) in force in the row's item.
        var matches: Int?
        var status: RecommendationStatus.Value?
        var hasNote = false
        var isMarked = false

        /// "✎⚑", "✎", "⚑" or "".
        var markers: String { (hasNote ? noteMarker : "") + (isMarked ? markMarker : "") }
    }

    /// Draws the outline from `top`: `rows` are all the rows (numbers align across them all),
    /// `annotations` those on screen, in order from `top`.
    static func render(title: String, rows: OutlineRows, top: Int, selection: Selection, focused: Bool,
                       annotations: [Annotation], layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let pane = layout.outline
        guard pane.width > 0, pane.height > 0 else { return }
        grid.put(" " + Truncate.toWidth(title, pane.width - 1), row: pane.y, column: pane.x,
                 style: theme.outlineTitle, maxColumn: pane.maxX)
        let list = layout.outlineList
        // Found when the rows are: taken from them, it would make every row each frame.
        let numberWidth = rows.numberWidth
        for (offset, annotation) in annotations.enumerated().prefix(list.height) {
            let index = top + offset
            guard rows.indices.contains(index) else { break }
            drawRow(rows[index], isSelected: rows[index].selection == selection, focused: focused,
                    numberWidth: numberWidth, annotation: annotation, row: list.y + offset, pane: list, theme: theme,
                    into: &grid)
        }
    }

    /// Letters after a shared opening that must show for a row to be told apart from its likes.
    static let distinctLetters = 4

    /// The gist; or when its cut would fall in (or just after) an opening other gists share, "…" and
    /// what follows that opening: at 80 columns "…Children's Soci…" and "…their partners…" rather
    /// than "Seek assurance f…" twice.
    private static func gist(of row: OutlineRow, width: Int) -> String {
        guard let rest = row.distinctText else { return row.text }
        let textWidth = DisplayWidth.of(row.text)
        let openingWidth = textWidth - DisplayWidth.of(rest)
        guard textWidth > width, openingWidth + distinctLetters > width - 1 else { return row.text }
        return "…" + rest
    }

    private static func drawRow(_ row: OutlineRow, isSelected: Bool, focused: Bool, numberWidth: Int,
                                annotation: Annotation, row y: Int, pane: Rect, theme: Theme, into grid: inout CellGrid) {
        let x = pane.x
        let markers = annotation.markers, matches = annotation.matches, status = annotation.status
        // Markers and a match count sit at the row's end; the gist gives way to them.
        let count = (markers.isEmpty ? "" : " " + markers) + (matches.flatMap { $0 > 0 ? " \($0)" : nil } ?? "")
        let countWidth = DisplayWidth.of(count)
        let textEnd = pane.maxX - countWidth
        var pieces: [(text: String, column: Int, style: Style)] = []
        switch row.kind {
        case .introduction:
            pieces.append((row.text, x + 2, .plain))
        case .section:
            pieces.append((row.text, x + 2, theme.sectionRow))
        case .recommendation:
            if row.hasParts {
                pieces.append((row.isFolded ? foldedMarker : unfoldedMarker, x + 2, theme.foldMarker))
            }
            // Numbers are right-aligned, so the gists line up.
            pieces.append((row.label, x + 4 + max(0, numberWidth - row.label.count), theme.recommendationNumber))
            // The status glyph reads without colour: ✓ completed, ◐ in progress, ○ planned.
            if let status { pieces.append((StatusBadge.glyph(status), x + 4 + numberWidth + 1, theme.status(status))) }
            pieces.append((gist(of: row, width: textEnd - (x + 4 + numberWidth + 3)), x + 4 + numberWidth + 3, .plain))
        case .part:
            let column = x + 4 + numberWidth + 3
            pieces.append((row.label, column, theme.partLabel))
            pieces.append((gist(of: row, width: textEnd - (column + row.label.count + 1)), column + row.label.count + 1, .plain))
        }
        if isSelected { grid.fill(row: y, column: x, width: pane.width, height: 1, style: theme.selected(.plain, focused: focused)) }
        if isSelected { grid.put(selectionMarker, row: y, column: x, style: theme.selected(Style(bold: true), focused: focused), maxColumn: pane.maxX) }
        for piece in pieces where piece.column < textEnd {
            let style = isSelected ? theme.selected(piece.style, focused: focused) : piece.style
            grid.put(Truncate.toWidth(piece.text, textEnd - piece.column), row: y, column: piece.column,
                     style: style, maxColumn: textEnd)
        }
        if countWidth > 0, textEnd > x + 4 {
            let style = isSelected ? theme.selected(theme.matchCount, focused: focused) : theme.matchCount
            grid.put(count, row: y, column: textEnd, style: style, maxColumn: pane.maxX)
        }
    }
}
