@testable import Content
import Testing
@testable import TUICore

/// The outline drops the lead most recommendations share; a tie goes to the earliest, every time.
@Suite struct GistShortenerTests {
    private func document(_ texts: [String]) -> ReviewDocument {
        let recommendations = texts.enumerated().map { index, text in
            Recommendation(number: index + 1, heading: "Recommendation \(index + 1)",
                           text: [.paragraph(text, lines: SourceSpan(line: index + 1))], lines: SourceSpan(line: index + 1))
        }
        return ReviewDocument(source: "leads.txt", titleLines: ["Leads"],
                              sections: [Section(title: nil, recommendations: recommendations, lines: SourceSpan(1, texts.count))])
    }

    @Test func dropsTheLeadMostRecommendationsShare() {
        let gists = GistShortener(document: document([
            "The PSCP should share the report.", "The PSCP should seek assurance.", "The Local Authority must recruit carers.",
        ]))
        #expect(gists.lead == "The PSCP should ")
        #expect(gists.shorten("The PSCP should share the report.") == "Share the report.")
        #expect(gists.shorten("The Local Authority must recruit carers.") == "The Local Authority must recruit carers.")
    }

    @Test func aTieGoesToTheLeadEarliestInTheDocument() {
        let pscpFirst = ["The PSCP should share the report.", "The Local Authority should recruit carers.",
                         "The Local Authority should review placements.", "The PSCP should seek assurance."]
        for _ in 0..<20 {
            #expect(GistShortener(document: document(pscpFirst)).lead == "The PSCP should ")
            #expect(GistShortener(document: document(pscpFirst.reversed())).lead == "The PSCP should ")
            #expect(GistShortener(document: document(Array(pscpFirst.dropFirst()) + [pscpFirst[0]])).lead
                    == "The Local Authority should ")
        }
    }

    @Test func noLeadWhenFewRecommendationsShareOne() {
        let gists = GistShortener(document: document([
            "The PSCP should share the report.", "Schools must record exclusions.", "Keep exclusions to a minimum.",
        ]))
        #expect(gists.lead == nil)
    }
}
