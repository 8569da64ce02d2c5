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

    /// Evidence keeps its piece's text, not a copy of its words; an acronym's occurrences keep only
    /// their places. Each reads as the words at its place, exactly.
    @Test(arguments: [MultiByteSample.accented, DocumentLoader.builtInDocument()])
    func everyEvidenceReadsTheWordsAtItsPlace(document: ReviewDocument) throws {
        let learning = LearningIndex(document: document)
        var evidence = learning.glossary.entries.flatMap(\.occurrences) + learning.glossary.unexplained.values.flatMap { $0 }
        for facts in learning.recommendations {
            evidence += facts.themes.flatMap(\.evidence) + facts.commitments.flatMap { [$0.sentence, $0.marker] }
            evidence += [facts.agencies.addressedTo, facts.agencies.namedInRecommendation, facts.agencies.namedInResponse].flatMap { $0.flatMap(\.evidence) }
            evidence += facts.status.map { [$0.sentence] } ?? []
        }
        #expect(!evidence.isEmpty)
        for item in evidence {
            let piece = try #require(document.pieceText(at: item.place))
            #expect(item.text == piece[utf8: item.place.range])
            #expect(item == Evidence(text: item.text, place: item.place))
        }
        #expect(EvidenceList().isEmpty)
    }

    /// Every recommendation's facts hold their evidence, and a large document's walk a place per
    /// piece: they stay packed (a place was 104 bytes, evidence 120 and a copy of its words).
    @Test func placesAndEvidenceStayCompact() {
        #expect(MemoryLayout<Place>.stride <= 48)
        #expect(MemoryLayout<Evidence>.stride <= 64)
        #expect(MemoryLayout<TextPiece>.stride <= 64)
    }
}
