@testable import Content
import Testing

/// The parser's work grows with the text, never with its square. Not timed: each input is large enough
/// that a quadratic path takes many minutes even in a release build, while a linear one takes seconds
/// in a debug build; the time limit only stops a regression from hanging the suite.
@Suite(.timeLimit(.minutes(4))) struct ParserScalingTests {
    /// Issue 14: each paragraph appended to a recommendation copied every paragraph before it.
    @Test func eightyThousandParagraphsInOneRecommendation() {
        var text = "Org\n\nTitle\n\nRecommendation 1\n\nThe board should act.\n\n"
        for number in 1...80_000 { text += "Paragraph \(number) of the text.\n\n" }
        text += "Action Taken:\n\nDone.\n"
        let document = ReviewParser.parse(text, source: "many")
        #expect(document.recommendations.first?.text.count == 80_001)
    }

    @Test func eightyThousandParagraphsInOneResponseAndOnePart() {
        var text = "Org\n\nTitle\n\nRecommendation 1\n\na) The board should act.\n\n"
        for number in 1...40_000 { text += "Part paragraph \(number) of the text.\n\n" }
        text += "Action Taken:\n\n"
        for number in 1...40_000 { text += "Response paragraph \(number) of the text.\n\n" }
        let recommendation = ReviewParser.parse(text, source: "many").recommendations.first
        #expect(recommendation?.parts.first?.blocks.count == 40_001)
        #expect(recommendation?.response?.blocks.count == 40_000)
    }

    @Test func eightyThousandParagraphsInASectionPreamble() {
        var text = "Org\n\nTitle\n\nRecommendations related to learning\n\n"
        for number in 1...80_000 { text += "Preamble paragraph \(number) of the text.\n\n" }
        text += "Recommendation 1\n\nAct.\n\nResponse:\n\nDone.\n"
        #expect(ReviewParser.parse(text, source: "many").sections.first?.blocks.count == 80_000)
    }

    /// Each line near a page break looked for the break through every blank line between.
    @Test func aPageBreakBeforeTwentyThousandBlankLines() {
        let text = "Org\n\nTitle\n\u{0C}" + String(repeating: "\n", count: 20_000) + "Recommendation 1\nAct.\nResponse:\nDone.\n"
        #expect(ReviewParser.parse(text, source: "blank").recommendationCount == 1)
    }

    /// A column of bare numbers after a page break: each removed number made the next one "near the
    /// break" too, and each looked for it through all the numbers removed before it.
    @Test func aColumnOfNumbersAfterAPageBreak() {
        let numbers = (1...20_000).map { "\($0 % 1000)" }.joined(separator: "\n")
        let text = "Org\n\nTitle\n\nRecommendation 1\nAct.\n\u{0C}\n" + numbers + "\nResponse:\nDone.\n"
        let document = ReviewParser.parse(text, source: "column")
        // Only the number beside the break is a page number; the rest are the author's text.
        #expect(document.furniture.filter { $0.kind == .pageNumber }.count <= 2)
    }

    @Test func oneFourHundredKilobyteWord() {
        let word = String(repeating: "x", count: 400_000)
        let document = ReviewParser.parse("Org\n\nTitle\n\nRecommendation 1\n\(word)\nResponse:\n\(word) \(word)\n", source: "word")
        #expect(document.recommendations.first?.text.first?.text == word)
    }
}
