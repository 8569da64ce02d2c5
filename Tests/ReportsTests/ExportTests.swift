import Foundation
import Testing
@testable import Content
@testable import Reports

/// A small document built by hand, so these tests exercise the outputs, not the parser.
private func sampleDocument() -> ReviewDocument {
    let span = SourceSpan(line: 1)
    let numbered = Block(kind: .list, text: "Split into 2 areas;", items: [
        ListItem(marker: "1.", text: "A trauma informed conference", lines: span),
        ListItem(marker: "10.", text: "More frontline training *now*", lines: span),
    ], lines: span)
    let terms = Block(kind: .list, text: "", items: [
        ListItem(marker: "", term: "PACE", text: "Six webinars.", lines: span),
        ListItem(marker: "•", text: "A bullet", lines: span),
    ], lines: span)
    let first = Recommendation(
        number: 1, heading: "Recommendation 1", title: "Missing children",
        text: [.paragraph("The PSCP should \u{1B}[31mhighlight\u{1B}[0m this case.", lines: span)],
        response: Response(label: "Action Taken:", blocks: [.paragraph("Learning was shared.", lines: span), numbered, terms],
                           lines: span),
        lines: SourceSpan(1, 9))
    let second = Recommendation(
        number: 12, heading: "Recommendation 12",
        parts: [
            Part(number: 12, label: "a", marker: "a)", blocks: [.paragraph("The PSCP should ensure that learning is provided to every professional who works with children.", lines: span)], lines: span),
            Part(number: 12, label: "b", marker: "b)", blocks: [.paragraph("1. Write to the Ministry\u{9B}.", lines: span)], lines: span),
        ],
        response: Response(label: "Response:", blocks: [.paragraph("Done.", lines: span)], lines: span),
        lines: SourceSpan(10, 20))
    return ReviewDocument(
        source: "sample.txt",
        titleLines: ["Portsmouth Safeguarding Children Partnership", "Response to the Recommendations"],
        introduction: [.paragraph("An introduction.", lines: span)],
        sections: [
            Section(title: nil, recommendations: [first], lines: SourceSpan(1, 9)),
            Section(title: "Recommendations for agencies", recommendations: [second], lines: SourceSpan(10, 20)),
        ],
        furniture: [FurnitureLine(line: 3, text: "Page 1", kind: .pageNumber),
                    FurnitureLine(line: 4, text: "Page 2", kind: .pageNumber),
                    FurnitureLine(line: 5, text: "\u{C}", kind: .pageBreak)],
        warnings: [ParseWarning(line: 7, "a warning")])
}

private func containsControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
}

// MARK: - PlainTextWrapper

@Test func wrapperKeepsEveryLineWithinTheWidthAndEveryWord() {
    let text = "The PSCP should seek assurance from Children's Social Care in relation to the placement of children."
    let lines = PlainTextWrapper(width: 30).wrap(text, firstPrefix: "a) ", restPrefix: "   ")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    #expect(lines.first?.hasPrefix("a) The PSCP") == true)
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("   ") && !$0.hasPrefix("    ") })
    #expect(lines.joined(separator: " ").split(separator: " ").dropFirst().joined(separator: " ") == text)
}

@Test func wrapperSplitsAWordLongerThanTheLineAndCountsWideCharacters() {
    let lines = PlainTextWrapper(width: 20).wrap(String(repeating: "x", count: 45))
    #expect(lines.map(\.count) == [20, 20, 5])
    let wide = PlainTextWrapper(width: 20).wrap(String(repeating: "漢", count: 15))
    #expect(wide.allSatisfy { DisplayWidth.of($0) <= 20 })
    #expect(wide.joined() == String(repeating: "漢", count: 15))
}

@Test func wrapperStartsANewLineAtEveryNewline() {
    #expect(PlainTextWrapper(width: 40).wrap("one\ntwo", firstPrefix: "- ", restPrefix: "  ") == ["- one", "  two"])
}

// MARK: - Plain text

@Test func plainTextShowsAPartWithAHangingIndentAndTheWholeResponse() {
    let document = sampleDocument()
    let recommendation = document.recommendations[1]
    let text = PlainTextRenderer(width: 40).render(recommendation.parts[0], of: recommendation)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "Recommendation 12a")
    #expect(lines.contains("a) The PSCP should ensure that learning"))
    #expect(lines.contains("   is provided to every professional who"))
    #expect(text.contains("\nResponse: (for recommendation 12 as a\nwhole)\n"))
    #expect(lines.contains("Done."))
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
}

@Test func plainTextAlignsListMarkersAndHangsTermItems() {
    let text = PlainTextRenderer(width: 60).render(sampleDocument().recommendations[0])
    #expect(text.contains("\n   1. A trauma informed conference\n  10. More frontline training *now*\n"))
    #expect(text.contains("\n  PACE: Six webinars.\n  • A bullet\n"))
    #expect(text.hasPrefix("Recommendation 1: Missing children\n"))
}

