import Content

/// A learning list drawn in a box over the panes: a key column, the text, and dimmer lines below
/// saying where and in which words. Each row wraps to the box's width (a commitment's sentence is
/// read whole, not cut at the edge). The selected row's text is in reverse video.
enum ListOverlay {
    static func frame(in layout: Layout) -> Rect { HelpOverlay.frame(in: layout) }

    /// Draws the list and returns where the cursor goes (the selected row). Records in `list.state`
    /// how many rows showed (what a page is).
    /// `overText`: the box sits over the reader's text, whose cells beside it are blanked (over the
    /// library's own box they stay, framing it).
    static func render(_ list: inout ListView, layout: Layout, theme: Theme, overText: Bool = true,
                       into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let box = frame(in: layout)
        guard box.width >= 12, box.height >= 4 else { return nil }
        let count = list.count
        let footer = count == 0 ? "" : " \(list.state.selected + 1) of \(count) · Enter go · Esc close "
        let inner = BorderedBlock(title: list.title, footer: footer, theme: theme, blanksBeside: overText).render(in: box, into: &grid)
        guard count > 0 else {
            grid.put(Truncate.toWidth(list.emptyText, box.width - 4), row: box.y + 1, column: box.x + 2, style: theme.style(.dim))
            return (box.y + 1, box.x + 2)
        }
        let keyWidth = list.keyWidth
        let textColumn = box.x + 2 + keyWidth + 2
        let textWidth = max(1, box.maxX - 2 - textColumn)
        // Scrolled only as far as the selection needs, from the top on every draw: the selection sits
        // as low as it can, as this list always has. Every row takes a line at least, so only the rows a
        // box's height either side of the selection can show: only those are wrapped (the tracker across
        // a library can hold hundreds of thousands).
        let selected = min(max(0, list.state.selected), count - 1)
        let window = max(0, selected - inner.height + 1)..<min(count, selected + inner.height + 1)
        let rows = window.map(list.row(at:))
        let wrapped = rows.map { row in
            (text: wrap(row.text, width: textWidth), detail: row.detail.map { wrap($0, width: textWidth) } ?? [])
        }
        var shown = ListState(selected: selected - window.lowerBound)
        let cursor = SelectableList(count: window.count, rowHeights: wrapped.map { $0.text.count + $0.detail.count },
                                    highlight: Style(reverse: true))
            .render(in: inner, state: &shown, into: &grid) { slot, y, isSelected, grid in
                let keyStyle = isSelected ? Style(bold: true, reverse: true) : theme.style(.marker)
                grid.put(Truncate.toWidth(rows[slot].key, keyWidth), row: y, column: box.x + 2, style: keyStyle, maxColumn: textColumn)
                let lines = wrapped[slot].text.map { ($0, isSelected ? Style(reverse: true) : Style.plain) }
                    + wrapped[slot].detail.map { ($0, theme.style(.dim)) }
                for (offset, line) in lines.enumerated() where y + offset < inner.maxY {
                    // The whole text of the selected row stands out, not only its first line.
                    if isSelected && offset > 0 && offset < wrapped[slot].text.count {
                        grid.fill(row: y + offset, column: inner.x, width: inner.width, height: 1, style: Style(reverse: true))
                    }
                    grid.put(line.0, row: y + offset, column: textColumn, style: line.1, maxColumn: box.maxX - 2)
                }
            }
        list.state.visibleRows = shown.visibleRows
        return cursor
    }

    /// Text made one safe line, then wrapped at words to `width` columns.
    private static func wrap(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap([StyledRun(TerminalSafe.oneLine(text))], width: width, piece: 0).map(\.plainText)
    }
}
