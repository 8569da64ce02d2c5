import Content
import Testing
import TUITestSupport
@testable import TUICore

/// The selection names items as places do, so two recommendations that share a number are two places.
struct SelectionByPlaceTests {
    /// Two recommendations numbered 3, the second with parts (as a draft response may have).
    static let repeated = ReviewParser.parse("""
        Test review

        Recommendations

        Recommendation 3 – Supervision

        The partnership should audit supervision records.

        Recommendation 3 – Discharge plans

        a) The partnership should review discharge plans.

        b) The partnership should share plans with social workers.
        """, source: "repeated.txt")

    @Test func theOutlineShowsBothRecommendationsWithTheSameNumber() {
        let browser = Browser(document: Self.repeated, width: 80, height: 24)
        let recommendations = browser.state.visibleRows.filter { $0.kind == .recommendation }.map(\.selection)
        #expect(recommendations == [.recommendation(3), .recommendation(3, occurrence: 1)])
        let parts = browser.state.visibleRows.filter { $0.kind == .part }.map(\.selection)
        #expect(parts == [.part(3, "a", occurrence: 1), .part(3, "b", occurrence: 1)])
    }

    @Test func selectingTheSecondShowsItsText() {
        var browser = Browser(document: Self.repeated, width: 80, height: 24)
        // The outline: the introduction, the "Recommendations" section, then the two recommendations.
        browser.type("jjj")
        #expect(browser.state.selection == .recommendation(3, occurrence: 1))
        let screen = browser.render().lines.joined(separator: "\n")
        #expect(screen.contains("review discharge plans"))
        #expect(!screen.contains("audit supervision records"))
    }

    @Test func aSearchMatchInTheSecondSelectsTheSecond() {
        var browser = Browser(document: Self.repeated, width: 80, height: 24)
        browser.type("/discharge⏎")
        #expect(browser.state.selection.item == .recommendation(number: 3, occurrence: 1))
        #expect(browser.render().lines.joined(separator: "\n").contains("review discharge plans"))
    }

    @Test func aFilterLetsThroughOnlyTheRecommendationItMatches() {
        var browser = Browser(document: Self.repeated, width: 80, height: 24)
        browser.type("&discharge⏎")
        let shown = browser.state.visibleRows.filter { $0.kind == .recommendation }.map(\.selection)
        #expect(shown == [.recommendation(3, occurrence: 1)])
    }

    @Test func foldingTheSecondLeavesTheFirstAlone() {
        var browser = Browser(document: Self.repeated, width: 80, height: 24)
        browser.type("jjjh")
        #expect(browser.state.folded == [.recommendation(number: 3, occurrence: 1)])
        #expect(!browser.state.visibleRows.contains { $0.kind == .part })
    }

    @Test func aPlaceInAPartSelectsThePart() {
        let place = Place(item: .recommendation(number: 3, occurrence: 1), zone: .part("b"), block: 0, range: 0..<1, lines: nil)
        #expect(Selection(of: place) == .part(3, "b", occurrence: 1))
        #expect(Selection(of: place).withoutPart == .recommendation(3, occurrence: 1))
    }
}
