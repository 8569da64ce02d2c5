import Content
import Foundation
import TestFixtures
import Testing
@testable import Formats

/// The PDF reader over the generated fixtures (Scripts/fixtures/make-pdf-fixtures.py): what its
/// extraction guarantees (lines, roles, furniture), and what the parsed document holds today.
@Suite struct PDFReaderTests {
    @Test(arguments: PDFFixture.withExpectations)
    func matchesItsSidecar(_ fixture: PDFFixture) throws {
        let expected = try fixture.expectation()
        let extracted = try fixture.extracted()
        let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let title = expected.declaredTitle { #expect(extracted.declaredTitle == title) }
        if let headings = expected.headings {
            let actual = extracted.roles.sorted { $0.key < $1.key }.compactMap { line, role -> PDFExpectation.Heading? in
                guard case .heading(let level) = role else { return nil }
                return PDFExpectation.Heading(level: level, text: lines[line - 1])
            }
            #expect(actual == headings)
        }
        if let rows = expected.tableRows {
            let actual = extracted.roles.sorted { $0.key < $1.key }.compactMap { line, role -> PDFExpectation.TableRow? in
                guard case .tableRow(let header) = role else { return nil }
                return PDFExpectation.TableRow(header: header, cells: lines[line - 1].components(separatedBy: "\t"))
            }
            #expect(actual == rows)
        }
        if let furniture = expected.furniture {
            let counts = Dictionary(grouping: extracted.furniture, by: \.kind.rawValue).mapValues(\.count)
            #expect(counts == furniture, "\(extracted.furniture)")
        }
        for text in expected.lines ?? [] {
            #expect(lines.contains { $0.contains(text) }, "no line holds “\(text)”")
        }
        let document = try fixture.document()
        if let titleLines = expected.titleLines { #expect(document.titleLines == titleLines) }
        if let recommendations = expected.recommendations {
            let actual = document.recommendations.map {
                PDFExpectation.Recommendation(number: $0.number, responseLabel: $0.response?.label ?? "")
            }
            #expect(actual == recommendations)
        }
    }

    /// Every word the generator laid out, outside the page furniture, is in the model exactly as often.
    @Test(arguments: PDFFixture.readable)
    func nothingIsLost(_ fixture: PDFFixture) throws {
        let source = words(try fixture.sourceText())
        let model = modelWords(try fixture.document())
        #expect(source.count > 50)
        let counts = { (words: [String]) in Dictionary(words.map { ($0, 1) }, uniquingKeysWith: +) }
        let missing = counts(source).filter { counts(model)[$0.key] != $0.value }
        #expect(missing.isEmpty, "words whose count differs (word: count in source): \(missing.sorted { $0.key < $1.key }.prefix(20))")
    }

    @Test func aHyphenAtALineEndIsJoinedOrKept() {
        let joiner = PDFLineJoiner(texts: ["the well-being of children", "a coordinated plan"])
        #expect(joiner.join(["the safe-", "guarding lead"]) == "the safeguarding lead")
        #expect(joiner.join(["a multi-", "agency meeting"]) == "a multi-agency meeting")
        #expect(joiner.join(["their well-", "being"]) == "their well-being")
        #expect(joiner.join(["a co-", "ordinated plan"]) == "a coordinated plan")
        #expect(joiner.join(["the Anglo-", "Saxon"]) == "the Anglo-Saxon")
        #expect(joiner.join(["ends with a dash -", "and goes on"]) == "ends with a dash - and goes on")
    }

    @Test func pageNumbersAndTitlesAreToldApart() {
        for number in ["3", "Page 3", "Page 3 of 8", "- 12 -", "4 / 9"] { #expect(PDFFurniture.isPageNumber(number), "\(number)") }
        for text in ["3 children", "Page three", "2023"] where text != "2023" { #expect(!PDFFurniture.isPageNumber(text), "\(text)") }
        #expect(PDFTextReader.plausibleTitle("Kingsmere Partnership Response: Child T") == "Kingsmere Partnership Response: Child T")
        for title in ["Microsoft Word - Plan.docx", "ActionPlan_v3", "/home/k/report.pdf", "Untitled document", "", "Report"] {
            #expect(PDFTextReader.plausibleTitle(title) == nil, "\(title)")
        }
    }

    @Test func aMissingPopplerIsNamedWithItsPackage() {
        #expect(throws: LoadError("r.pdf: reading PDF needs the poppler library; install it with: apt-get install libpoppler-glib8")) {
            _ = try PDFPages.read(Data("%PDF-1.7\n".utf8), source: "r.pdf", poppler: nil)
        }
    }

    @Test(arguments: [
        ("scanned-no-text", "is a scanned PDF with no text layer; casebook needs a PDF with text (run it through OCR first)"),
        ("password-protected", "is a password-protected PDF; casebook cannot read it"),
        ("damaged", "is a damaged PDF ("),
    ])
    func unreadablePDFsAreOneLine(_ name: String, _ message: String) throws {
        let fixture = PDFFixture(name: name)
        #expect {
            _ = try DocumentOpener.parse(try fixture.data(), source: name + ".pdf")
        } throws: { error in
            guard let error = error as? LoadError else { return false }
            return error.message.hasPrefix("\(name).pdf: \(message)") && !error.message.contains("\n")
        }
    }
}
