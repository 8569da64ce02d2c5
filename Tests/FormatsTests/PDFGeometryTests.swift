import Content
import Testing
@testable import Formats

/// The PDF reader's rules on made-up page geometry (points, y down from the top of an A4 page).
@Suite struct PDFGeometryTests {
    static func row(_ page: Int, _ top: Double, _ cells: [(x: Double, text: String)], size: Double = 10, bold: Bool = false) -> PDFRow {
        PDFRow(fragments: cells.map {
            PDFFragment(text: $0.text, x1: $0.x, x2: $0.x + Double($0.text.count) * size * 0.45, top: top, bottom: top + size,
                        size: size, bold: bold)
        }, page: page)
    }

    static func write(_ pages: [[PDFRow]]) -> ExtractedText {
        let kinds = PDFFurniture.kinds(pages, heights: pages.map { _ in 842 })
        var writer = PDFTextWriter(pieces: PDFTextReader.pieces(pages, kinds))
        return writer.write()
    }

    @Test func aTableRunningOnToTheNextPageStaysOneTable() {
        let columns: [Double] = [70, 200, 400]
        func cells(_ texts: [String]) -> [(x: Double, text: String)] { Array(zip(columns, texts)).map { ($0, $1) } }
        let first = [Self.row(0, 100, cells(["Recommendation", "Action", "Lead"]), bold: true),
                     Self.row(0, 130, cells(["1. Share data", "Weekly reports", "Education"])),
                     Self.row(0, 160, cells(["2. Supervise", "Toolkit in supervision", "Social care"]))]
        let second = [Self.row(1, 100, cells(["3. Fathers", "Audit of assessments", "Quality"])),
                      Self.row(1, 140, [(70, "Actions rated Red go to the Executive.")])]
        let extracted = Self.write([first, second])
        let lines = extracted.text.components(separatedBy: "\n")
        #expect(lines.contains("3. Fathers\tAudit of assessments\tQuality"), "\(lines)")
        let rows = extracted.roles.values.filter { if case .tableRow = $0 { return true } else { return false } }
        #expect(rows.count == 4)
        #expect(extracted.furniture.map(\.kind) == [.pageBreak])
    }

    /// Two columns of prose are read down the left, then down the right, a sentence running on from
    /// one to the other; the full-width lines above and below stay where they are.
    @Test func twoColumnsAreReadColumnByColumn() {
        let left = ["The review looked at the", "year before the incident", "and at how the agencies", "shared what they knew",
                    "about the adults around"]
        let right = ["the boy. Each agency", "waited for another to", "call a meeting, and the", "referral described his",
                     "behaviour, not the risk."]
        var rows = [Self.row(0, 80, [(70, "A briefing for practitioners in every agency of the partnership.")])]
        for (index, pair) in zip(left, right).enumerated() {
            rows.append(Self.row(0, 100 + Double(index) * 13, [(70, pair.0), (200, pair.1)]))
        }
        rows.append(Self.row(0, 200, [(70, "Questions for your team.")], bold: true))
        let text = Self.write([rows]).text
        #expect(text == "A briefing for practitioners in every agency of the partnership.\n\n"
            + (left + right).joined(separator: " ") + "\n\nQuestions for your team.", "\(text)")
    }

    /// A table of two columns as wide as each other, under a short bold header row, is still a table.
    @Test func aTableOfTwoEvenColumnsIsNotTwoColumnsOfProse() {
        var rows = [Self.row(0, 100, [(70, "Recommendation"), (200, "Response")], bold: true)]
        for index in 1...5 {
            rows.append(Self.row(0, 100 + Double(index) * 20, [(70, "\(index). Agencies share data"), (200, "Agreed. Data is shared weekly")]))
        }
        let extracted = Self.write([rows])
        #expect(extracted.text.components(separatedBy: "\n").contains("3. Agencies share data\tAgreed. Data is shared weekly"), "\(extracted.text)")
        #expect(extracted.roles.count == 6)
    }

    @Test func aParagraphRunsOnAcrossAPageOnlyWhenItsSentenceDoes() {
        let first = [Self.row(0, 700, [(70, "The audit found that the")]), Self.row(0, 713, [(70, "records were")])]
        let second = [Self.row(1, 100, [(70, "complete in most cases.")]), Self.row(1, 130, [(70, "A second audit follows.")])]
        #expect(Self.write([first, second]).text == "The audit found that the records were complete in most cases.\n\nA second audit follows.")
        let ended = [Self.row(0, 700, [(70, "The audit is complete.")])]
        let fresh = [Self.row(1, 100, [(70, "The Partnership thanks the family.")])]
        #expect(Self.write([ended, fresh]).text == "The audit is complete.\n\nThe Partnership thanks the family.")
    }

    @Test func onlyWhatRepeatsInTheMarginsIsARunningHeader() {
        let pages = (0..<3).map { page in
            [Self.row(page, 40, [(70, "Harrowfield Partnership response")], size: 8),
             Self.row(page, page == 0 ? 60 : 300, [(70, page == 0 ? "A heading in the margin" : "Body text on page \(page + 1).")]),
             Self.row(page, 800, [(500, "\(page + 1)")], size: 8)]
        }
        let extracted = Self.write(pages)
        #expect(extracted.furniture.filter { $0.kind == .runningHeader }.map(\.text) == Array(repeating: "Harrowfield Partnership response", count: 3))
        #expect(extracted.furniture.filter { $0.kind == .pageNumber }.map(\.text) == ["1", "2", "3"])
        #expect(extracted.text.hasPrefix("A heading in the margin"))
    }

    @Test func largerOrBoldTypeIsAHeadingButALabelIsNot() {
        let page = [Self.row(0, 100, [(70, "Partnership Response")], size: 16, bold: true),
                    Self.row(0, 140, [(70, "Recommendation 1")], bold: true),
                    Self.row(0, 170, [(70, "Action Taken:")], bold: true),
                    Self.row(0, 200, [(70, "The partners met in May and agreed a plan for the summer.")])]
        let extracted = Self.write([page])
        #expect(extracted.roles == [1: .heading(level: 1), 3: .heading(level: 2)])
        #expect(extracted.text.contains("\n\nAction Taken:\n\nThe partners met"))
    }
}

extension PDFGeometryTests {
    @Test func listItemsAndParagraphNumbersStartTheirOwnLines() {
        for text in ["• Early help", "1. Share data", "a) the school", "(iv) the police", "2.1 Recommendation 1", "3.2. Naming"] {
            #expect(PDFTextWriter.startsListItem(text), "\(text)")
        }
        for text in ["3 children were seen", "2024 was the year", "A.1 Licence", "Partnership"] {
            #expect(!PDFTextWriter.startsListItem(text), "\(text)")
        }
    }
}
