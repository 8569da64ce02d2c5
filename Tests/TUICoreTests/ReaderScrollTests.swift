import Content
import Testing
import TUITestSupport
@testable import TUICore

/// The reader's scroll position is an anchor in the state, resolved into a line and clamped when a frame is drawn.
struct ReaderScrollTests {
    private static let document = DocumentLoader.builtInDocument()

    private func content(_ selection: Selection, width: Int) -> ReaderContent {
        ReaderContent(document: Self.document, selection: selection, width: width)
    }

    @Test func theFrameClampsWhatTheStateAsksFor() {
        var scroll = ReaderScroll(.start(.recommendation(7)), offset: 10_000)
        let text = content(.recommendation(7), width: 50)
        let top = scroll.resolve(in: text, selection: .recommendation(7), visible: 20)
        #expect(top == text.lines.count - 20)
        #expect(scroll.shown.top == top && scroll.shown.maxTop == top)
        // The request itself is kept: only the frame clamps it.
        #expect(scroll.offset == 10_000)
        scroll.scroll(toShownLine: top + 5)
        #expect(scroll.resolve(in: text, selection: .recommendation(7), visible: 20) == top)
    }

    @Test func aReopenedPositionPastTheEndShowsTheLastScreenful() {
        var notes = DocumentNotes(for: Self.document)
        notes.lastPosition = ReadingPosition(target: .item(ItemID(number: 7)), scrollLine: 10_000)
        var browser = Browser(document: Self.document, notes: notes, width: 80, height: 24)
        _ = browser.draw()
        #expect(browser.state.readerTop == browser.state.readerMaxTop)
        #expect(browser.state.readerTop == browser.readerLines.count - browser.state.layout.readerTextHeight)
    }

    @Test func theSameWordsStayOnTopThroughARunOfResizes() {
        var scroll = ReaderScroll(.start(.recommendation(7)), offset: 9)
        let wide = content(.recommendation(7), width: 70), narrow = content(.recommendation(7), width: 30)
        let top = scroll.resolve(in: wide, selection: .recommendation(7), visible: 10)
        let words = wide.lines[top].anchor
        scroll.pinTopWords()
        let narrowTop = scroll.resolve(in: narrow, selection: .recommendation(7), visible: 10)
        #expect(narrow.lines[narrowTop].anchor.piece == words.piece)
        #expect(narrow.lines[narrowTop].anchor <= words)
        scroll.pinTopWords()
        #expect(scroll.resolve(in: wide, selection: .recommendation(7), visible: 10) == top)
    }

    @Test func aJumpToAPlaceIsResolvedByTheFrame() throws {
        let text = content(.recommendation(7), width: 40)
        let last = try #require(text.lines.lastIndex { !$0.segments.isEmpty })
        let place = try #require(text.lines[last].segments.first?.source.place)
        var scroll = ReaderScroll(.start(.recommendation(7)))
        scroll.reveal(place)
        let top = scroll.resolve(in: text, selection: .recommendation(7), visible: 10)
        let line = try #require(text.line(of: place))
        #expect((top..<(top + 10)).contains(line))
        // Revealing again from a reveal starts from what it showed, so it does not nest.
        scroll.reveal(place)
        guard case let .reveal(_, around, _) = scroll.anchor, case .words = around else {
            Issue.record("expected a reveal around the words shown")
            return
        }
    }

    @Test func drawingAndLookingShowTheSameFrame() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":7⏎⇥jjj")
        var copy = browser
        #expect(copy.draw().lines == browser.render().lines)
    }
}
