import Content

/// The bottom row, in reverse video: the message or the document's title on the left; where you
/// are, how far through the text, and the keys that matter now on the right.
enum StatusLine {
    /// What the status line says; `StatusFacts` gathers it.
    struct Facts: Sendable, Hashable {
        /// A one-key message ("No such recommendation: 12"), which takes the left first.
        var message: String?
        /// The filter and search in force, when no message.
        var summary: String?
        var title: String
        /// Where the selection is, at full length and compact.
        var position: String
        var compactPosition: String
        /// How far through the reader's text: "  Top", "  42%", "  End" or "".
        var progress: String
        /// Key hints, longest first.
        var hints: [String]
    }

    static func render(_ facts: Facts, layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let row = layout.statusRow
        let available = max(0, layout.width - 2)
        grid.fill(row: row, column: 0, width: layout.width, height: 1, style: theme.statusBar)

        // Priorities when space is short: a message, then the position, then key hints, then the title.
        let summary = facts.summary
        let left = facts.message ?? summary ?? facts.title
        let leftNeeds = facts.message != nil || summary != nil ? DisplayWidth.of(left) : 0
        let full = facts.position + facts.progress
        let compact = facts.compactPosition + facts.progress
        // More hints beat a longer position: "? help" is how people find everything else.
        let candidates = facts.hints.flatMap { [full + "   " + $0, compact + "   " + $0] } + [full, compact]
        let right = candidates.first { DisplayWidth.of($0) + 2 + leftNeeds <= available }
            ?? Truncate.toWidth(compact, max(0, available - 2 - leftNeeds))
        let rightWidth = DisplayWidth.of(right)
        var leftWidth = max(0, available - rightWidth - (rightWidth > 0 ? 2 : 0))
        // A title cut to a few letters says nothing; leave the space empty instead.
        if facts.message == nil && leftWidth < 8 && DisplayWidth.of(left) > leftWidth { leftWidth = 0 }
        // A message keeps its end, usually why something failed; a title or summary keeps its start.
        let shown = facts.message == nil ? Truncate.toWidth(left, leftWidth) : Truncate.keepingEnd(left, leftWidth)
        grid.put(shown, row: row, column: 1,
                 style: facts.message == nil && summary == nil ? theme.statusBar : theme.statusMessage, maxColumn: 1 + leftWidth)
        if rightWidth > 0 {
            grid.put(right, row: row, column: layout.width - rightWidth - 1, style: theme.statusBar, maxColumn: layout.width)
        }
    }
}
