import Content
@testable import Learning
import Testing
import TestFixtures

/// Evidence after multi-byte characters quotes exactly its words.
@Suite struct EvidencePlaceTests {
    @Test func evidenceAfterMultiByteCharactersQuotesItsWords() throws {
        let learning = LearningIndex(document: MultiByteSample.accented)
        let commitment = try #require(learning.commitments.first)
        let due = try #require(commitment.due)
        let piece = try #require(MultiByteSample.accented.pieceText(at: due.evidence.place))
        #expect(piece[utf8: due.evidence.place.range] == "by March 2025")
        #expect(due.evidence.text == "by March 2025")
    }
}
