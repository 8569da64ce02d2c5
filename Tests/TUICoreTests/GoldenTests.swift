import Testing
@testable import TUICore
import TUITestSupport

/// The golden files themselves: they record style as well as text, and a failure shows only what changed.
@Suite struct GoldenTests {
    /// Search matches are marked in the reader, so their style is part of a golden.
    @Test func searchMatches() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("/reachable⏎")
        Golden.check(browser.render(), "search-reachable-80x24")
    }

    @Test func aChangedStyleIsCaughtAndOnlyItsRowIsShown() throws {
        let screen = Browser.childJ(width: 80, height: 24).render()
        var changed = screen
        changed[5, 30].style.background = .magenta  // a style no cell of this screen has
        let difference = try #require(Golden.difference(expected: Golden.file(for: screen), actual: changed))
        #expect(difference.contains("style row 6:"), "\(difference)")
        #expect(!difference.contains("text row"), "\(difference)")
        // One row of the map, and the new style in the legend.
        #expect(difference.components(separatedBy: "style row").count == 2, "\(difference)")
        #expect(difference.hasSuffix("legend:\n+ M on magenta"), "\(difference)")
    }

    @Test func aChangedCharacterShowsOnlyItsRow() throws {
        let screen = Browser.childJ(width: 80, height: 24).render()
        var changed = screen
        changed[2, 1].text = "?"
        let difference = try #require(Golden.difference(expected: Golden.file(for: screen), actual: changed))
        #expect(difference.hasSuffix("text row 3:\n- \(screen.lines[2])\n+ \(changed.lines[2])"), "\(difference)")
    }

    @Test func theStyleMapGivesEachStyleACharacterInOrderOfAppearance() {
        var grid = CellGrid(width: 8, height: 3)
        grid.put("ab", row: 0, column: 1, style: Style(bold: true, reverse: true))
        grid.put("c", row: 1, column: 0, style: Style(foreground: .yellow, underline: true))
        grid.put("d", row: 1, column: 2, style: Style(bold: true, reverse: true))
        grid.put("e", row: 2, column: 0, style: Style(foreground: .cyan, background: .blue, dim: true))
        #expect(Golden.file(for: grid) == """
             ab
            c d
            e
            --- style: one character per cell, legend below ---
            .AA
            B.A
            C
            --- legend ---
            . plain
            A bold reverse
            B underline yellow
            C dim cyan on blue

            """)
    }
}
