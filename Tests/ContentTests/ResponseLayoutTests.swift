@testable import Content
import Testing

/// Issue 11: unlabelled responses in a document that alternates them, sub-headings inside a response,
/// inline lists the document presents as its recommendations, and the rules `check --explain` names.
@Suite struct ResponseLayoutTests {
    private func parse(_ body: String) -> ReviewDocument {
        tinyDocument(body, source: "layout")
    }

    // MARK: Alternating documents

    @Test func anAlternatingDocumentAnswersEachRecommendation() {
        let document = parse("""
            Recommendations

            1. The partnership should audit every child protection plan made in the last year.

            Accepted in full, and the audit has begun.

            2. Agencies should train all of their staff in the new neglect guidance this year.

            Not accepted because training is already given.

            3. Health and social care should write a protocol for sharing records about unborn babies.

            The protocol was written in May.

            """)
        #expect(document.recommendations.map(\.number) == [1, 2, 3])
        #expect(document.recommendations.map { $0.text.count } == [1, 1, 1])
        #expect(document.recommendations.map { $0.response?.statedStatus?.kind } == [.accepted, .rejected, nil])
        #expect(document.recommendations.map { $0.response?.statedStatus?.words } == ["Accepted", "Not accepted", nil])
        #expect(document.recommendations.last?.response?.blocks.first?.text == "The protocol was written in May.")
        #expect(document.lineRules.contains { $0.rule == AlternatingResponses.rule && $0.excerpt.hasPrefix("Accepted in full") })
    }

    @Test func aSecondParagraphStaysWhereTheDocumentDoesNotAlternate() {
        let document = parse("""
            Recommendations

            1. The partnership should audit every child protection plan made in the last year.

            Agreed protocols between the agencies should be checked in the audit.

            2. Agencies should train all of their staff in the new neglect guidance this year.

            The training should include the new guidance.

            3. Health and social care should write a protocol for sharing records about unborn babies.

            It should name a lead for each agency.

            """)
        #expect(document.recommendations.map(\.number) == [1, 2, 3])
        #expect(document.recommendations.allSatisfy { $0.response == nil })
        #expect(document.recommendations.map { $0.text.count } == [2, 2, 2])
    }

    @Test func aShortSentenceAfterTheNumberIsTheRecommendationsOwn() {
        let document = parse("Recommendations\n\n1. Audit the plans.\n\nAccepted in full.\n\n2. Train the staff.\n\nAgreed in part by the board.\n\n3. Write a protocol.\n\nIt is written.\n")
        #expect(document.recommendations.map(\.title) == ["Audit the plans.", "Train the staff.", "Write a protocol."])
        #expect(document.recommendations.map { $0.response?.blocks.first?.text } == ["Accepted in full.", "Agreed in part by the board.", "It is written."])
    }

    @Test func aLabelledDocumentIsNotAlternating() {
        let document = parse("Recommendation 1\n\nAudit.\n\nResponse: Done.\n\nRecommendation 2\n\nTrain.\n\nIt should cover the guidance.\n")
        #expect(document.recommendations.last?.response == nil)
        #expect(document.recommendations.last?.text.count == 2)
    }

    @Test(arguments: [("Accepted in full, and", StatedStatus.Kind.accepted), ("Not accepted because", .rejected),
                      ("Agreed that the board", .agreed), ("Partially accepted. The", .partiallyAccepted)])
    func leadingAcceptanceWords(_ text: String, _ kind: StatedStatus.Kind) {
        #expect(StatedStatus.leading(Substring(text))?.kind == kind)
    }

    @Test(arguments: ["Greenwich council", "Red flags were missed", "Completed audits show", "Agreements between"])
    func notLeadingAcceptanceWords(_ text: String) {
        #expect(StatedStatus.leading(Substring(text)) == nil)
    }

    // MARK: Sub-headings inside a response

