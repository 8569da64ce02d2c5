import Foundation
import Testing
@testable import Content
@testable import Learning
@testable import Reports

/// Issue 10: the derived learning leaves the screen — `commitments` as text, CSV and JSON, `show`
/// with its derived facts, the JSON export's `derived` object — and `check` groups repeated warnings.
@Suite struct DerivedOutputTests {
    static let document = DocumentLoader.builtInDocument()
    static let learning = LearningIndex(document: document)

    @Test func csvQuotesAsRFC4180AndNeverRunsAFormula() {
        let csv = CSVWriter.csv(header: ["a", "b"], rows: [
            ["plain", "with, comma"], ["say \"yes\"", "two\nlines"], ["=SUM(A1:A9)", "+1"], ["-2", "@cmd"], ["\u{1B}[31mred", ""],
        ])
        #expect(csv == "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"yes\"\"\",two lines\r\n'=SUM(A1:A9),'+1\r\n'-2,'@cmd\r\n^[[31mred,\r\n")
    }

    @Test func commitmentsAreEveryCommitmentWithItsFields() throws {
        let rows = CommitmentsReport.rows(Self.learning)
        #expect(rows.count == Self.learning.commitments.count)
        let first = try #require(rows.first)
        #expect(first.recommendation == "1")
        #expect(first.due == "Q3 of 2021/22")
        #expect(first.status == "under way")
        #expect(first.line == 27)
        let csv = CommitmentsReport.csv(rows)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "recommendation,sentence,owner,due,status,line")
        #expect(lines.count == rows.count + 2)
        #expect(lines[1].hasPrefix("1,A tracking process to review placement stability"))
        #expect(lines[1].hasSuffix(",,Q3 of 2021/22,under way,27"))
    }

    @Test func commitmentsOfSomeRecommendationsOnly() {
        let police = Self.learning.recommendationsMatching(facet: "agency", value: "police") ?? []
        let rows = CommitmentsReport.rows(Self.learning, only: police)
        #expect(!rows.isEmpty)
        #expect(Set(rows.map(\.recommendation)) == ["4"])
    }

    @Test func commitmentsJSONCarriesTheWordsThatMakeACommitment() throws {
        let json = try CommitmentsReport.json(CommitmentsReport.rows(Self.learning))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.first?["words"] as? String == "is currently being developed")
        #expect(rows.first?["owner"] is NSNull)
    }

    @Test func showSaysWhoItIsForItsThemesItsDerivedStatusAndWhatIsStillToDo() throws {
        let recommendation = try #require(Self.document.recommendation(ItemID(number: 10)))
        let text = PlainTextRenderer(width: 80).render(recommendation, learning: Self.learning.learning(for: 10))
        #expect(text.contains("\nFor: PSCP\n"))
        #expect(text.contains("\nThemes: "))
        #expect(text.contains("\nStatus (derived): in progress — ‘will carry’, line 160\n"))
        #expect(text.contains("\nStill to do (derived from the response):\n• [PSCP] The PSCP will carry out a practitioner's survey"))
        let six = try #require(Self.document.recommendation(ItemID(number: 6)))
        let part = try #require(six.part("b"))
        let shown = PlainTextRenderer(width: 80).render(part, of: six, learning: Self.learning.learning(for: 6))
        #expect(shown.contains("\nUnanswered: 6b, line 100: the response does not mention this part\n"))
    }

    @Test func showIntroIsTheTitleAndTheIntroduction() {
        let text = PlainTextRenderer(width: 80).renderIntroduction(of: Self.document)
        #expect(text.hasPrefix("Portsmouth Safeguarding Children Partnership\nResponse to the Recommendations"))
        #expect(text.contains("\nIntroduction\n------------\n\nThe case was referred"))
        #expect(!text.contains("Recommendation 1"))
    }

    @Test func theJSONExportKeepsWhatWasDerivedApartWithItsEvidence() throws {
        let json = try JSONExporter.export(Self.document)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let recommendations = (root["sections"] as? [[String: Any]] ?? []).flatMap { $0["recommendations"] as? [[String: Any]] ?? [] }
        let six = try #require(recommendations.first { $0["id"] as? String == "6" })
        let derived = try #require(six["derived"] as? [String: Any])
        let status = try #require(derived["status"] as? [String: Any])
        #expect(status["value"] as? String == "in progress")
        #expect((status["evidence"] as? [String: Any])?["line"] as? Int == 100)
        let unanswered = try #require(derived["unansweredParts"] as? [[String: Any]])
        #expect(unanswered.map { $0["id"] as? String } == ["6b"])
        let addressed = try #require(derived["addressedTo"] as? [[String: Any]])
        let evidence = try #require((addressed.first?["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["words"] as? String == "PSCP should")
        #expect(evidence["id"] as? String == "6a")
        #expect(evidence["line"] as? Int == 98)
        #expect((derived["themes"] as? [[String: Any]])?.isEmpty == false)
        #expect((derived["agenciesNamed"] as? [[String: Any]])?.contains { $0["namedIn"] as? String == "response" } == true)
        let ten = try #require(recommendations.first { $0["id"] as? String == "10" }?["derived"] as? [String: Any])
        let commitment = try #require((ten["commitments"] as? [[String: Any]])?.first)
        #expect((commitment["words"] as? [String: Any])?["words"] as? String == "will carry")
        #expect(commitment["status"] as? String == "promised")
        // The author's text stays where it was, untouched.
        #expect(six["text"] as? String == "")
        #expect(six["actions"] is [Any])
    }

    @Test func checkGroupsRepeatedWarningsIntoOneLineWithACountAndTheFirstPlaces() {
        let text = (0...1_000).map { "Recommendation \($0 * 2 + 1)\n\nThe board should act.\n\nResponse:\n\nDone.\n" }.joined(separator: "\n")
        let lines = CheckReport.lines(for: ReviewParser.parse(text, source: "gaps.txt"), name: "gaps.txt")
        let gaps = lines.filter { $0.contains("numbering gap") }
        #expect(gaps == ["  warning: numbering gap: Recommendation N missing before N (×1,000: line 9, line 17, line 25, …)"])
        // Three of a kind are still told one by one.
        let few = (0...3).map { "Recommendation \($0 * 2 + 1)\n\nThe board should act.\n\nResponse:\n\nDone.\n" }.joined(separator: "\n")
        let fewLines = CheckReport.lines(for: ReviewParser.parse(few, source: "few.txt"), name: "few.txt")
        #expect(fewLines.filter { $0.contains("numbering gap") }.count == 3)
    }

    /// Issue 14: a document of bare headings has two warnings for each, kept compact and grouped
    /// without holding every message at once; what `check` prints is as before.
    @Test func checkGroupsTheWarningsOfTwentyThousandBareHeadings() {
        let text = (1...20_000).map { "Recommendation \($0)" }.joined(separator: "\n\n")
        let document = ReviewParser.parse(text, source: "h.txt")
        #expect(document.warnings.count == 40_000)
        #expect(document.warnings.prefix(2).map(\.description) == [
            "line 1: Recommendation 1 has no text",
            "line 1: Recommendation 1 has no response (no \"Action Taken:\" or similar label)",
        ])
        #expect(CheckReport.lines(for: document, name: "h.txt") == [
            "h.txt: 1 section, 20,000 recommendations (1–20000), 0 parts, 0 response blocks",
            "  warning: Recommendation N has no text (×20,000: line 1, line 3, line 5, …)",
            "  warning: Recommendation N has no response (no \"…\" or similar label) (×20,000: line 1, line 3, line 5, …)",
            "  furniture removed: none",
        ])
    }

    @Test func warningKindsIgnoreNumbersAndQuotedWords() {
        #expect(WarningGroups.kind(of: "numbering gap: Recommendation 5–7 missing before 8") == "numbering gap: Recommendation N missing before N")
        #expect(WarningGroups.kind(of: "page furniture removed (page number): \"Page 12\"") == "page furniture removed (page number): \"…\"")
        #expect(WarningGroups.grouped(1_234_567) == "1,234,567")
    }
}
