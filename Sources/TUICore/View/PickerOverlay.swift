import Content

/// The facet picker: a box above the filter prompt listing the facets this document offers.
enum PickerOverlay {
    static let title = " Add to the filter "

    /// Draws the box and returns where the cursor goes (the selected entry).
    static func render(_ picker: FacetPicker, layout: Layout, theme: Theme, into grid: inout CellGrid) -> (row: Int, column: Int)? {
        let entries = picker.entries
        let width = min(layout.width, 70)
        let height = min(entries.count + 2, max(3, layout.height - 1))
        let box = Rect(x: 0, y: max(0, layout.statusRow - height), width: width, height: height)
        guard box.width >= 10, box.height >= 3 else { return nil }
        let inner = BorderedBlock(title: title, theme: theme).render(in: box, into: &grid)
        let facetWidth = min(24, entries.map { DisplayWidth.of($0.facet) }.max() ?? 0)
        let selectedStyle = Style(bold: true, reverse: true)
        // Scrolled from the top on every draw, as the learning lists are.
        var shown = ListState(selected: picker.state.selected)
        return SelectableList(count: entries.count, highlight: selectedStyle)
            .render(in: inner, state: &shown, into: &grid) { index, row, isSelected, grid in
                let entry = entries[index]
                grid.put(entry.facet, row: row, column: box.x + 2, style: isSelected ? selectedStyle : theme.style(.marker),
                         maxColumn: box.maxX - 1)
                grid.put(Truncate.toWidth(entry.help, max(0, box.width - facetWidth - 7)), row: row,
                         column: box.x + 4 + facetWidth, style: isSelected ? selectedStyle : theme.style(.dim),
                         maxColumn: box.maxX - 1)
            }
    }
}
