import Content
import Testing
import TestFixtures
@testable import Learning

/// A recommendation's agencies, themes and commitments are held packed over the document's pieces
/// and expanded when read: the same facts, every evidence included, as held plain.
@Suite struct PackedFactsTests {
    static func documents() throws -> [ReviewDocument] {
        let childJ = ReviewParser.parse(BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? "", source: "Child J")
        return try [childJ] + FixtureFile.all.map { try $0.parse() }
    }

    @Test func packedFactsAreThoseHeldPlain() throws {
        var packedCount = 0, evidenceCount = 0
        for document in try Self.documents() {
            let packed = LearningIndex(document: document, groupBytes: DocumentWords.groupBytes).recommendations
            let plain = LearningIndex(document: document, groupBytes: DocumentWords.groupBytes, packsFacts: false).recommendations
            #expect(packed.count == plain.count)
            for (packed, plain) in zip(packed, plain) {
                let name = "\(document.source) recommendation \(packed.number)"
                #expect(!plain.holdsPackedFacts)
                packedCount += packed.holdsPackedFacts ? 1 : 0
                // Every getter's values, evidence by evidence (its place and words).
                #expect(packed.agencies == plain.agencies, "\(name)")
                #expect(packed.themes == plain.themes, "\(name)")
                #expect(packed.commitments == plain.commitments, "\(name)")
                #expect(packed.themes.flatMap(\.evidence).map(\.text) == plain.themes.flatMap(\.evidence).map(\.text), "\(name)")
                #expect(packed.commitments.map(\.sentence.text) == plain.commitments.map(\.sentence.text), "\(name)")
                #expect(packed.status == plain.status && packed.unansweredParts == plain.unansweredParts, "\(name)")
                #expect(packed == plain && packed.hashValue == plain.hashValue, "\(name)")
                Self.expectSummariesAgree(packed, name)
                Self.expectSummariesAgree(plain, name)
                evidenceCount += packed.themes.flatMap(\.evidence).count + packed.commitments.count
            }
        }
        // Derived facts are held packed: the comparisons above were not of plain with plain.
        #expect(packedCount > 20 && evidenceCount > 100)
    }

    /// The names and counts read without expanding are those of the expanded facts.
    static func expectSummariesAgree(_ learning: RecommendationLearning, _ name: String) {
        #expect(learning.themeNames == learning.themes.map(\.theme), "\(name)")
        #expect(learning.allAgencies == learning.agencies.allAgencies, "\(name)")
        #expect(learning.addresseeDisplayNames == learning.agencies.addressedTo.map(\.displayName), "\(name)")
        #expect(learning.unlistedAddressees == learning.agencies.addressedTo.filter { !$0.isListed }.map(\.agency), "\(name)")
        #expect(learning.commitmentCount == learning.commitments.count, "\(name)")
        #expect(learning.hasCommitments == !learning.commitments.isEmpty, "\(name)")
        #expect(learning.hasDueCommitment == learning.commitments.contains { $0.due != nil }, "\(name)")
    }

    /// Child J's first recommendation with a theme and a commitment, and its pieces.
    static func derived() throws -> (learning: RecommendationLearning, pieces: [TextPiece], range: Range<Int>) {
        let document = try #require(try Self.documents().first)
        let index = LearningIndex(document: document, groupBytes: DocumentWords.groupBytes, packsFacts: false)
        let position = try #require(index.recommendations.firstIndex { !$0.themes.isEmpty && !$0.commitments.isEmpty })
        return (index.recommendations[position], document.text.pieces, document.text.pieceIndices(of: document.text.recommendations[position]))
    }

    @Test func evidenceMadeFromWordsKeepsTheFactsAsGiven() throws {
        let (derived, pieces, range) = try Self.derived()
        #expect(derived.packed(over: pieces, range: range).holdsPackedFacts)
        var learning = derived
        let first = try #require(learning.themes.first?.evidence.first)
        learning.themes[0].evidence.append(Evidence(text: "made from words", place: first.place))
        let kept = learning.packed(over: pieces, range: range)
        #expect(!kept.holdsPackedFacts)
        #expect(kept == learning && kept.themes == learning.themes)
        Self.expectSummariesAgree(kept, "made from words")
    }

    /// Evidence in another recommendation's pieces is not looked for there: its facts stay as given.
    @Test func evidenceOutsideTheRecommendationsPiecesKeepsTheFactsAsGiven() throws {
        let (derived, pieces, range) = try Self.derived()
        let elsewhere = try #require(pieces.indices.first { !range.contains($0) })
        var learning = derived
        learning.commitments[0].marker = pieces[elsewhere].evidence(0..<1)
        let kept = learning.packed(over: pieces, range: range)
        #expect(!kept.holdsPackedFacts)
        #expect(kept.commitments == learning.commitments)
        #expect(kept.packed(over: pieces, range: pieces.indices).holdsPackedFacts)
        #expect(kept.packed(over: pieces, range: pieces.indices).commitments == learning.commitments)
    }

    /// A change to packed facts holds the changed facts as values, the rest unchanged.
    @Test func changingPackedFactsKeepsTheRest() throws {
        let (derived, pieces, range) = try Self.derived()
        var learning = derived.packed(over: pieces, range: range)
        learning.themes = []
        #expect(!learning.holdsPackedFacts)
        #expect(learning.themes.isEmpty && learning.commitments == derived.commitments && learning.agencies == derived.agencies)
        #expect(learning != derived)
    }
}
