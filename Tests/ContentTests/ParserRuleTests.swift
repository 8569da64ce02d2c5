@testable import Content
import TestFixtures
import Testing

/// Single rules of the parser on tiny inputs, for the cases the fixtures do not show.
@Suite struct ParserRuleTests {
    /// A minimal document around `body`: two title lines, one introduction paragraph.
    private func parse(_ body: String) -> ReviewDocument {
        tinyDocument(body, source: "rule")
    }

    @Test func loneCarriageReturnsAreLineBreaks() {
        let lf = "Org\n\nTitle\n\nIntro text.\n\nRecommendation 1\n\nDo it.\n\nResponse:\n\nDone.\n"
        let cr = lf.replacingLineFeeds(with: "\r")
        let crlf = lf.replacingLineFeeds(with: "\r\n")
        #expect(ReviewParser.parse(cr, source: "s") == ReviewParser.parse(lf, source: "s"))
        #expect(ReviewParser.parse(crlf, source: "s") == ReviewParser.parse(lf, source: "s"))
    }

    /// Child J saved with Windows line endings and a BOM reads exactly the same.
    @Test func lineEndingsAndBOMDoNotChangeChildJ() {
        let lf = ChildJ.text
        let source = BuiltInContent.defaultDocumentName
        let childJ = ReviewParser.parse(lf, source: source)
        #expect(ReviewParser.parse("\u{FEFF}" + lf.replacingLineFeeds(with: "\r\n"), source: source) == childJ)
        #expect(ReviewParser.parse(lf.replacingLineFeeds(with: "\r"), source: source) == childJ)
    }

    @Test func byteOrderMarkIsDropped() {
        let document = ReviewParser.parse("\u{FEFF}Org\n\nTitle\n\nIntro text.\n", source: "s")
        #expect(document.titleLines == ["Org", "Title"])
        #expect(document.introduction.first?.lines == SourceSpan(line: 5))
    }

    @Test func aLongRestAfterTheHeadingIsText() throws {
        let document = parse("""
            Recommendation 1 – The Partnership should make sure that every school has a designated safeguarding lead who has been trained in the last two years.

            Response: Done.
            """)
        let recommendation = try #require(document.recommendations.first)
        #expect(recommendation.title == nil)
        #expect(recommendation.heading == "Recommendation 1 –")
        #expect(recommendation.text.first?.text.hasPrefix("The Partnership should make sure") == true)
    }

    @Test(arguments: ["Actions taken:", "Progress:", "Progress update:", "Update:", "Response:", "Action taken", "Action Taken:"])
    func responseLabels(_ label: String) {
        let document = parse("Recommendation 1\n\nDo it.\n\n\(label)\n\nDone.\n")
        #expect(document.recommendations.first?.response?.label == label)
        #expect(document.recommendations.first?.response?.blocks.map(\.text) == ["Done."])
    }

    @Test(arguments: ["•", "-", "*", "–", "▪", "1.", "1)"])
    func listMarkers(_ marker: String) throws {
        let document = parse("Recommendation 1\n\nDo it.\n\nResponse:\n\nWe did:\n\n\(marker) one thing\n\(marker) another thing\n")
        let blocks = try #require(document.recommendations.first?.response?.blocks)
        #expect(blocks.map(\.kind) == [.list])
        #expect(blocks.first?.text == "We did:")
        #expect(blocks.first?.items.map(\.text) == ["one thing", "another thing"])
        #expect(blocks.first?.items.first?.marker == marker)
    }

    /// A blank line is a paragraph break unless the sentence runs on into a lower-case line.
    @Test func blankLinesBreakParagraphsUnlessTheSentenceRunsOn() {
        let document = parse("Recommendation 1\n\nDo it.\n\nResponse:\n\nIt ended here.\n\nlower case but a new paragraph.\n\nThis runs on\n\ninto the next line.\n\nNo full stop\n\nThen A Capital.\n")
        #expect(document.recommendations.first?.response?.blocks.map(\.text) == [
            "It ended here.", "lower case but a new paragraph.", "This runs on into the next line.", "No full stop", "Then A Capital.",
        ])
    }

    @Test(arguments: ["- 2 -", "Page 2", "Page 2 of 3", "2"])
    func pageNumberFooters(_ footer: String) {
        let document = parse("Recommendation 1\n\nDo it.\n\nResponse:\n\nDone.\n\n\(footer)\n\u{0C}Recommendation 2\n\nDo more.\n\nResponse:\n\nDone again.\n")
        #expect(document.furniture.contains { $0.kind == .pageNumber && $0.line == 15 && $0.text == footer }, "\(document.furniture)")
        #expect(document.recommendations.map(\.number) == [1, 2])
        #expect(document.recommendations.last?.lines.first == 16)
        #expect(document.recommendations.first?.response?.blocks.map(\.text) == ["Done."])
        #expect(!document.warnings.isEmpty)
    }

    /// A short line after a single page break is the page's first line of prose, not a running header.
    @Test func aLineSeenOnceIsNotARunningHeader() {
        let document = parse("Recommendation 1\n\nDo it.\n\nResponse:\n\nDone.\n\n\u{0C}Single agency recommendations\n\nRecommendation 2\n\nDo more.\n\nResponse:\n\nDone again.\n")
        #expect(!document.furniture.contains { $0.kind == .runningHeader })
        #expect(document.sections.map(\.title) == [nil, "Single agency recommendations"])
    }

    /// pdftotext starts each page on the line after the last one of the previous page, with no blank line
    /// between: the form feed must break the paragraph as a blank line would (unless the sentence runs on).
    @Test func aPageBreakStartsANewParagraph() {
        let document = parse("Recommendation 1\n\nDo it.\n\nResponse:\n\nDone.\n\u{0C}Single agency recommendations\n\nRecommendation 2\n\nDo more.\n\nResponse:\n\nIt runs\n\u{0C}on to the next page.\n")
        #expect(document.recommendations.first?.response?.blocks.map(\.text) == ["Done."])
        #expect(document.sections.map(\.title) == [nil, "Single agency recommendations"])
        #expect(document.recommendations.last?.response?.blocks.map(\.text) == ["It runs on to the next page."])
    }

    @Test func aRecommendationWithoutAResponseIsReported() {
        let document = parse("Recommendation 1\n\nDo it.\n\nRecommendation 2\n\nDo more.\n\nResponse:\n\nDone.\n")
        #expect(document.recommendations.first?.response == nil)
        #expect(document.warnings.contains { $0.line == 7 }, "\(document.warnings)")
    }
}

private extension String {
    func replacingLineFeeds(with separator: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
    }
}
