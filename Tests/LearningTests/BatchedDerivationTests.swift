import Content
import Testing
@testable import Learning

/// Every recommendation's facts are derived a batch of recommendations at a time, their words split
/// with one vocabulary; each recommendation's facts are exactly those it has derived on its own.
@Suite struct BatchedDerivationTests {
    @Test func factsDerivedInBatchesAreThoseDerivedOneAtATime() {
        let childJ = BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? ""
        // Child J six times over: some sixty recommendations, so that a batch holds several.
        let document = ReviewParser.parse(Array(repeating: childJ, count: 6).joined(separator: "\n\n"), source: "Child J × 6")
        #expect(document.recommendationCount >= 48)
        let batched = LearningIndex(document: document).recommendations
        let single = LearningIndex(document: document)
        let alone = (0..<single.recommendationCount).map { single.learning(at: $0, keep: false) }
        #expect(batched.count == alone.count)
        for (left, right) in zip(batched, alone) {
            #expect(left == right, "recommendation \(left.number)")
        }
        #expect(batched.contains { !$0.commitments.isEmpty })
    }

    /// A document being opened has its facts derived in the background (`LearningIndex.opening`, for the
    /// browser and `SearchIndex.withLearning`): the same facts as asked for at once.
    @Test func factsDerivedInTheBackgroundAreTheSame() {
        let document = ReviewParser.parse(BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? "", source: "Child J")
        let opened = LearningIndex.opening(document)
        #expect(opened == LearningIndex(document: document))
        #expect(opened.recommendations == LearningIndex(document: document).recommendations)
    }
}
