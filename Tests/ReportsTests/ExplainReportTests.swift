import Content
import Reports
import TestFixtures
import Testing

/// `check --explain`: one line per block, what it was read as and why.
@Suite struct ExplainReportTests {
    @Test func childJHeadingsLabelsAndParts() {
        let lines = ExplainReport.lines(for: ChildJ.document, name: "child-j.txt", width: 120)
        #expect(lines[0].hasPrefix("child-j.txt: how each line was read (lines of the file)"))
        #expect(lines.contains { $0.contains("  17  recommendation 1") && $0.contains("(heading \"Recommendation N\")") })
        #expect(lines.contains { $0.contains("response label 1") && $0.contains("\"Action Taken:\"") })
        #expect(lines.contains { $0.contains("part 3a") && $0.contains("(lettered marker \"a)\")") })
        #expect(lines.contains { $0.contains("title") })
    }

    @Test func tableRowsAndHeaders() throws {
        let document = try FixtureFile.named("brookfield-child-s-action-plan-slashes.txt").parse()
        let lines = ExplainReport.lines(for: document, name: "b.txt", extractedFrom: "PDF", width: 100)
        #expect(lines[0].contains("extracted from the PDF file"))
        #expect(lines.contains { $0.contains("table header") && $0.contains("column names") })
        #expect(lines.contains { $0.contains("recommendation 2") && $0.contains("table row") })
    }

    @Test func furnitureAndHintsAreNamed() throws {
        let paged = try FixtureFile.named("northbridge-child-m-paged.txt").parse()
        #expect(ExplainReport.lines(for: paged, name: "n.txt").contains { $0.contains("furniture") })
        let hinted = try FixtureFile.named("harbourside-adolescent-exploitation-e-numbered.txt").parse()
        let lines = ExplainReport.lines(for: hinted, name: "h.txt")
        #expect(lines[1] == "  hints: --recommendations 'E\\d+\\.'")
        #expect(lines.contains { $0.contains("recommendation 3") && $0.contains("(hint --recommendations)") })
    }

    @Test func controlCharactersAreShownNotSent() {
        let document = ReviewParser.parse("Title\u{1B}[31m\n\nRecommendation 1\nDo \u{1B}]0;x\u{07} it.\nAction taken: done.", source: "x")
        for line in ExplainReport.lines(for: document, name: "x\u{1B}") {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
    }
}
