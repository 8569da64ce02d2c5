@testable import Content
import Testing
@testable import Learning

/// Sentence splitting, acronym definitions, due periods and status rules on small texts from
/// `Fixtures/learning/*.json`.
@Suite struct LearningTextTests {
    struct Cases<Case: Decodable>: Decodable { var cases: [Case] }

    struct SentenceCase: Decodable {
        var text: String
        var sentences: [String]
    }

    @Test func sentenceSplittingKeepsAbbreviationsDecimalsAndInitialsTogether() throws {
        for item in try LearningFixtures.json("sentences", as: Cases<SentenceCase>.self).cases {
            #expect(SentenceSplitter.split(item.text) == item.sentences, "\(item.text)")
        }
    }

    struct DefinitionCase: Decodable {
        struct Definition: Decodable {
            var acronym: String
            var expansion: String
            var evidence: String
        }
        var text: String
        var definitions: [Definition]
    }

    @Test func acronymsDefinedInTheTextAreFoundByTheirInitials() throws {
        for item in try LearningFixtures.json("acronym-definitions", as: Cases<DefinitionCase>.self).cases {
            let glossary = Glossary(document: LearningFixtures.document(introduction: [item.text]), fieldGlossary: [])
            let defined = glossary.entries.filter(\.isDefinedInDocument)
            #expect(defined.map(\.acronym).sorted() == item.definitions.map(\.acronym).sorted(), "\(item.text)")
            for want in item.definitions {
                let entry = glossary.entry(for: want.acronym)
                #expect(entry?.expansion == want.expansion, "\(item.text)")
                guard case let .document(evidence)? = entry?.source else { continue }
                #expect(evidence.text == want.evidence)
                #expect(evidence.line == 1)
            }
        }
    }

    @Test func theDocumentsDefinitionWinsOverTheFieldGlossary() {
        let field = [GlossaryDefinition(acronym: "CCE", expansion: "Something Else Entirely", line: 3),
                     GlossaryDefinition(acronym: "NRM", expansion: "National Referral Mechanism", line: 4)]
        let document = LearningFixtures.document(introduction: ["Child Criminal Exploitation (CCE) and the NRM."])
        let glossary = Glossary(document: document, fieldGlossary: field)
        #expect(glossary.entry(for: "CCE")?.expansion == "Child Criminal Exploitation")
        #expect(glossary.entry(for: "CCE")?.otherExpansions == ["Something Else Entirely"])
        #expect(glossary.entry(for: "NRM")?.source == .fieldGlossary(file: "glossary.txt", line: 4))
        #expect(glossary.entries.map(\.acronym) == ["CCE", "NRM"])
    }

    struct DueCase: Decodable {
        var sentence: String
        var period: String?
        var relation: String?
        var evidence: String?
    }

    @Test func duePeriodsAreReadFromCommitmentSentences() throws {
        for item in try LearningFixtures.json("due-periods", as: Cases<DueCase>.self).cases {
            let index = LearningIndex(document: LearningFixtures.document(response: [item.sentence]))
            let commitment = try #require(index.commitments.first, "\(item.sentence) is a commitment")
            #expect(commitment.due?.period == item.period, "\(item.sentence)")
            #expect(commitment.due?.relation == item.relation, "\(item.sentence)")
            #expect(commitment.due?.evidence.text == item.evidence, "\(item.sentence)")
        }
    }

    struct StatusCase: Decodable {
        var response: [String]
        var status: String
        var sentence: String
        var commitments: Int
    }

    @Test func statusFollowsTheDocumentedRules() throws {
        for item in try LearningFixtures.json("statuses", as: Cases<StatusCase>.self).cases {
            let index = LearningIndex(document: LearningFixtures.document(response: item.response))
            let learning = try #require(index.recommendations.first)
            #expect(learning.status?.value.rawValue == item.status, "\(item.response)")
            #expect(learning.status?.sentence.text.hasPrefix(item.sentence) == true, "\(item.response)")
            #expect(learning.commitments.count == item.commitments, "\(item.response)")
        }
    }

    @Test func aRecommendationWithoutResponseHasNoStatus() {
        var document = LearningFixtures.document(response: ["Done."])
        document.sections[0].recommendations[0].response = nil
        let learning = LearningIndex(document: document).recommendations.first
        #expect(learning?.status == nil)
        #expect(learning?.commitments == [])
        #expect(learning?.agencies.addressedTo.map(\.agency) == ["Portsmouth Safeguarding Children Partnership"])
    }

    @Test func ownerIsTheSubjectOrTheAgentOfTheCommitment() throws {
        let index = LearningIndex(document: LearningFixtures.document(response: [
            "The Chair of the PSCP will write to the Ministry of Justice.",
            "This work will be overseen by the police.",
            "An audit will be undertaken.",
        ]))
        #expect(index.commitments.map { $0.owner?.agency } == ["Portsmouth Safeguarding Children Partnership", "Police", nil])
        #expect(index.commitments.map { $0.owner?.evidence.first?.text } == ["PSCP", "police", nil])
        #expect(index.commitments.map(\.marker.text) == ["will write", "will be overseen", "will be undertaken"])
    }

    @Test func anAddresseeTheListDoesNotKnowIsTakenFromTheSubject() {
        var document = LearningFixtures.document(response: ["Done."])
        document.sections[0].recommendations[0].text = [.paragraph(
            "The Westshire Maternity Service should give advice to both parents. This issue should be raised with the police.",
            lines: SourceSpan(line: 2))]
        let index = LearningIndex(document: document)
        let addressees = index.recommendations[0].agencies.addressedTo
        #expect(addressees.map(\.agency) == ["Westshire Maternity Service"])
        #expect(addressees.map(\.isListed) == [false])
        #expect(addressees.first?.evidence.map(\.text) == ["Westshire Maternity Service should"])
        #expect(index.recommendations[0].agencies.namedInRecommendation.map(\.agency) == ["Police"])
        #expect(index.recommendationsMatching(facet: "agency", value: "maternity") == [0])
        #expect(index.facetValues(for: "agency")?.contains("Westshire Maternity Service") == true)
    }

    @Test func aDocumentWithoutAnOrganisationLineKeepsAGenericPartnership() {
        let index = LearningIndex(document: LearningFixtures.document(response: ["The Partnership will write to schools."]))
        #expect(index.commitments.first?.owner?.agency == "The Partnership")
        #expect(index.commitments.first?.owner?.evidence.first?.text == "The Partnership")
    }
}
