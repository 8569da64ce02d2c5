@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Search and filter in the browser as users of less and fzf expect them.
@Suite struct SearchAsPeopleExpectTests {
    @Test func theWordBeingTypedLightsUpAsAPrefixAndEnterKeepsTheQueryAsTyped() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/reachabl")
        #expect(browser.state.search?.result.matchCount == 4)
        #expect(browser.state.selection == .part(3, "a"))
        browser.type("e⏎")
        #expect(browser.state.search?.text == "reachable")
        #expect(browser.state.search?.result.matchCount == 4)
        #expect(browser.screen.contains("/reachable: match 1 of 4"))
    }

    @Test func aFailedSearchKeepsTheSearchBeforeIt() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/army⏎")
        // "reachab" lights up while typed, but as a whole word it finds nothing.
        browser.type("/reachab")
        #expect(browser.state.search?.result.matchCount == 4)
        browser.type("⏎")
        // It says why, and how to keep the prefix.
        #expect(browser.state.message == "Pattern not found: reachab as a word (reachab* finds the 4 lit as you typed)")
        #expect(browser.state.search?.text == "army")
        #expect(browser.state.selection == .part(3, "b"))
        browser.type("n")
        #expect(browser.state.search?.text == "army")
    }

    @Test func aSearchThatLitNothingWhileTypedSaysOnlyNotFound() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/zzqx⏎")
        #expect(browser.state.message == "Pattern not found: zzqx")
        browser.type("/reachab*⏎")
        #expect(browser.state.search?.result.matchCount == 4)
    }

    @Test func escAtAnEmptyPromptOrUClearsAKeptSearch() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("/reachable⏎")
        browser.type("/⎋")
        #expect(browser.state.search == nil)
        #expect(browser.state.message == "Search cleared")
        #expect(!browser.screen.contains("… 4│"))
        #expect(browser.state.selection == .part(3, "a"))
        browser.type("/reachable⏎")
        #expect(browser.screen.contains("… 4│"))
        browser.type("u")
        #expect(browser.state.search == nil)
        #expect(!browser.screen.contains("… 4│"))
        browser.type("u")
        #expect(browser.state.message == "No search to clear")
        // Esc after typing still puts back the search in force; Enter or Backspace at an empty
        // prompt change nothing.
        browser.type("/army⏎/exclu⎋")
        #expect(browser.state.search?.text == "army")
        browser.type("/⏎/⌫")
        #expect(browser.state.search?.text == "army")
        #expect(browser.state.mode.input == .browse)
    }

    @Test func aBadQueryShowsItsWholeReasonAtThePromptAtEveryWidth() {
        for width in [40, 80] {
            var browser = Browser.childJ(width: width, height: 12)
            browser.type("&foo:bar")
            let reason = "unknown filter \"foo:\" (known: section:, id:, in:, stated:, theme:, agency:, status:, has:, doc:, org:, year:)"
            #expect(browser.state.prompt?.error == reason)
            let lines = browser.render().lines
            let shown = lines.suffix(5).dropLast().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(shown.contains(reason), "\(width): \(lines.suffix(5))")
            browser.type("⏎")
            #expect(browser.state.mode.input == .prompt)
        }
    }

    @Test func aFilterThatHidesTheSelectionMovesItToTheFirstItemKept() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type(":3⏎&exclusion")
        #expect(browser.state.selection == .recommendation(7))
        // Another key does not bring back the hidden selection the prompt opened on.
        browser.type(" ")
        #expect(browser.state.selection == .recommendation(7))
        browser.type("⏎")
        #expect(browser.state.selection == .recommendation(7))
        // A filter keeping no recommendation leaves the introduction selected, not a hidden one.
        browser.type("F:3⏎&xyzzy⏎")
        #expect(browser.state.selection == .introduction)
    }

    @Test func goingToAHiddenItemSaysSoAndDoesNotSelectIt() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("&exclusion⏎:2⏎")
        #expect(browser.state.message == "2 is hidden by the filter — F clears it")
        #expect(browser.state.selection == .recommendation(7))
        #expect(browser.state.selectedRowIndex != nil)
        browser.type("F:2⏎")
        #expect(browser.state.selection == .recommendation(2))
    }

    @Test func valuesOfOneFacetAreAlternativesInTheBrowser() {
        var browser = Browser.childJ(width: 100, height: 30)
        browser.type("&status:planned⏎")
        let planned = browser.state.filter?.result.recommendations.count ?? 0
        browser.type("F&status:completed⏎")
        let completed = browser.state.filter?.result.recommendations.count ?? 0
        browser.type("F&status:planned status:completed⏎")
        #expect(browser.state.filter?.result.recommendations.count == planned + completed)
    }
}