    @Test func subHeadingsStayInTheResponseOfANumberedDocument() {
        let document = parse("""
            Recommendations

            1. Audit the plans.

            Response: Agreed.

            Progress to date

            The audit began.

            Next steps

            A report in May.

            2. Train the staff.

            Response: Accepted.

            Update – March 2022

            Half the staff are trained.

            Health visiting

            All health visitors are trained.

            3. Write a protocol.

            Agreed. It is written.

            Conclusion

            The board will report again.

            """)
        #expect(document.sections.map(\.title) == ["Recommendations", "Conclusion"])
        #expect(document.recommendations.map(\.number) == [1, 2, 3])
        let first = document.recommendations[0].response?.blocks ?? []
        #expect(first.map(\.kind) == [.paragraph, .heading, .paragraph, .heading, .paragraph])
        #expect(first.filter { $0.kind == .heading }.map(\.text) == ["Progress to date", "Next steps"])
        let second = document.recommendations[1].response?.blocks ?? []
        #expect(second.filter { $0.kind == .heading }.map(\.text) == ["Update – March 2022", "Health visiting"])
        // A dated sub-heading is an entry of the response's timeline.
        #expect(document.recommendations[1].response?.timeline.map(\.date) == ["March 2022"])
        #expect(document.recommendations[0].response?.timeline.isEmpty == true)
        #expect(document.recommendations[2].response?.blocks.count == 1)
    }

    @Test func aDatedUpdateHeadingIsOneLabel() {
        let document = parse("Recommendation 1\n\nAudit the plans.\n\nUpdate – March 2022\n\nThe audit began.\n")
        #expect(document.recommendations.first?.response?.label == "Update – March 2022")
        #expect(document.recommendations.first?.response?.blocks.map(\.text) == ["The audit began."])
    }

    @Test(arguments: [("Update – March 2022", "March 2022"), ("March 2022", "March 2022"), ("Progress update: 12/03/2022", "12/03/2022")])
    func datedSubheadings(_ heading: String, _ date: String) {
        #expect(TimelineEntry.date(heading: heading) == date)
    }

    @Test(arguments: ["Next steps", "Progress to date", "March 2022 review of the plan"])
    func undatedSubheadings(_ heading: String) {
        #expect(TimelineEntry.date(heading: heading) == nil)
    }

    @Test func aProgressHeadingOpensTheResponse() {
        let document = parse("Recommendation 1\n\nAudit the plans.\n\nProgress to date\n\nThe audit began.\n\nNext steps\n\nA report.\n")
        let response = document.recommendations.first?.response
        #expect(response?.label == "Progress to date")
        #expect(response?.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(document.recommendations.first?.text.count == 1)
    }

    // MARK: Inline lists

    @Test func anInlineListOfThatClauses() {
        let document = parse("The review's recommendations include: that the board audits plans; that staff are trained; and that a protocol is written.\n")
        #expect(document.recommendations.map(\.number) == [1, 2, 3])
        #expect(document.recommendations.last?.text.first?.text == "and that a protocol is written.")
        let longer = parse("The review made three recommendations to the partnership: audit the plans; train the staff.\n")
        #expect(longer.recommendations.count == 2)
    }

    @Test(arguments: ["Previous recommendations were: audit the plans; train the staff.",
                      "Partners discussed recommendations about training: one for schools; one for health."])
    func otherRecommendationsStayAParagraph(_ text: String) {
        let document = parse(text + "\n")
        #expect(document.recommendations.isEmpty)
        #expect(document.introduction.contains { $0.text == text })
    }

    // MARK: The rules `check --explain` names

    @Test func eachReadingNamesItsRule() {
        let document = parse("Recommendations\n\n1. Audit the plans.\n\nAgreed. Done.\n\nR2. Train.\n")
        let rules = document.lineRules.map(\.rule)
        #expect(rules.contains("heading naming recommendations"))
        #expect(rules.contains("'1.' under a Recommendations heading"))
        #expect(rules.contains("opens with 'Agreed'"))
        // A heading and the text on its line are one row.
        #expect(document.lineRules.contains { $0.excerpt == "1. Audit the plans." })
        let coded = parse("Recommendations\n\nR1. Audit.\n\nR2. Train.\n")
        #expect(coded.lineRules.map(\.rule).contains("coded 'R1.', a recommendation code"))
    }
}
