@testable import Content
import Testing
@testable import Learning

/// The glossary and which parts' words are their own are found a group of pieces at a time (about
/// 1 MB each, so that a large document's words are never all held); read in many small groups, a
/// document gives exactly what it gives read as one.
@Suite struct GroupedWordsTests {
    /// An acronym used in one group and defined in a later one; the publisher's initials, spelled by the
    /// title line; a part whose only word of its own is used again in another recommendation.
    static let text = """
    Anytown Safeguarding Children Partnership

    Response to the Review of Child Q

    The ASCP asked about CSE screening and PACE in schools.

    Recommendation 1

    a) The Council should audit the zebra crossings near schools.

    b) The Council should support hopscotch.

    Action Taken:

    The audit of zebra crossings was done in May by the ASCP.

    Recommendation 2

    Partners should tackle Child Sexual Exploitation (CSE) with a trauma-informed approach.

    Action Taken:

    The hopscotch league now has the support of the PSCP's Chair; PACE training is planned for 2026.

    """

    /// Each group's range of pieces, and whether any cuts a recommendation's pieces.
    static func cutsARecommendation(_ document: ReviewDocument, bytes: Int) -> Bool {
        let groups = DocumentWords.groups(of: document.text, bytes: bytes)
        return document.text.recommendations.contains { item in
            let pieces = document.text.pieceIndices(of: item)
            return !pieces.isEmpty && !groups.contains { $0.contains(pieces.lowerBound) && $0.contains(pieces.upperBound - 1) }
        }
    }

    static func expectSameInGroups(_ document: ReviewDocument) {
        let groups = DocumentWords.groups(of: document.text, bytes: 1)
        #expect(groups.count > 2)
        #expect(groups.map(\.count).reduce(0, +) == document.text.pieces.count)
        #expect(!cutsARecommendation(document, bytes: 1))
        let whole = LearningIndex(document: document, groupBytes: .max)
        let grouped = LearningIndex(document: document, groupBytes: 1)
        #expect(DocumentWords.groups(of: document.text, bytes: .max).count == 1)
        #expect(grouped.glossary == whole.glossary)
        #expect(grouped.agencies == whole.agencies)
        #expect(grouped.recommendations == whole.recommendations)
    }

    @Test func aBuiltDocumentReadInSmallGroupsGivesWhatItGivesWhole() throws {
        let document = ReviewParser.parse(Self.text, source: "q.txt")
        Self.expectSameInGroups(document)
        let index = LearningIndex(document: document, groupBytes: 1)
        // Defined after its first use, in another group: both uses are the document's.
        let cse = try #require(index.glossary.entry(for: "CSE"))
        #expect(cse.expansion == "Child Sexual Exploitation")
        #expect(cse.isDefinedInDocument)
        #expect(cse.occurrences.count == 2)
        #expect(index.glossary.entry(for: "ASCP")?.expansion == "Anytown Safeguarding Children Partnership")
        #expect(index.agencies.first?.shortName == "ASCP")
        // "hopscotch" is recommendation 2's too, so part 1b has no word of its own and is not judged.
        #expect(index.recommendations[0].unansweredParts.isEmpty)
        let alone = Self.text.replacingOccurrences(of: "The hopscotch league now has", with: "The league now has")
        let flagged = LearningIndex(document: ReviewParser.parse(alone, source: "q.txt"), groupBytes: 1).recommendations[0].unansweredParts
        #expect(flagged.map(\.id.description) == ["1b"])
    }

    @Test func childJReadInSmallGroupsGivesWhatItGivesWhole() {
        Self.expectSameInGroups(DocumentLoader.builtInDocument())
    }

    @Test func aGroupEndsAfterItsBytesAtAPieceOutsideARecommendation() {
        let document = ReviewParser.parse(Self.text, source: "q.txt")
        let groups = DocumentWords.groups(of: document.text, bytes: 1)
        // Every piece outside a recommendation starts a group; a recommendation is one group.
        #expect(groups.count == document.text.pieces.count - document.text.recommendations.map {
            document.text.pieceIndices(of: $0).count - 1
        }.reduce(0, +))
        #expect(zip(groups, groups.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
}
