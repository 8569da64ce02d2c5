/// A selectable list's place, as ratatui's `ListState`: the selected row and the first row on
/// screen. The core moves the selection knowing only how many rows there are; the list widget
/// keeps the selection in view when it draws, and records how many rows it showed (a page).
struct ListState: Sendable, Hashable {
    var selected = 0
    var offset = 0
    /// Rows on screen at the last draw; 0 before the first.
    var visibleRows = 0

    /// A page move keeps one row of context.
    var page: Int { max(1, visibleRows - 1) }

    /// Moves the selection among `count` rows, stopping at the ends.
    mutating func apply(_ move: Move, count: Int) {
        guard count > 0 else { return }
        switch move {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .top: selected = 0
        case .bottom: selected = count - 1
        }
        selected = min(max(0, selected), count - 1)
    }

    /// What the widget does at draw time: scroll just enough that the selection shows in `visible` rows.
    mutating func keepSelectionVisible(visible: Int) {
        visibleRows = visible
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        offset = max(0, offset)
    }

    /// The same for rows of differing heights: scroll just enough that the selected row shows whole
    /// in `room` lines, and record how many rows show from the top.
    mutating func keepSelectionVisible(heights: [Int], room: Int) {
        guard !heights.isEmpty else { visibleRows = 0; return }
        selected = min(max(0, selected), heights.count - 1)
        if selected < offset { offset = selected }
        while offset < selected && heights[offset...selected].reduce(0, +) > room { offset += 1 }
        offset = max(0, min(offset, heights.count - 1))
        var used = 0
        visibleRows = 0
        for height in heights[offset...] {
            guard used + height <= room else { break }
            used += height
            visibleRows += 1
        }
        visibleRows = max(1, visibleRows)
    }
}
