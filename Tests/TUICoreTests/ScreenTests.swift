@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Whole screens at the sizes people use, compared with golden files of text and style (Goldens/*.txt).
@Suite struct ScreenTests {
    private func check(_ browser: Browser, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Golden.check(browser.render(), name, sourceLocation: sourceLocation)
    }

    @Test func initialScreens() {
        check(Browser.childJ(width: 80, height: 24), "initial-80x24")
        check(Browser.childJ(width: 120, height: 40), "initial-120x40")
        check(Browser.childJ(width: 40, height: 12), "initial-40x12")
    }

    @Test func afterBracket() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("]]]]")
        check(browser, "bracket-80x24")
    }

    @Test func afterJumpToAPart() {
        var browser = Browser.childJ(width: 120, height: 40)
        browser.type(":7b⏎")
        check(browser, "jump-7b-120x40")
    }

    @Test func helpOverlay() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("?")
        check(browser, "help-80x24")
        var small = Browser.childJ(width: 40, height: 12)
        small.type("?")
        check(small, "help-40x12")
    }

    @Test func readerInSinglePane() {
        var browser = Browser.childJ(width: 40, height: 12)
        browser.type(":4⏎⇥")
        check(browser, "reader-4-40x12")
    }

    @Test func foldedOutline() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type(":3⏎h:5⏎h")
        check(browser, "folded-80x24")
    }

    @Test func handBuiltDocument() {
        var browser = Browser(document: SampleDocuments.small, width: 80, height: 24)
        browser.type(":1⏎")
        check(browser, "sample-1-80x24")
        browser.type(":2⏎")
        check(browser, "sample-2-80x24")
        browser.type("jjj")
        check(browser, "sample-section-80x24")
    }
}
