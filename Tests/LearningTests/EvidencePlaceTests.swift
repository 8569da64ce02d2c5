import Content
@testable import Learning
import Testing
import TestFixtures

/// Evidence after multi-byte characters quotes exactly its words.
@Suite struct EvidencePlaceTests {
    static let accented = ReviewParser.parse("""
        Recommendation 1

        東京 and the café’s “naïve” army: the Agency’s army.

        Action Taken:

        The army — Ñandú — will report by March 2025.
        """, source: "accents")

    @Test func evidenceAfterMultiByteCharactersQuotesItsWords() throws {
        let learning = LearningIndex(document: Self.accented)
        let commitment = try #require(learning.commitments.first)
        let due = try #require(commitment.due)
        let piece = try #require(Self.accented.pieceText(at: due.evidence.place))
        #expect(piece[utf8: due.evidence.place.range] == "by March 2025")
        #expect(due.evidence.text == "by March 2025")
    }
}
