@testable import Content
import Testing
@testable import Search
@testable import Reports

/// `casebook search` in a long paragraph: each match's context is cut to the line in one pass, so the
/// cost is the paragraph plus its matches. Trimming the context a character at a time, measuring the
/// rest each time, took minutes at this size.
@Suite struct SearchReportScalingTests {
    @Test(.timeLimit(.minutes(4))) func matchesInALongParagraphAreCutInOnePass() throws {
        let sentence = "The partnership will review the plan with every agency before the winter. "
        let paragraph = String(repeating: sentence, count: 1_200) + "A reachable moment was missed."
        let document = ReviewParser.parse("Recommendation 1\n\nThe partnership should act.\n\nAction Taken:\n\n" + paragraph + "\n",
                                          source: "long.txt")
        let result = SearchIndex(document: document).run(try SearchQuery(parsing: "winter reachable"))
        let lines = SearchReport.lines(for: result, in: document, width: 80, marks: .brackets)
        #expect(lines.count == 1_201)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.last?.contains("[[reachable]] moment was missed.") == true)
        #expect(lines.first?.contains("[[winter]]") == true)
    }
}
