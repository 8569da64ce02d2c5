import Content

/// The facet picker: a box above the filter prompt listing the facets this document offers, in
/// three columns (the facet, how many recommendations it keeps, what it means) that are cut to
/// their own width, so nothing runs into the next at any terminal width.
enum PickerOverlay {
    static let title = " Add to the filter "

    /// Draws the box, keeps the selection in view, and returns where the cursor goes (the selected entry).
    static func render(_ picker: inout FacetPicker, layout: Layout, theme: Theme,
                       into grid: inout CellGrid) -> (row: Int, column: Int)? {
        // Full width unless a good part of the panes stays readable beside it: a sliver of the
        // reader's words at the box's edge reads as stray characters.
        let width = layout.width < 100 ? layout.width : 76
        let height = min(max(1, picker.shown.count) + 2, max(3, layout.height - 1))
        let box = Rect(x: 0, y: max(0, layout.statusRow - height), width: width, height: height)
        guard box.width >= 10, box.height >= 3 else { return nil }
        let entries = picker.shown.map { picker.entries[$0] }
        let narrowing = picker.narrowing.text
        let heading = narrowing.isEmpty ? title + "(type to narrow) " : title + "· " + narrowing + " "
        let visible = max(1, box.height - 2)
        let inner = BorderedBlock(title: heading, footer: scrollIndicator(picker.state, count: entries.count, visible: visible),
                                  theme: theme).render(in: box, into: &grid)
        guard !entries.isEmpty else {
            grid.put(Truncate.toWidth("No facet holds \"\(narrowing)\"; Backspace widens", inner.width - 2),
                     row: inner.y, column: inner.x + 1, style: theme.style(.dim))
            return (inner.y, inner.x + 1)
        }
        let columns = Columns(entries, width: inner.width - 2)
        let selectedStyle = Style(bold: true, reverse: true)
        return SelectableList(count: entries.count, highlight: selectedStyle)
            .render(in: inner, state: &picker.state, into: &grid) { index, row, isSelected, grid in
                let entry = entries[index]
                let x = inner.x + 1
                grid.put(Truncate.toWidth(entry.facet, columns.facet), row: row, column: x,
                         style: isSelected ? selectedStyle : theme.style(.marker))
                let count = entry.count.map(String.init) ?? ""
                grid.put(count, row: row, column: x + columns.facet + 1 + columns.count - count.count,
                         style: isSelected ? selectedStyle : theme.style(.body))
                if columns.help > 0 {
                    grid.put(Truncate.toWidth(entry.help, columns.help), row: row, column: x + columns.facet + columns.count + 3,
                             style: isSelected ? selectedStyle : theme.style(.dim))
                }
            }
    }

    /// "3–12 of 40" on the bottom edge when not every entry shows.
    static func scrollIndicator(_ state: ListState, count: Int, visible: Int) -> String {
        guard count > visible else { return "" }
        // The list widget settles the offset as it draws; this is the same rule, ahead of it.
        var settled = state
        settled.keepSelectionVisible(visible: visible)
        let first = settled.offset + 1, last = min(count, settled.offset + visible)
        let arrows = (first > 1 ? "↑" : "") + (last < count ? "↓" : "")
        return " \(arrows) \(first)–\(last) of \(count) "
    }

    /// How wide each column is: the facet gets what its longest entry needs, up to half the width;
    /// the count what its widest number needs; the description the rest (none when it would be a stub,
    /// and then the facet may take it all).
    struct Columns {
        var facet: Int
        var count: Int
        var help: Int

        init(_ entries: [FacetPicker.Entry], width: Int) {
            count = entries.compactMap { $0.count.map { String($0).count } }.max() ?? 0
            let widest = entries.map { DisplayWidth.of($0.facet) }.max() ?? 0
            facet = max(1, min(widest, width / 2, width - count - 1))
            let rest = width - facet - count - 3
            help = rest >= 16 ? rest : 0
            if help == 0 { facet = max(1, min(widest, width - count - 1)) }
        }
    }
}
