import Testing
@testable import TUICore
import TUITestSupport

/// The widgets on their own: each draws only its data into a rectangle and settles its scroll state as it draws.
@Suite struct WidgetTests {
    private let theme = Theme(colorEnabled: false)

    private func lines(_ count: Int) -> [ReaderLine] {
        (0..<count).map { ReaderLine(indent: 0, runs: [StyledRun("line \($0)")], anchor: ReaderAnchor(piece: $0, word: 0)) }
    }

    @Test func aListKeepsTheSelectionInViewWhenItDraws() {
        var grid = CellGrid(width: 20, height: 5)
        var state = ListState()
        let list = SelectableList(count: 10, highlight: Style(reverse: true))
        // The core moves without knowing the screen: past the bottom of what shows.
        for _ in 0..<7 { state.apply(.down, count: 10) }
        #expect(state.selected == 7 && state.offset == 0)
        let cursor = list.render(in: Rect(x: 0, y: 0, width: 20, height: 5), state: &state, into: &grid) { index, y, _, grid in
            grid.put("row \(index)", row: y, column: 1)
        }
        #expect(state.offset == 3)
        #expect(state.visibleRows == 5)
        #expect(grid.lines == [" row 3", " row 4", " row 5", " row 6", " row 7"])
        #expect(cursor?.row == 4)
        #expect(grid[4, 0].style.reverse)
        // Up within the view keeps the offset (it sticks, as ratatui's does); above it, follows.
        state.apply(.up, count: 10)
        list.render(in: Rect(x: 0, y: 0, width: 20, height: 5), state: &state, into: &grid) { _, _, _, _ in }
        #expect(state.offset == 3)
        state.apply(.top, count: 10)
        list.render(in: Rect(x: 0, y: 0, width: 20, height: 5), state: &state, into: &grid) { _, _, _, _ in }
        #expect(state.offset == 0)
    }

    @Test func listMovesStopAtTheEndsAndPageByWhatShowed() {
        var state = ListState(selected: 0, offset: 0, visibleRows: 4)
        state.apply(.up, count: 10)
        #expect(state.selected == 0)
        state.apply(.pageDown, count: 10)
        #expect(state.selected == 3)
        state.apply(.bottom, count: 10)
        #expect(state.selected == 9)
        state.apply(.down, count: 10)
        #expect(state.selected == 9)
        var empty = ListState()
        empty.apply(.down, count: 0)
        #expect(empty.selected == 0)
    }

    @Test func aViewportClampsItsOffsetToTheTextWhenItDraws() {
        var grid = CellGrid(width: 12, height: 3)
        var state = ScrollState()
        state.apply(.bottom)
        let viewport = TextViewport(lines: lines(10), theme: theme)
        viewport.render(in: Rect(x: 0, y: 0, width: 12, height: 3), state: &state, into: &grid)
        #expect(state.offset == 7)
        #expect(grid.lines == ["line 7", "line 8", "line 9"])
        state.apply(.up)
        viewport.render(in: Rect(x: 0, y: 0, width: 12, height: 3), state: &state, into: &grid)
        #expect(grid.lines.first == "line 6")
        state.apply(.pageUp)
        #expect(state.offset == 4)
        state.apply(.top)
        state.apply(.up)
        #expect(state.offset == 0)
    }

    @Test func aViewportClipsAtItsRightEdge() {
        var grid = CellGrid(width: 12, height: 1)
        var state = ScrollState()
        TextViewport(lines: lines(1), theme: theme).render(in: Rect(x: 2, y: 0, width: 4, height: 1), state: &state, into: &grid)
        #expect(grid.lines == ["  line"])
    }

    @Test func aBlockDrawsItsBorderTitleAndFooterAndSaysWhereItsInsideIs() {
        var grid = CellGrid(width: 16, height: 4)
        let inside = BorderedBlock(title: " T ", titlePlacement: .centered, footer: " f ", theme: theme)
            .render(in: Rect(x: 0, y: 0, width: 16, height: 4), into: &grid)
        #expect(inside == Rect(x: 1, y: 1, width: 14, height: 2))
        #expect(grid.lines == ["┌───── T ──────┐", "│              │", "│              │", "└────────── f ─┘"])
    }

    @Test func theHelpsScrollIsClampedAgainWhenAResizeShowsMore() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("?G")
        let bottom = (browser.state.mode.help?.scroll.offset ?? 0)
        #expect(bottom > 0)
        browser.press(.resize(width: 80, height: 40))
        _ = browser.draw()
        #expect((browser.state.mode.help?.scroll.offset ?? 0) < bottom)
    }
}
