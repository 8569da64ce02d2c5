@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Issue 10: what casebook derived is said to be derived, `C` keeps to the filter and wraps its rows,
/// and the help explains every sign of the outline.
@Suite struct DerivedLearningBrowserTests {
    func screen(_ browser: Browser) -> [String] { browser.render().lines }

    @Test func commitmentsKeepToTheFilterInForce() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("fagency:police⏎C")
        let rows = browser.state.mode.learningList?.rows ?? []
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.key == "4" })
        #expect(screen(browser).contains { $0.contains("Still to do: 3 commitments in & agency:police") })
        browser.type("⎋FC")
        #expect((browser.state.mode.learningList?.rows.count ?? 0) > rows.count)
    }

    @Test func commitmentRowsWrapInsteadOfBeingCut() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("C")
        let lines = screen(browser)
        // Recommendation 1's commitment, whole, over three lines, then where it is.
        let expected = [
            "1   A tracking process to review placement stability and the success of",
            "    placements is currently being developed and will be in place from Q3",
            "    of 2021/22.",
            "    under way · due Q3 of 2021/22 · Recommendation 1, line 27",
        ]
        let start = lines.firstIndex { $0.contains(expected[0]) }
        #expect(start != nil, "\(lines.joined(separator: "\n"))")
        if let start {
            let column = lines[start].range(of: expected[0])!.lowerBound
            for (offset, text) in expected.enumerated() {
                let line = lines[start + offset]
                #expect(line[column...].hasPrefix(text), "line \(offset): \(line)")
            }
        }
        #expect(!lines.contains { $0.contains("…") && $0.contains("tracking") })
    }

    @Test func readerSaysTheStatusIsDerivedAndFlagsAnUnansweredPart() {
        var browser = Browser.childJ(width: 120, height: 60)
        browser.type(":6⏎")
        let text = screen(browser).joined(separator: "\n")
        #expect(text.contains("Status (derived): ◐ in progress — ‘The PSCP should seek assurance on"))
        #expect(text.contains("Unanswered: 6b, line 100: the response does not mention this part"))
        browser.type(":2⏎")
        #expect(screen(browser).joined(separator: "\n").contains("Status (derived): ✓ completed —"))
    }

    @Test func theHelpExplainsEverySignOfTheOutline() {
        let help = HelpOverlay.lines(width: 70).map(\.plainText)
        let start = help.firstIndex { $0.contains("Signs in the outline") }
        #expect(start != nil)
        for (sign, meaning) in [("✓", "Completed (derived)"), ("◐", "In progress (derived)"), ("○", "Planned (derived)"),
                                ("▾", "Parts shown"), ("▸", "Parts folded"), ("✎", "has a note"), ("⚑", "marked")] {
            #expect(help.contains { $0.contains(sign) && $0.contains(meaning) }, "\(sign)")
        }
    }
}
