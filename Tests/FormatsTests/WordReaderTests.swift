import Content
import Foundation
import Testing
import TestFixtures
@testable import Formats

/// Word fixtures against their sidecars: the lines the reader extracts (markers materialised, tables a
/// row to a line, notes at the end) and what the parser makes of them today.
@Suite struct WordFixtureTests {
    @Test(arguments: WordFixture.readable)
    func matchesItsSidecar(_ fixture: WordFixture) throws {
        let actual = WordExpectation(try fixture.extracted(), try fixture.document())
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD_GOLDENS"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(actual).write(to: Self.sourceFixture(fixture.expectationURL.lastPathComponent))
            return
        }
        let expected = try fixture.expectation()
        #expect(actual.lines == expected.lines)
        #expect(actual.roles == expected.roles)
        #expect(actual.declaredTitle == expected.declaredTitle)
        #expect(actual.furniture == expected.furniture)
        #expect(actual.warnings == expected.warnings)
        #expect(actual.recommendations == expected.recommendations)
    }

    /// Where `CASEBOOK_RECORD_GOLDENS=1` writes a sidecar: the source tree, not the test bundle's copy.
    static func sourceFixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TestFixtures/Fixtures/docx/\(name)")
    }

    @Test func theResponseReadsAsWordShowsIt() throws {
        let extracted = try WordFixture(name: "northmoor-child-s-response.docx").extracted()
        let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false)
        // Automatic numbering: the level text "Recommendation %1:" and "(%2)", counted; bullets as "•".
        #expect(lines.contains("Recommendation 2: Escalation"))
        #expect(lines.contains("(c) the partnership receives a yearly report on escalations."))
        #expect(lines.contains("• escalation when a plan drifts;"))
        // The items of one list stand on consecutive lines.
        let first = try #require(lines.firstIndex(of: "(a) front-line staff know when to escalate a concern;"))
        #expect(lines[first + 1].hasPrefix("(b) "))
        // Tracked changes accepted; a field's shown text; a non-breaking hyphen; a footnote where it stands.
        #expect(extracted.text.contains("chairs check it before the meeting closes.[2]"))
        #expect(!extracted.text.contains("are reminded of it"))
        #expect(extracted.text.contains("published at example.org/escalation."))
        #expect(!extracted.text.contains("HYPERLINK"))
        #expect(extracted.text.contains("a nine-year-old"))
        #expect(lines.suffix(5) == ["Footnotes", "", "[1] Child S is not her real initial; the family chose it.", "",
                                   "[2] The template was changed in September 2023."])
        // Headers and footers are furniture, the page number field by its shown text.
        #expect(extracted.furniture.map(\.text) == ["Northmoor SCP – OFFICIAL", "Page 1"])
        #expect(!extracted.text.contains("OFFICIAL"))
        // "Microsoft Word - …" is no title; the Title-style paragraph is.
        #expect(extracted.declaredTitle == "Northmoor Safeguarding Children Partnership")
    }

    @Test func theActionPlanIsARowToALine() throws {
        let extracted = try WordFixture(name: "westmarsh-child-t-action-plan.docx").extracted()
        let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "Recommendation\tAction\tLead\tTarget date\tRAG"))
        #expect(extracted.roles[header + 1] == .tableRow(header: true))
        // A row whose cells ran over several paragraphs stays one line; the merged cell below is empty.
        #expect(lines[header + 2] == "1. Schools should refer to early help when attendance falls below 90%.\t"
            + "Write a referral pathway with the attendance team. Train designated safeguarding leads on the pathway. (i) Audit ten referrals.\t"
            + "Head of Early Help\tJune 2024\tAmber")
        #expect(lines[header + 3] == "\tAdd attendance to the early help dashboard.\tPerformance Lead\tApril 2024\tGreen")
        #expect(extracted.roles[header + 3] == .tableRow(header: false))
        // A row spanning the columns keeps the table's five columns; a Wingdings tick is a tick.
        #expect(lines[header + 1] == "Theme 1: Early help\t\t\t\t")
        #expect(lines[header + 4].hasSuffix("\tComplete ✓"))
        #expect(extracted.declaredTitle == "Westmarsh Child T action plan")
    }

    @Test func theRAGColumnIsEachRowsStatedStatus() throws {
        let fixture = WordFixture(name: "westmarsh-child-t-action-plan.docx")
        let document = try DocumentOpener.parse(try fixture.data(), source: "westmarsh.docx")
        // "Complete ✓" is a status cell's word with a tick, not the start of a sentence.
        #expect(document.recommendations.map { $0.response?.statedStatus?.kind } == [.amber, .complete])
    }
}

/// Damaged, protected and empty files: one line each, naming the file and what is wrong.
@Suite struct WordRefusalTests {
    private func message(_ data: Data, _ name: String) -> String? {
        do {
            _ = try DocumentOpener.parse(data, source: name)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func damagedPackages() throws {
        #expect(message(try WordFixture(name: "damaged-truncated.docx").data(), "t.docx")
            == "t.docx: is a damaged Word document (not a readable ZIP package)")
        #expect(message(try WordFixture(name: "damaged-malformed-xml.docx").data(), "m.docx")
            == "m.docx: is a damaged Word document (word/document.xml is not well-formed XML at line 2)")
    }

    @Test func aPackageWithoutItsDocumentPart() throws {
        let data = try WordPackageBuilder(["word/styles.xml": "<w:styles/>", "other/word/document.xml": "<x/>"]).data()
        #expect(message(data, "a.docx") == "a.docx: is a damaged Word document (no word/document.xml in the package)")
    }

    @Test func aDocumentWithNoText() throws {
        let data = try WordPackageBuilder.document("<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>").data()
        #expect(message(data, "e.docx") == "e.docx: is a Word document with no text")
    }

    @Test func aPasswordProtectedDocx() {
        let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        #expect(message(compound, "plan.docx")?.hasPrefix("plan.docx: is a password-protected Word document") == true)
        #expect(message(compound, "old.doc")?.hasPrefix("old.doc: is an old-format Word (.doc) file") == true)
    }

    @Test func unclosedElementsAreMalformed() {
        #expect(throws: XMLTree.Malformed.self) { try XMLTree.parse(Data("<a><b>".utf8)) }
        #expect(throws: XMLTree.Malformed.self) { try XMLTree.parse(Data("<a><b>x</a>".utf8)) }
        #expect(throws: XMLTree.Malformed.self) { try XMLTree.parse(Data("".utf8)) }
    }
}
