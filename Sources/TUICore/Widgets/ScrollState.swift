/// A text viewport's place: the first line on screen. The core scrolls without knowing how long
/// the text is or how tall the screen; the viewport clamps the offset when it draws, and records
/// how many lines it showed (a page).
struct ScrollState: Sendable, Hashable {
    var offset = 0
    /// Lines on screen at the last draw; 0 before the first.
    var visibleLines = 0

    /// A page move keeps one line of context.
    var page: Int { max(1, visibleLines - 1) }

    mutating func apply(_ move: Move) {
        switch move {
        case .up: scroll(by: -1)
        case .down: scroll(by: 1)
        case .pageUp: scroll(by: -page)
        case .pageDown: scroll(by: page)
        case .top: offset = 0
        // The viewport brings it back to the last screenful.
        case .bottom: offset = Int.max
        }
    }

    private mutating func scroll(by delta: Int) {
        let (sum, overflow) = offset.addingReportingOverflow(delta)
        offset = max(0, overflow ? Int.max : sum)
    }

    /// What the viewport does at draw time: no scrolling past the last screenful.
    mutating func clamp(lines: Int, visible: Int) {
        visibleLines = visible
        offset = min(max(0, offset), max(0, lines - visible))
    }
}
