import Content
import Foundation
import Reports
import Testing

/// Issue 14: words the model kept but JSON and Markdown dropped: a middle title line, a lettered line
/// with no text, and the author's list markers.
@Suite struct OutputWordLossTests {
    static let source = [
        "Anytown Partnership", "", "A second line", "", "Response to the review of Child Q", "",
        "Recommendation 1", "The board should act:", "x.", "1. first", "2) second", "c) third",
        "a) A part.", "(1) numbered in brackets", "Action Taken:", "Done.",
    ].joined(separator: "\r")

    static var document: ReviewDocument { ReviewParser.parse(source, source: "cr.txt") }

    private func recommendationJSON() throws -> [String: Any] {
        let json = try JSONExporter.export(Self.document)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sections = try #require(root["sections"] as? [[String: Any]])
        return try #require((sections.first?["recommendations"] as? [[String: Any]])?.first)
    }

    @Test func everyTitleLineReachesJSONAndMarkdown() throws {
        let json = try JSONExporter.export(Self.document)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["titleLines"] as? [String] == ["Anytown Partnership", "A second line", "Response to the review of Child Q"])
        let markdown = MarkdownExporter.export(Self.document)
        #expect(markdown.hasPrefix("# Response to the review of Child Q\n\nAnytown Partnership\n\nA second line\n"))
    }

    @Test func listMarkersStayInTheJSONText() throws {
        let recommendation = try recommendationJSON()
        let text = try #require(recommendation["text"] as? String)
        for line in ["x.", "1. first", "2) second", "c) third"] {
            #expect(text.contains(line), "\(line) missing from \(text)")
        }
        let part = try #require((recommendation["parts"] as? [[String: Any]])?.first)
        #expect(part["marker"] as? String == "a)")
        #expect((part["text"] as? String)?.contains("(1) numbered in brackets") == true)
    }

    @Test func markdownKeepsNumbersAsWrittenAndLettersInTheItem() {
        let markdown = MarkdownExporter.export(Self.document)
        for line in ["- x.", "1. first", "2) second", "- c) third", "- (1) numbered in brackets"] {
            #expect(markdown.contains("\n" + line + "\n"), "\(line) missing from\n\(markdown)")
        }
        #expect(!markdown.contains("\n- \n"))
    }
}

/// Issue 14: a long word renders in one pass, every character kept, lines filled to the width.
@Test(.timeLimit(.minutes(4))) func aFourHundredKilobyteWordRendersWhole() {
    let word = String(repeating: "x", count: 400_000)
    let document = ReviewParser.parse("Org\n\nTitle\n\nRecommendation 1\n\(word)\nResponse:\nDone.\n", source: "word")
    let recommendation = document.recommendations[0]
    let lines = PlainTextRenderer(width: 80).render(recommendation).split(separator: "\n")
    let wordLines = lines.filter { $0.allSatisfy { $0 == "x" } }
    #expect(wordLines.count == 5_000)
    #expect(wordLines.allSatisfy { $0.count == 80 })
}