@Test func plainTextNeverCarriesControlCharacters() {
    let text = PlainTextRenderer(width: 80).render(sampleDocument())
    #expect(!containsControl(text))
    #expect(text.contains("^[[31mhighlight"))
}

@Test func plainTextOfTheBuiltInDocumentFitsANarrowTerminal() {
    let text = PlainTextRenderer(width: 50).render(DocumentLoader.builtInDocument())
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 50 })
    #expect(text.contains("Recommendation 10"))
}

// MARK: - list and check

@Test func listRightAlignsIdsAndUsesTheFirstPartForPartOnlyRecommendations() {
    let lines = RecommendationList.lines(for: sampleDocument(), width: 30)
    #expect(lines == [" 1  Missing children", "12  a) The PSCP should ensure…"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
}

@Test func checkReportCountsWhatWasFound() {
    let lines = CheckReport.lines(for: sampleDocument(), name: "sample.txt")
    #expect(lines == [
        "sample.txt: 2 sections, 2 recommendations (1–12), 2 parts, 4 response blocks",
        "  warning: line 7: a warning",
        "  furniture removed: 3 lines (2 page numbers, 1 page break)",
    ])
}

@Test func checkReportWarnsOfLocalDataLinesItCannotUse() {
    var document = sampleDocument()
    document.localData = LocalData(fileName: "sample.local.txt", text: "[agencies]\nno colon here\n")
    let lines = CheckReport.lines(for: document, name: "sample.txt")
    #expect(lines.contains("  warning: sample.local.txt line 2: expected Agency Name: alias; alias: no colon here"))
}

// MARK: - JSON

@Test func jsonHasTheDocumentedShape() throws {
    let json = try JSONExporter.export(sampleDocument())
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(root["title"] as? String == "Response to the Recommendations")
    #expect(root["organisation"] as? String == "Portsmouth Safeguarding Children Partnership")
    #expect(root["warnings"] as? [String] == ["line 7: a warning"])
    let sections = try #require(root["sections"] as? [[String: Any]])
    #expect(sections[0]["title"] is NSNull)
    let first = try #require((sections[0]["recommendations"] as? [[String: Any]])?.first)
    #expect(first["id"] as? String == "1")
    #expect(first["responseLabel"] as? String == "Action Taken:")
    let actions = try #require(first["actions"] as? [[String: Any]])
    #expect(actions.map { $0["kind"] as? String } == ["paragraph", "list", "list"])
    #expect(actions[0]["items"] == nil)
    let termItem = try #require((actions[2]["items"] as? [[String: Any]])?.first)
    #expect(termItem["term"] as? String == "PACE")
    #expect(termItem["text"] as? String == "Six webinars.")
    let partOnly = try #require((sections[1]["recommendations"] as? [[String: Any]])?.first)
    #expect(partOnly["text"] as? String == "")
    #expect(partOnly["title"] is NSNull)
    let parts = try #require(partOnly["parts"] as? [[String: Any]])
    #expect(parts.map { $0["id"] as? String } == ["12a", "12b"])
    #expect(parts[1]["text"] as? String == "1. Write to the Ministry\u{9B}.")
}

@Test func jsonEscapesEveryControlCharacterSoItIsSafeToPrint() throws {
    let json = try JSONExporter.export(sampleDocument())
    #expect(!containsControl(json))
    #expect(json.contains("\\u009b"))
}

// MARK: - Markdown

@Test func markdownIsAReadableHandout() {
    let markdown = MarkdownExporter.export(sampleDocument())
    #expect(markdown.hasPrefix("# Response to the Recommendations\n\nPortsmouth Safeguarding Children Partnership\n"))
    #expect(markdown.contains("\n## Recommendations for agencies\n"))
    #expect(markdown.contains("\n### Recommendation 1: Missing children\n"))
    #expect(markdown.contains("\n**Action Taken:**\n"))
    #expect(markdown.contains("\n1. A trauma informed conference\n10. More frontline training \\*now\\*\n"))
    #expect(markdown.contains("\n- **PACE:** Six webinars.\n- A bullet\n"))
    #expect(markdown.contains("\n**a)** The PSCP should ensure"))
    #expect(!containsControl(markdown))
}

@Test func markdownEscapesWhatWouldChangeTheMeaning() {
    #expect(MarkdownEscaper.escape("1. Write") == "1\\. Write")
    #expect(MarkdownEscaper.escape("# not a heading") == "\\# not a heading")
    #expect(MarkdownEscaper.escape("- not a list") == "\\- not a list")
    #expect(MarkdownEscaper.escape("a_b *c* [d] <e> &amp; f & g") == "a\\_b \\*c\\* \\[d\\] \\<e\\> \\&amp; f & g")
    #expect(MarkdownEscaper.escape("The PSCP's 2021/22 plan, 50% done.") == "The PSCP's 2021/22 plan, 50% done.")
}
