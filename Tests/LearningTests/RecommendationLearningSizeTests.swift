@testable import Learning
import Content
import Testing

/// A bare heading's facts are its number and nothing else (issue 14): 16 bytes, whatever is set and
/// cleared again, and facts read back as they were set.
@Suite struct RecommendationLearningSizeTests {
    @Test func factsOfNothingAreSmallAndEqual() {
        #expect(MemoryLayout<RecommendationLearning>.stride <= 16)
        var learning = RecommendationLearning(number: 3)
        learning.unansweredParts = [UnansweredPart(id: ItemID(number: 3, part: "a"), evidence: Evidence(text: "a", place: Place(item: .recommendation(3), zone: .part("a"), block: 0, range: 0..<1, lines: nil)))]
        #expect(learning != RecommendationLearning(number: 3))
        #expect(learning.unansweredParts.map(\.id) == [ItemID(number: 3, part: "a")])
        learning.unansweredParts = []
        #expect(learning == RecommendationLearning(number: 3))
        #expect(learning.hashValue == RecommendationLearning(number: 3).hashValue)
        #expect(learning.agencies == RecommendationAgencies() && learning.themes.isEmpty && learning.status == nil)
    }
}
