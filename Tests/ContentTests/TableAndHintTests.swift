@testable import Content
import TestFixtures
import Testing

/// Action-plan tables (issue 11): header rows, rows in each layout, cells over several lines, and
/// the user's hints.
@Suite struct TableAndHintTests {
    @Test(arguments: [
        ("No. / Recommendation / Action / Lead / Target date / RAG", TableColumns.Separator.slash, 6),
        ("Ref\tRecommendation\tActions agreed\tLead agency\tTimescale\tProgress\tStatus", .tab, 7),
        ("Rec  Recommendation     Response     Owner    Deadline", .aligned, 5),
    ])
    func headerRowsNameTheirColumns(_ line: String, _ separator: TableColumns.Separator, _ count: Int) throws {
        let header = try #require(TableColumns.header(Substring(line)))
        #expect(header.separator == separator)
        #expect(header.columns.count == count)
    }

    @Test(arguments: [
        "Recommendation / Response",                       // nothing said of it but a response: still a table
        "The recommendation was agreed / the Board's response followed",
        "Recommendations  and what happened next",
        "Date / Lead",                                       // no recommendation column
    ])
    func proseIsNoHeader(_ line: String) {
        let header = TableColumns.header(Substring(line))
        if line == "Recommendation / Response" { #expect(header != nil) } else { #expect(header == nil, "\(line)") }
    }

    @Test func aSlashRowBecomesARecommendationWithFields() {
        let text = "No. / Recommendation / Action / Lead / Target / RAG\n4 / Share plans with schools. / Agreed. A protocol is drafted. / Education / May 2025 / Amber\n"
        let document = ReviewParser.parse(text, source: "t.txt", explaining: true)
        let recommendation = document.recommendations[0]
        #expect(recommendation.number == 4)
        #expect(recommendation.heading == "4")
        #expect(recommendation.headingWords == "Recommendation 4")
        #expect(recommendation.text.map(\.text) == ["Share plans with schools."])
        #expect(recommendation.response?.blocks.map(\.text) == ["Agreed. A protocol is drafted."])
        #expect(recommendation.response?.labelIsColumn == true)
        #expect(recommendation.response?.statedStatus?.kind == .amber)
        #expect(recommendation.owner == "Education")
        #expect(recommendation.due == "May 2025")
        // The cells are in the one walk, each once, searchable.
        let fieldPieces = document.text.pieces.filter { if case .field = $0.place.zone { return true } else { return false } }
        #expect(fieldPieces.map(\.text) == ["Education", "May 2025", "Amber"])
    }

    @Test func rowsWithoutANumberColumnAreNumberedInOrder() {
        let text = "Recommendation\tResponse\tOwner\nFirst thing.\tDone.\tPolice\nSecond thing.\tUnder way.\tHealth\n"
        let document = ReviewParser.parse(text, source: "t.txt", explaining: true)
        #expect(document.recommendations.map(\.number) == [1, 2])
        #expect(document.recommendations.map(\.headingWords) == ["Recommendation 1", "Recommendation 2"])
    }

    @Test func readerMarkedRowsAreRowsAndEndWhereTheMarksEnd() {
        let extracted = ExtractedText(format: .docx, text: "Recommendation\tAction\tLead\nShare.\tShared.\tPolice\nAfter the table\tnot a row",
                                      roles: [1: .tableRow(header: true), 2: .tableRow(header: false)])
        let document = ReviewParser.parse(extracted, source: "t.docx", explaining: true)
        #expect(document.recommendations.count == 1)
        #expect(document.recommendations[0].owner == "Police")
        #expect(document.lineRules.contains { $0.rule == "table row marked by the reader" })
    }

    @Test func aGroupRowSpanningTheTableIsASectionAndTheTableGoesOn() {
        let text = "Recommendation\tAction\tLead\nTheme 1: Early help\nRefer early.\tWrite a pathway.\tEarly Help\n"
            + "Theme 2: Health\nShare concerns.\tBrief the GPs.\tICB\n"
        let roles: [Int: ExtractedText.LineRole] = [1: .tableRow(header: true), 2: .tableRow(header: false),
                                                    3: .tableRow(header: false), 4: .tableRow(header: false), 5: .tableRow(header: false)]
        let document = ReviewParser.parse(ExtractedText(format: .docx, text: text, roles: roles), source: "t.docx", explaining: true)
        #expect(document.recommendations.map(\.owner) == ["Early Help", "ICB"])
        #expect(document.recommendations.map(\.number) == [1, 2])
        #expect(document.lineRules.filter { $0.rule == "group row spanning the table" }.count == 2)
    }

    @Test func anAlignedCellOverSeveralLinesStaysOneRow() throws {
        let document = try FixtureFile.named("kingsford-child-u-action-plan-aligned.txt").parse()
        let first = document.recommendations[0]
        #expect(first.lines == SourceSpan(8, 10))
        #expect(first.owner == "Safeguarding Board")
    }

    @Test func hintsOpenRecommendationsAndResponses() {
        let text = "PR7. Keep records\nAgencies should keep records.\nBoard response – Agreed.\n"
        let plain = ReviewParser.parse(text, source: "t.txt", explaining: true)
        #expect(plain.recommendations.isEmpty)
        let hinted = ReviewParser.parse(text, source: "t.txt",
                                        hints: ParseHints(recommendationPattern: #"PR\d+\."#, responseLabel: "Board response"), explaining: true)
        #expect(hinted.recommendations.map(\.number) == [7])
        #expect(hinted.recommendations[0].heading == "PR7.")
        #expect(hinted.recommendations[0].title == "Keep records")
        #expect(hinted.recommendations[0].response?.label == "Board response –")
        #expect(hinted.lineRules.map(\.rule).contains("hint --recommendations"))
        #expect(hinted.lineRules.map(\.rule).contains("hint --response-label"))
    }

    @Test func aLabelHintNeedsTheWholeWord() {
        let hints = HintRules(ParseHints(responseLabel: "Board response"))
        #expect(hints.label("Board responses were slow") == nil)
        #expect(hints.label("Board response: Done.")?.rest == "Done.")
    }

    @Test func aBadPatternIsAProblem() {
        #expect(ParseHints(recommendationPattern: "E(\\d+").problem?.contains("not a valid regular expression") == true)
        #expect(ParseHints(recommendationPattern: "x*").problem?.contains("empty") == true)
        #expect(ParseHints(recommendationPattern: #"E\d+\."#).problem == nil)
    }

    @Test func theSidecarGivesHintsAndFlagsWin() {
        let text = "[agencies]\nPolice\n\n[parsing]\n# a comment\nrecommendations: E\\d+\\.\nresponse-label: Board response\ncolour: blue\n"
        let (hints, warnings) = ParseHintsSidecar.hints(in: text, file: "x.local.txt")
        #expect(hints == ParseHints(recommendationPattern: #"E\d+\."#, responseLabel: "Board response"))
        #expect(warnings.count == 1 && warnings[0].message.contains("line 8"))
        let flags = ParseHints(responseLabel: "Reply")
        #expect(flags.over(hints) == ParseHints(recommendationPattern: #"E\d+\."#, responseLabel: "Reply"))
    }

    @Test func childJHasNoTableAndNoHintRules() {
        let rules = ChildJ.document.lineRules.map(\.rule)
        #expect(!rules.contains { $0.contains("table") || $0.contains("hint") })
    }
}
