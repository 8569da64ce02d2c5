@testable import Content
import Testing

/// The standard heading "Recommendation 3" is not kept as text (issue 14, memory): it reads back
/// exactly as written, a heading written any other way is kept, and a recommendation holds the same
/// value however it was made.
@Suite struct StandardHeadingTests {
    @Test func onlyTheNumbersOwnWordsAreStandard() {
        #expect(StandardHeading.isStandard("Recommendation 3", number: 3))
        #expect(StandardHeading.isStandard("Recommendation 0", number: 0))
        #expect(StandardHeading.isStandard("Recommendation 123456", number: 123_456))
        #expect(!StandardHeading.isStandard("Recommendation 3", number: 4))
        #expect(!StandardHeading.isStandard("Recommendation 03", number: 3))
        #expect(!StandardHeading.isStandard("Recommendation +3", number: 3))
        #expect(!StandardHeading.isStandard("Recommendation 3:", number: 3))
        #expect(!StandardHeading.isStandard("recommendation 3", number: 3))
        #expect(!StandardHeading.isStandard("Recommendation ", number: 0))
        #expect(!StandardHeading.isStandard("Recommendation 99999999999999999999", number: 0))
        #expect(StandardHeading.stored("Rec 3", number: 3) == "Rec 3")
        #expect(StandardHeading.stored("Recommendation 3", number: 3) == nil)
    }

    @Test func aRecommendationReadsBackItsHeadingWhateverItsNumberBecomes() {
        var recommendation = Recommendation(number: 3, heading: "Recommendation 3", lines: SourceSpan(line: 1))
        #expect(recommendation.heading == "Recommendation 3")
        recommendation.number = 4
        #expect(recommendation.heading == "Recommendation 3")
        recommendation.heading = "Recommendation 4"
        #expect(recommendation == Recommendation(number: 4, heading: "Recommendation 4", lines: SourceSpan(line: 1)))
        let written = Recommendation(number: 5, heading: "Recommendation 5:", lines: SourceSpan(line: 1))
        #expect(written.heading == "Recommendation 5:")
    }

    @Test func equalRecommendationsAreEqualHoweverMade() {
        let bare = Recommendation(number: 2, heading: "Recommendation 2", lines: SourceSpan(line: 4))
        var changed = bare
        changed.text = [.paragraph("Words.", lines: SourceSpan(line: 5))]
        changed.title = "A title"
        changed.series = "E"
        #expect(changed != bare)
        #expect(changed.text.map(\.plainText) == ["Words."])
        #expect(changed.title == "A title" && changed.series == "E")
        changed.text = []
        changed.title = nil
        changed.series = ""
        #expect(changed == bare)
        #expect(changed.hashValue == bare.hashValue)
    }

    @Test func aDocumentOfStandardHeadingsReadsAsWritten() {
        let text = "Review\n\nRecommendation 1\nRecommendation 2: Title\nRecommendation 07\n"
        let document = ReviewParser.parse(text, source: "t", explaining: true)
        #expect(document.recommendations.map(\.heading) == ["Recommendation 1", "Recommendation 2:", "Recommendation 07"])
        #expect(document.lineRules.map(\.rule).suffix(3) == ["heading 'Recommendation 1'", "heading 'Recommendation 2:'", "heading 'Recommendation 07'"])
        #expect(document.lineRules.map(\.excerpt).suffix(3) == ["Recommendation 1", "Recommendation 2: Title", "Recommendation 07"])
    }

    /// Every unit takes room for its largest kind; a document of headings has one a line.
    @Test func unitsAndRecommendationsStaySmall() {
        #expect(MemoryLayout<SourceUnit>.stride <= 80)
        #expect(MemoryLayout<Recommendation>.stride <= 24)
    }
}
