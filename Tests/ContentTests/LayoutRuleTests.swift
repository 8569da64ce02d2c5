@testable import Content
import TestFixtures
import Testing

/// Issue 11: the layouts partnerships use besides "Recommendation N" headings, on tiny inputs for the
/// cases the fixtures do not show.
@Suite struct LayoutRuleTests {
    private func parse(_ body: String) -> ReviewDocument {
        tinyDocument(body, source: "layout")
    }

    @Test(arguments: ["1)", "(1)"])
    func bracketedNumbersUnderARecommendationsHeading(_ first: String) {
        let second = first.replacingOccurrences(of: "1", with: "2")
        let document = parse("Our recommendations\n\n\(first) Audit the plans.\n\nAgreed.\n\n\(second) Train the staff.\n\nRejected – no funding.\n")
        #expect(document.recommendations.map(\.number) == [1, 2])
        #expect(document.recommendations.map(\.heading) == [first, second])
        #expect(document.recommendations.map { $0.response?.statedStatus?.kind } == [.agreed, .rejected])
        #expect(document.recommendations.map(\.headingWords) == ["Recommendation 1", "Recommendation 2"])
    }

    @Test func theWordInTheItemIsContextEnough() {
        let document = parse("1. Recommendation: the board should audit the plans.\n\nAccepted. Done in May.\n")
        #expect(document.recommendations.map(\.number) == [1])
        #expect(document.recommendations.first?.response?.statedStatus?.kind == .accepted)
    }

    @Test func aNumberedListWithoutContextStaysAList() {
        let document = parse("1. The board met in May.\n2. The board met in June.\n")
        #expect(document.recommendations.isEmpty)
        #expect(document.introduction.contains { $0.kind == .list && $0.items.count == 2 })
    }

    @Test func aWeakCodeMustStartItsSeries() {
        #expect(parse("E3. Something about the A1 road.\n").recommendations.isEmpty)
        #expect(parse("E1. The board should act.\n\nE2. The board should check.\n").recommendations.map(\.series) == ["E", "E"])
    }

    @Test func codesKeepTheirSeriesAndNumbersMayRepeat() {
        let document = parse("E1. One.\n\nAgreed.\n\nPR1. Two.\n\nAgreed.\n")
        #expect(document.recommendations.map(\.heading) == ["E1.", "PR1."])
        #expect(document.text.recommendations == [.recommendation(number: 1, occurrence: 0), .recommendation(number: 1, occurrence: 1)])
        #expect(!document.warnings.contains { $0.message.contains("more than once") })
    }

    @Test func headingsFromAFormatReaderAreUsed() {
        let text = "Westbrook Partnership\n\nRecommendations\nThe review made these:\n\n1. Audit the plans.\n\nAgreed.\n\nRecommendation 2 Training for staff\n\nTrain them.\n\nResponse: Done.\n"
        let extracted = ExtractedText(format: .text, text: text, roles: [3: .heading(level: 1), 10: .heading(level: 2)])
        let document = ReviewParser.parse(extracted, source: "roles")
        #expect(document.sections.map(\.title) == ["Recommendations"])
        #expect(document.recommendations.map(\.number) == [1, 2])
        #expect(document.recommendations.last?.title == "Training for staff")
        // Without the roles, "Recommendations" runs into the next line, a lead that still names them, so "1."
        // is one; but "Recommendation 2 Training…" with no separator is a sentence of its text.
        #expect(ReviewParser.parse(text, source: "plain").recommendations.map(\.number) == [1])
    }

    @Test func aDatedLineStartsAnEntryOfItsOwn() {
        let document = parse("Recommendation 1\n\nDo it.\n\nProgress:\nMarch 2021: Began.\n1 April 2021 – Went on.\n2021-05-02: Ended.\nMarch 2021 saw no change.\n")
        let response = document.recommendations.first?.response
        #expect(response?.timeline.map(\.date) == ["March 2021", "1 April 2021", "2021-05-02"])
        #expect(response?.blocks.count == 3)
    }

    @Test(arguments: [
        ("March 2021: began", "March 2021"), ("Update June 2022: launched", "June 2022"), ("12/03/2021 – met", "12/03/2021"),
        ("3rd May 2020 - met", "3rd May 2020"), ("Sept 2021 – done", "Sept 2021"),
    ])
    func datesAsWritten(_ line: String, _ date: String) {
        #expect(TimelineEntry.date(opening: line) == date)
    }

    @Test(arguments: ["March 2021 saw a change", "May the board agree: yes", "12 agencies: all", "2021: a year"])
    func notDates(_ line: String) {
        #expect(TimelineEntry.date(opening: line) == nil)
    }

    @Test func aStatusWordMidSentenceOpensNoResponse() {
        let document = parse("Recommendation 1\n\nDo it.\n\nAgreed that the board will look again.\n")
        #expect(document.recommendations.first?.response == nil)
    }
}

/// The status words a response opens with, as `StatedStatus.opening` reads them.
@Suite struct StatedStatusOpeningTests {
    @Test(arguments: [
        ("Agreed. The board will", StatedStatus.Kind.agreed, "Agreed"), ("Partially accepted – but", .partiallyAccepted, "Partially accepted"),
        ("AMBER", .amber, "AMBER"), ("Not agreed: the board", .rejected, "Not agreed"), ("Complete.", .complete, "Complete"),
        ("Not started. Awaiting", .notStarted, "Not started"), ("Complete ✓", .complete, "Complete"),
        ("Amber (slipped to March)", .amber, "Amber"),
    ])
    func opens(_ text: String, _ kind: StatedStatus.Kind, _ words: String) {
        #expect(StatedStatus.opening(Substring(text)) == StatedStatus(words: words, kind: kind))
    }

    @Test(arguments: ["Agreed that the board", "Greenwich council", "Redesign of services", "Accepting referrals", "Red flags were missed", "Green 2024 plan"])
    func doesNotOpen(_ text: String) {
        #expect(StatedStatus.opening(Substring(text)) == nil)
    }
}

@Test func headingWordsSayWhichRecommendation() {
    let document = ReviewParser.parse("Org\n\nTitle\n\nRecommendation\nAct.\n\nRecommendation One\n\nAct.\n\nE1. Act.\n", source: "h")
    #expect(document.recommendations.map(\.headingWords) == ["Recommendation 1", "Recommendation One"])
}

@Test func aRecommendationsLineInsideAResponseStaysThere() {
    let document = ReviewParser.parse("Org\n\nTitle\n\nRecommendation 1\n\nAct.\n\nResponse:\n\nRecommendations and progress\n\nDone.\n", source: "r")
    #expect(document.sections.count == 1)
    #expect(document.recommendations.first?.response?.blocks.count == 2)
}

@Test func aLeadThatNamesRecommendationsOpensTheContext() {
    let document = ReviewParser.parse("Org\n\nTitle\n\nThe review made these recommendations:\n\n1. Audit the plans.\n\nAgreed.\n\n2. Train the staff.\n\nAgreed.\n", source: "lead")
    #expect(document.recommendations.map(\.number) == [1, 2])
    let stages = ReviewParser.parse("Org\n\nTitle\n\nThe review had three stages:\n\n1. Records.\n2. Meetings.\n", source: "stages")
    #expect(stages.recommendations.isEmpty)
}
