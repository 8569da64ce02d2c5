@testable import Content
import Testing
@testable import Learning

/// The learning structure of the Child J response, against `Fixtures/learning/child-j.expected.json`.
@Suite struct LearningTests {
    static let document = DocumentLoader.builtInDocument()
    static let index = LearningIndex(document: document)

    struct Expected: Decodable {
        struct GlossaryEntry: Decodable {
            var expansion: String
            var source: String
            var firstLine: Int
        }
        struct Commitment: Decodable {
            var sentenceStart: String
            var kind: String
            var owner: String?
            var due: String?
        }
        struct Recommendation: Decodable {
            var number: Int
            var status: String
            var statusSentence: String
            var addressedTo: [String]
            var namedInRecommendation: [String]
            var namedInResponse: [String]
            var themes: [String]
            var commitments: [Commitment]
        }
        struct Facet: Decodable {
            var key: String
            var value: String
            var recommendations: [Int]?
        }
        var glossary: [String: GlossaryEntry]
        var notInGlossary: [String]
        var recommendations: [Recommendation]
        var facets: [Facet]
    }

    static func expected() throws -> Expected { try LearningFixtures.json("child-j.expected") }

    @Test func builtInDataFilesHaveNoMalformedLines() {
        #expect(LearningData.builtIn.issues == [])
        #expect(LearningData.builtIn.glossary.count > 40)
        #expect(LearningData.builtIn.agencies.count > 15)
        #expect(LearningData.builtIn.themes.count == 10)
    }

    @Test func glossaryHasTheExpectedExpansionsAndTheDocumentsOwnDefinitionsWin() throws {
        let expected = try Self.expected()
        for (acronym, want) in expected.glossary {
            let entry = try #require(Self.index.glossary.entry(for: acronym), "\(acronym) missing")
            #expect(entry.expansion == want.expansion, "\(acronym)")
            #expect(entry.isDefinedInDocument == (want.source == "document"), "\(acronym) source")
            #expect(entry.occurrences.first?.line == want.firstLine, "\(acronym) first occurrence")
        }
        for acronym in expected.notInGlossary {
            #expect(Self.index.glossary.entry(for: acronym) == nil, "\(acronym) should not be listed")
        }
        // The document says "Guardians"; the field glossary's singular is kept as another sense.
        #expect(Self.index.glossary.entry(for: "ICTG")?.otherExpansions == ["Independent Child Trafficking Guardian"])
    }

    @Test func everyGlossaryOccurrenceQuotesItsAcronym() throws {
        for entry in Self.index.glossary.entries {
            #expect(!entry.occurrences.isEmpty, "\(entry.acronym)")
            for occurrence in entry.occurrences {
                let piece = try #require(LearningFixtures.pieceText(occurrence, in: Self.document))
                #expect(String(Array(piece)[occurrence.range]) == occurrence.text)
                #expect(occurrence.text.hasPrefix(entry.acronym.dropLast(entry.acronym.hasSuffix("s") ? 1 : 0)))
            }
        }
    }

    @Test func acronymTokensMarkKnownAndUnknownAcronyms() {
        let text = "The PSCP's ACE offer, with CCE and XQZW, in Q3 of 2021/22 (OPCC)."
        let tokens = Self.index.glossary.acronymTokens(in: text)
        let characters = Array(text)
        #expect(tokens.map { String(characters[$0.range]) } == ["PSCP", "ACE", "CCE", "XQZW", "OPCC"])
        #expect(tokens.map(\.entryAcronym) == ["PSCP", "ACE", "CCE", nil, "OPCC"])
        #expect(Self.index.glossary.expansion(of: "ACE") == "Adverse Childhood Experience")
        #expect(Self.index.glossary.expansion(of: "CCE") == "Child Criminal Exploitation")
    }

    @Test func agenciesThemesStatusesAndCommitmentsPerRecommendation() throws {
        let expected = try Self.expected()
        #expect(Self.index.recommendations.map(\.number) == expected.recommendations.map(\.number))
        for want in expected.recommendations {
            let learning = try #require(Self.index.learning(for: want.number))
            let label = "Recommendation \(want.number)"
            #expect(learning.status?.value.rawValue == want.status, "\(label) status")
            #expect(learning.status?.sentence.text.hasPrefix(want.statusSentence) == true, "\(label) status sentence")
            #expect(learning.agencies.addressedTo.map(\.agency) == want.addressedTo, "\(label) addressed to")
            #expect(learning.agencies.namedInRecommendation.map(\.agency) == want.namedInRecommendation, "\(label) named")
            #expect(learning.agencies.namedInResponse.map(\.agency) == want.namedInResponse, "\(label) named in response")
            #expect(learning.themes.map(\.theme) == want.themes, "\(label) themes")
            #expect(learning.commitments.count == want.commitments.count, "\(label) commitments")
            for (commitment, wanted) in zip(learning.commitments, want.commitments) {
                #expect(commitment.sentence.text.hasPrefix(wanted.sentenceStart), "\(label) commitment")
                #expect(commitment.kind.rawValue == wanted.kind, "\(label) kind")
                #expect(commitment.owner?.agency == wanted.owner, "\(label) owner")
                #expect(commitment.due?.period == wanted.due, "\(label) due")
            }
        }
    }

