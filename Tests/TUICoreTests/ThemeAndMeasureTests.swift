@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Colour themes change only colours (NO_COLOR still drops them all), and on wide terminals the
/// reader keeps a readable measure while the outline widens.
@Suite struct ThemeAndMeasureTests {
    static func browser(_ options: BrowserOptions, width: Int, height: Int) -> Browser {
        Browser(document: DocumentLoader.builtInDocument(), options: options, width: width, height: height)
    }

    @Test func theDarkAndLightThemesPaintEveryCell() {
        var dark = Self.browser(BrowserOptions(colorTheme: .dark), width: 80, height: 24)
        dark.type(":4⏎/trauma⏎")
        Golden.check(dark.render(), "theme-dark-4-80x24")
        var light = Self.browser(BrowserOptions(colorTheme: .light), width: 80, height: 24)
        light.type(":4⏎/trauma⏎")
        Golden.check(light.render(), "theme-light-4-80x24")
        #expect(light.render().cells.allSatisfy { $0.style.background != nil })
    }

    @Test func aThemeChangesColoursOnlyNeverTheText() {
        let standard = Self.browser(BrowserOptions(), width: 80, height: 24).render()
        for theme in ColorTheme.allCases {
            #expect(Self.browser(BrowserOptions(colorTheme: theme), width: 80, height: 24).render().lines == standard.lines)
        }
    }

    @Test func highContrastDimsNothing() {
        var browser = Self.browser(BrowserOptions(colorTheme: .highContrast), width: 80, height: 24)
        browser.type(":3⏎")
        #expect(!browser.render().cells.contains { $0.style.dim })
    }

    @Test func noColourWinsOverEveryTheme() {
        for theme in ColorTheme.allCases {
            let grid = Self.browser(BrowserOptions(colorEnabled: false, colorTheme: theme), width: 80, height: 24).render()
            #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil }, "\(theme)")
        }
    }

    @Test func atTwoHundredColumnsTheReaderKeepsItsMeasureAndTheOutlineWidens() {
        var browser = Self.browser(BrowserOptions(), width: 200, height: 50)
        browser.type(":4⏎")
        Golden.check(browser.render(), "wide-4-200x50")
        let layout = Layout(width: 200, height: 50, focus: .outline)
        #expect(layout.outline.width == 66)
        #expect(layout.readerText.width == 100)
        // The margin is shared on both sides of the text.
        #expect(layout.readerText.x - layout.reader.x == 1 + (layout.reader.width - 2 - 100) / 2)
        #expect(browser.readerLines.allSatisfy { DisplayWidth.of($0.plainText) <= 100 })
    }

    @Test func theMeasureIsTheUsersToChoose() {
        var browser = Self.browser(BrowserOptions(measure: 60), width: 200, height: 50)
        browser.type(":4⏎")
        let widest = browser.readerLines.map { DisplayWidth.of($0.plainText) }.max() ?? 0
        #expect(widest <= 60 && widest > 50)
        Golden.check(browser.render(), "wide-measure-60-4-200x50")
    }
}
