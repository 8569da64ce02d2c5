@testable import Content
import TestFixtures
import Testing

/// The title rule: the document's own title, else the title its source declares, else its file's name —
/// never a path.
@Suite struct DocumentTitleTests {
    @Test func withoutATitleTheFileNameNotThePath() {
        let document = ReviewParser.parse("Recommendation 1: Do better.\n\nThe board should act.\n", source: "/home/me/Downloads/plan.txt")
        #expect(document.titleLines.isEmpty)
        #expect(document.title == "plan.txt")
        #expect(ReviewDocument(source: "plain-name.txt").title == "plain-name.txt")
    }

    @Test func aDeclaredTitleIsShownWhenTheTextHasNone() {
        let extracted = ExtractedText(format: .pdf, text: "The board agreed every finding.\n", declaredTitle: "Child V: the board's response")
        let document = ReviewParser.parse(extracted, source: "/tmp/x.pdf")
        #expect(document.titleLines.isEmpty, "the declared title is shown, not added to the text")
        #expect(document.title == "Child V: the board's response")
    }

    @Test func linesAfterTheDeclaredTitleGoBackToTheIntroduction() {
        let text = "Anytown Partnership\n\nChild T review\n\nPublished 3 March 2025\n\nThe review found gaps."
        let extracted = ExtractedText(format: .html, text: text, declaredTitle: "Child T review")
        let document = ReviewParser.parse(extracted, source: "t.html")
        #expect(document.titleLines == ["Anytown Partnership", "Child T review"])
        #expect(document.title == "Child T review")
        #expect(document.introduction.first?.text == "Published 3 March 2025")
        #expect(document.introduction.first?.lines == SourceSpan(line: 5))
        #expect(document.text.pieces.map(\.text).joined(separator: " ").split(separator: " ").count
                == text.split(whereSeparator: \.isWhitespace).count, "no word lost or added")
    }

    @Test func aTextTitleStandsWhenTheDeclaredOneIsNotInIt() {
        let extracted = ExtractedText(format: .pdf, text: "Response to Child Q\n\nThe board agreed.", declaredTitle: "Microsoft Word - draft3.docx")
        #expect(ReviewParser.parse(extracted, source: "q.pdf").title == "Response to Child Q")
    }

    @Test func theLibraryKnowsADocumentByTheTitleItsModelGives() {
        let text = "Kingsmere Safeguarding Children Partnership\n\nResponse to the review of Child Y70 (2014)\n\n"
            + "Published: September 2019\n\nThe partnership answers the review here.\n"
        let dated = ReviewParser.parse(text, source: "/tmp/y70.txt")
        #expect(dated.title == "Response to the review of Child Y70 (2014)")
        #expect(DocumentFacts(document: dated).title == dated.title)
        #expect(DocumentFacts(document: dated).organisation == "Kingsmere Safeguarding Children Partnership")
        let untitled = ExtractedText(format: .pdf, text: "The board agreed every finding.\n", declaredTitle: "Child V: the board's response")
        let declared = ReviewParser.parse(untitled, source: "/tmp/x.pdf")
        #expect(DocumentFacts(document: declared).title == declared.title)
        let plain = ReviewParser.parse("Recommendation 1: Do better.\n\nThe board should act.\n", source: "/home/me/plan.txt")
        #expect(DocumentFacts(document: plain).title == "plan.txt")
    }

    @Test func aSubtitleOrDateLastPrefersTheMainTitleLine() throws {
        let ashby = try FixtureFile.named("ashby-letter-codes.txt").parse()
        #expect(ashby.titleLines.count == 3, "every title line is kept")
        #expect(ashby.title == "Thematic review of neglect in families with younger children")
        for subtitle in ["Second edition", "March 2024", "Published 3 March 2025", "Updated June 2023", "Version 2"] {
            let document = ReviewDocument(source: "x.txt", titleLines: ["Anytown Partnership", "Child T review", subtitle])
            #expect(document.title == "Child T review", "\(subtitle)")
        }
        #expect(ReviewDocument(source: "x.txt", titleLines: ["Anytown Partnership", "Response to Child Q"]).title
                == "Response to Child Q", "a title that is not a subtitle stands")
    }
}
