import Content
import Learning
import TestFixtures
import Testing

/// A table's Lead and Target columns are preferred over what the prose suggests (issue 11).
@Suite struct StatedFieldsTests {
    @Test func aStatedLeadIsWhoItIsForAndATargetIsWhenItIsDue() throws {
        let document = try FixtureFile.named("brookfield-child-s-action-plan-slashes.txt").parse()
        let learning = LearningIndex(document: document)
        let second = try #require(learning.learning(for: 2))
        #expect(second.agencies.addressedTo.map(\.displayName) == ["Education"])
        #expect(second.agencies.addressedTo.first?.evidence.first?.text == "Education")
        // The evidence is the Lead cell, on the row's line.
        #expect(second.agencies.addressedTo.first?.evidence.first?.place.lines == SourceSpan(line: 9))
        let third = try #require(learning.learning(for: 3))
        let commitment = try #require(third.commitments.first)
        #expect(commitment.due?.period == "December 2024")
        #expect(commitment.due?.evidence.text == "December 2024")
    }
}
