import Testing
@testable import TUIApp
@testable import TUICore
import TUITestSupport

/// A paste reaches the loop as hundreds of keys already waiting: they are taken before drawing, with a
/// frame every so often, rather than a frame per key (which made a long paste take a minute).
@Suite struct PasteDrawingTests {
    /// Keys from a list, all waiting at once; counts the frames drawn and keeps the last.
    private final class PastingBackend: TerminalBackend {
        var events: [KeyEvent]
        var draws = 0
        var last: CellGrid?
        init(_ events: [KeyEvent]) { self.events = events }
        var size: (width: Int, height: Int) { (80, 24) }
        var hasPendingInput: Bool { !events.isEmpty }
        func draw(_ grid: CellGrid) { draws += 1; last = grid }
        func invalidate() {}
        func nextEvent() -> KeyEvent? { events.isEmpty ? nil : events.removeFirst() }
        func shutdown() {}
    }

    @Test func aPasteIsTakenBeforeDrawingAndTheLastFrameShowsItAll() {
        let paste = String(repeating: "word ", count: 120) + "end"
        let keys = ":4⏎a" + paste
        let backend = PastingBackend(keys.map { $0 == "⏎" ? .enter : .character($0) })
        var browser = Browser.childJ(width: 80, height: 24)
        _ = TerminalApp.run(&browser, on: backend, signals: { nil })
        #expect(browser.state.mode.editor?.text == paste)
        // The first frame, one every `keysBetweenFramesAtMost` keys, and the one after the last key.
        #expect(backend.draws <= 2 + keys.count / TerminalApp.keysBetweenFramesAtMost)
        #expect(backend.last?.lines.contains { $0.contains("word end") } == true)
    }
}
