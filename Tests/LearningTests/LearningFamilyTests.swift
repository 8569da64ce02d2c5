@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Learning

/// The learning structure of the family fixtures (other partnerships' responses), against
/// `Fixtures/learning/family.expected.json`: the publisher stands in for "the Partnership".
@Suite struct LearningFamilyTests {
    struct Expected: Decodable {
        struct Recommendation: Decodable {
            var number: Int
            var status: String?
            var addressedTo: [String]
        }
        struct Commitment: Decodable {
            var recommendation: Int
            var sentenceStart: String
            var owner: String?
            var due: String?
        }
        struct Document: Decodable {
            var publisher: String
            var publisherShortName: String?
            var recommendations: [Recommendation]
            var commitments: [Commitment]
        }
        var documents: [String: Document]
    }

    static let expected: Expected = (try? LearningFixtures.json("family.expected")) ?? Expected(documents: [:])

    @Test(arguments: expected.documents.keys.sorted())
    func familyDocument(name: String) throws {
        let want = try #require(Self.expected.documents[name])
        let url = try #require(FixtureBundle.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        let index = LearningIndex(document: try DocumentLoader.load(path: url.path))

        let publisher = try #require(index.agencies.first { $0.aliases.contains("the Partnership") })
        #expect(publisher.name == want.publisher)
        #expect(publisher.shortName == want.publisherShortName)
        #expect(!index.agencies.contains { $0.name == "The publishing partnership" })
        if let short = want.publisherShortName {
            #expect(index.glossary.entry(for: short)?.expansion == want.publisher)
        }

        #expect(index.recommendations.map(\.number) == want.recommendations.map(\.number))
        for (learning, wanted) in zip(index.recommendations, want.recommendations) {
            #expect(learning.status?.value.rawValue == wanted.status, "\(name) \(wanted.number)")
            #expect(learning.agencies.addressedTo.map(\.agency) == wanted.addressedTo, "\(name) \(wanted.number)")
        }
        #expect(index.commitments.count == want.commitments.count, "\(name)")
        for (commitment, wanted) in zip(index.commitments, want.commitments) {
            #expect(commitment.recommendation == wanted.recommendation, "\(name)")
            #expect(commitment.sentence.text.hasPrefix(wanted.sentenceStart), "\(name)")
            #expect(commitment.owner?.agency == wanted.owner, "\(name): \(wanted.sentenceStart)")
            #expect(commitment.due?.period == wanted.due, "\(name): \(wanted.sentenceStart)")
        }
    }

    /// Decodes the file again, so that a broken one fails here with its cause, not as no arguments above.
    @Test func theFixtureListsEveryFamilyDocument() throws {
        #expect(try LearningFixtures.json("family.expected", as: Expected.self).documents.count == 6)
    }
}
