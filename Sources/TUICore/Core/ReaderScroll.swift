import Content

/// The reader's place as the core knows it: what should be at the reader's top, never the laid-out
/// lines. The frame resolves it into a line of the text laid out at the reader's width, clamps that
/// line to the text, and records what it showed (as `ScrollState` does for the overlays), so the
/// next key scrolls from there.
struct ReaderScroll: Sendable, Hashable {
    enum Anchor: Sendable, Hashable {
        /// The first line of a selection (a part's marker line; the top for a whole item).
        case start(Selection)
        /// The line holding these words: the same words stay on top when the text re-wraps.
        case words(ReaderAnchor)
        /// Words a search or a learning list led to: the top `around` gives (with `offset`) if they
        /// show there, else with them a third of the way down.
        indirect case reveal(Place, around: Anchor, offset: Int)
    }

    /// What the last frame showed.
    struct Shown: Sendable, Hashable {
        /// The line at the reader's top, after clamping.
        var top = 0
        /// The anchor's own line, before `offset` and clamping.
        var anchorLine = 0
        /// The last top that still fills the reader.
        var maxTop = 0
        /// The words on the top line, which a resize keeps on top.
        var topWords: ReaderAnchor?
        /// How far below the selection's first line the top is (saved as the reading position).
        var belowSelectionStart = 0
    }

    var anchor: Anchor
    /// Lines below the anchor's line.
    var offset: Int
    private(set) var shown = Shown()

    init(_ anchor: Anchor, offset: Int = 0) {
        self.anchor = anchor
        self.offset = offset
    }

    /// The line to show at the top, `visible` lines on screen: the anchor's line plus the offset,
    /// clamped to the text. The anchor itself is kept, so a run of resizes returns to the same words.
    mutating func resolve(in content: ReaderContent, selection: Selection, visible: Int) -> Int {
        let maxTop = max(0, content.lines.count - visible)
        let anchorLine = Self.line(of: anchor, in: content, visible: visible)
        let top = min(max(0, anchorLine.addingReportingOverflow(offset).partialValue), maxTop)
        shown = Shown(top: top, anchorLine: anchorLine, maxTop: maxTop,
                      topWords: content.lines.indices.contains(top) ? content.lines[top].anchor : nil,
                      belowSelectionStart: top - content.firstLine(of: selection))
        return top
    }

    private static func line(of anchor: Anchor, in content: ReaderContent, visible: Int) -> Int {
        switch anchor {
        case let .start(selection):
            return content.firstLine(of: selection)
        case let .words(words):
            return content.line(for: words)
        case let .reveal(place, around, offset):
            let maxTop = max(0, content.lines.count - visible)
            let clamp = { (line: Int) in min(max(0, line), maxTop) }
            let top = clamp(line(of: around, in: content, visible: visible).addingReportingOverflow(offset).partialValue)
            guard let line = content.line(of: place), line < top || line >= top + visible else { return top }
            return clamp(line - visible / 3)
        }
    }

    /// Scrolls from the top the last frame showed, within the text it showed.
    mutating func scroll(toShownLine line: Int) {
        offset = min(max(0, line), shown.maxTop) - shown.anchorLine
    }

    /// Keeps the words now on top there however the text re-wraps: a run of resizes keeps the
    /// first one's words, so shrinking the window and growing it back returns to the same line.
    mutating func pinTopWords() {
        if case .words = anchor, offset == 0 { return }
        anchor = shownTopWords
        offset = 0
    }

    /// Brings some words into view, from the top the reader has now.
    mutating func reveal(_ place: Place) {
        // Revealing again from a reveal starts from the words it showed, so `n` after `n` does not nest.
        if case .reveal = anchor {
            anchor = shownTopWords
            offset = 0
        }
        anchor = .reveal(place, around: anchor, offset: offset)
        offset = 0
    }

    private var shownTopWords: Anchor { .words(shown.topWords ?? ReaderAnchor(piece: 0, word: 0)) }
}
