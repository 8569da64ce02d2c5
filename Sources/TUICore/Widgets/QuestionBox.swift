import Content

/// A question over the panes: its text wrapped, a blank row, its choices, in a bordered box as tall as
/// its words and centred where `frame` was. Shared by the questions casebook asks (`q` with unsaved
/// notes, notes of a document somewhat alike).
struct QuestionBox {
    var title: String
    var text: String
    var choices: [String]
    var footer: String

    /// Draws the box; returns its inside and how many rows the text took, or nil when `frame` is too small.
    func render(in frame: Rect, theme: Theme, into grid: inout CellGrid) -> (inner: Rect, textRows: Int)? {
        guard frame.width >= 12, frame.height >= 5 else { return nil }
        let width = max(1, frame.width - 4)
        var rows = TextWrapper.wrap([StyledRun(text)], width: width, piece: 0).map(\.plainText)
        // On a small screen the text gives way, so the choices always show.
        let textRoom = max(1, frame.height - 2 - choices.count - 1)
        if rows.count > textRoom {
            rows = Array(rows.prefix(textRoom))
            rows[textRoom - 1] = Truncate.toWidth(rows[textRoom - 1] + " …", width)
        }
        rows.append("")
        let textRows = rows.count
        rows += choices
        let height = min(frame.height, rows.count + 2)
        let box = Rect(x: frame.x, y: frame.y + (frame.height - height) / 2, width: frame.width, height: height)
        let inner = BorderedBlock(title: title, footer: footer, theme: theme, footerStyle: theme.statusMessage,
                                  blanksBeside: true)
            .render(in: box, into: &grid)
        var row = inner.y
        for (index, line) in rows.enumerated() where row < inner.maxY {
            let style = index < textRows ? Style.plain : theme.style(.term)
            grid.put(Truncate.toWidth(TerminalSafe.sanitize(line), width), row: row, column: inner.x + 1, style: style,
                     maxColumn: inner.maxX - 1)
            row += 1
        }
        return (inner, textRows)
    }
}
