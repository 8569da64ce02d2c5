@testable import Content
import Testing
@testable import Learning

/// A part the response never mentions is flagged, and keeps its recommendation from reading "completed".
@Suite struct PartCoverageTests {
    static let index = LearningIndex(document: DocumentLoader.builtInDocument())

    @Test func childJsPreventionInterviewsAreTheOnlyUnansweredPart() throws {
        let flagged = Self.index.recommendations.flatMap(\.unansweredParts)
        #expect(flagged.map(\.id.description) == ["6b"])
        let part = try #require(flagged.first)
        #expect(part.evidence.text.hasPrefix("The PSCP should seek assurance on whether prevention"))
        #expect(part.evidence.line == 100)
    }

    @Test func aRecommendationWithAnUnmentionedPartIsNotCompleted() throws {
        let status = try #require(Self.index.learning(for: 6)?.status)
        #expect(status.value == .inProgress)
        #expect(status.reason.contains("does not mention part 6b"))
        #expect(status.summary.hasPrefix("in progress — ‘The PSCP should seek assurance on whether prevention"))
    }

    @Test func aResponseThatNamesThePartAnswersIt() throws {
        let text = """
        Recommendation 1

        a) The Council should audit the zebra crossings near schools.

        b) The Council should repaint the hopscotch courts in parks.

        Action Taken:

        Part b is complete: the parks team did it. The audit of zebra crossings was done in May.
        """
        let index = LearningIndex(document: ReviewParser.parse(text, source: "t.txt"))
        #expect(index.recommendations.first?.unansweredParts == [])
        let unmentioned = text.replacingOccurrences(of: "Part b is complete: the parks team did it. ", with: "")
        let flagged = LearningIndex(document: ReviewParser.parse(unmentioned, source: "t.txt")).recommendations.first?.unansweredParts
        #expect(flagged?.map(\.id.description) == ["1b"])
    }
}