    @Test func recommendationOnesCommitmentIsDueFromQ3() throws {
        let commitment = try #require(Self.index.learning(for: 1)?.commitments.first)
        #expect(commitment.due?.period == "Q3 of 2021/22")
        #expect(commitment.due?.relation == "from")
        #expect(commitment.due?.evidence.text == "from Q3 of 2021/22")
        #expect(commitment.sentence.line == 27)
        #expect(commitment.sentence.place == "Recommendation 1, line 27")
        #expect(Self.index.glossary.entry(for: "LCSPR")?.occurrences.first?.place == "introduction, line 9")
    }

    @Test func everyDerivedFactQuotesTheWordsItCameFrom() throws {
        var evidence: [(number: Int, evidence: Evidence)] = []
        for learning in Self.index.recommendations {
            var items = learning.agencies.addressedTo.flatMap(\.evidence)
            items += learning.agencies.namedInRecommendation.flatMap(\.evidence)
            items += learning.agencies.namedInResponse.flatMap(\.evidence)
            items += learning.themes.flatMap(\.evidence)
            for commitment in learning.commitments {
                items += [commitment.sentence, commitment.marker] + (commitment.owner?.evidence ?? [])
                items += commitment.due.map { [$0.evidence] } ?? []
            }
            if let status = learning.status { items += [status.sentence] + (status.marker.map { [$0] } ?? []) }
            evidence += items.map { (learning.number, $0) }
        }
        #expect(evidence.count > 100)
        for (number, item) in evidence {
            let piece = try #require(LearningFixtures.pieceText(item, in: Self.document))
            #expect(String(Array(piece)[item.range]) == item.text)
            #expect(item.item?.number == number, "\(item.text) belongs to Recommendation \(number)")
            let line = try #require(item.line)
            let recommendation = try #require(Self.document.recommendation(ItemID(number: number)))
            #expect(recommendation.lines.contains(line: line), "\(item.text) at line \(line)")
        }
    }

    @Test func facetsAnswerThemeAgencyStatusAndHas() throws {
        for facet in try Self.expected().facets {
            let indices = Self.index.recommendationsMatching(facet: facet.key, value: facet.value)
            let numbers = indices.map { $0.sorted().map { Self.document.recommendations[$0].number } }
            #expect(numbers == facet.recommendations, "\(facet.key):\(facet.value)")
        }
    }

    @Test func facetValuesOfferOnlyWhatTheDocumentHas() {
        #expect(Self.index.facetValues(for: "status") == ["completed", "in progress", "planned"])
        #expect(Self.index.facetValues(for: "theme")?.contains("missing children and return home interviews") == true)
        #expect(Self.index.facetValues(for: "agency")?.contains("Police") == true)
        #expect(Self.index.facetValues(for: "agency")?.contains("The publishing partnership") == false)
        #expect(Self.index.facetValues(for: "section") == nil)
    }

    @Test func impossibleStatusAndHasValuesAreReportedForTheQueryParser() {
        #expect(LearningIndex.facetValueProblem(key: "status", value: "lost") == "status: expects completed, in-progress or planned")
        #expect(LearningIndex.facetValueProblem(key: "has", value: "cake") == "has: expects commitment, due, response")
        #expect(LearningIndex.facetValueProblem(key: "status", value: "in-prog") == nil)
        #expect(LearningIndex.facetValueProblem(key: "has", value: "commit") == nil)
        #expect(LearningIndex.facetValueProblem(key: "theme", value: "anything") == nil)
    }

    @Test func unknownFacetValuesMatchNothing() {
        #expect(Self.index.recommendationsMatching(facet: "theme", value: "astronomy") == [])
        #expect(Self.index.recommendationsMatching(facet: "agency", value: "nasa") == [])
        #expect(Self.index.recommendationsMatching(facet: "status", value: "lost") == [])
        #expect(Self.index.recommendationsMatching(facet: "has", value: "") == [])
    }
}
