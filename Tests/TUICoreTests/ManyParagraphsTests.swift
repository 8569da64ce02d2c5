@testable import Content
import Testing
@testable import TUICore

/// Issue 14: a recommendation of 80,000 paragraphs froze the browser for 100 s when selected: laying
/// out each paragraph searched the recommendation's pieces for its own. Asserted on where each
/// paragraph's words say they come from, with a time limit only as a guard.
@Suite(.timeLimit(.minutes(4))) struct ManyParagraphsTests {
    @Test func everyParagraphOfALongRecommendationIsTracedToItsOwnPiece() throws {
        let count = 20_000
        let paragraphs = (0..<count).map { "Paragraph \($0) says what was done." }
        let text = "Org\n\nTitle\n\nRecommendation 1: Many\n\n" + paragraphs.joined(separator: "\n\n")
            + "\n\nAction Taken:\n\nDone.\n"
        let document = ReviewParser.parse(text, source: "many.txt")
        let reader = ReaderContent(document: document, selection: .recommendation(1), width: 60)
        let firstWords = reader.lines.compactMap { $0.segments.first }.filter { $0.text == "Paragraph" }
        #expect(firstWords.count == count)
        #expect(firstWords.enumerated().allSatisfy { index, word in
            word.source.place.zone == .text && word.source.place.block == index && word.source.offset == 0
        })
        let last = try #require(firstWords.last)
        #expect(document.text(at: last.source.place) == paragraphs[count - 1])
        #expect(reader.lines.contains { $0.plainText.contains("Done.") })
    }
}
