import Content
import Reports
import TestFixtures
import Testing

/// `check --explain`: one line per block, what it was read as and why.
@Suite struct ExplainReportTests {
    @Test func childJHeadingsLabelsAndParts() {
        let lines = ExplainReport.lines(for: ChildJ.document, name: "child-j.txt", width: 120)
        #expect(lines[0].hasPrefix("child-j.txt: how each line was read (lines of the file)"))
        #expect(lines.contains { $0.contains("  17  recommendation 1") && $0.contains("(heading 'Recommendation 1") })
        #expect(lines.contains { $0.contains("response label 1") && $0.contains("\"Action Taken:\"") })
        #expect(lines.contains { $0.contains("part 3a") && $0.contains("(lettered 'a)')") })
        #expect(lines.contains { $0.contains("title") })
    }

    @Test func codedRecommendationsAreNamedAsWritten() throws {
        // E2 and PR2 are both numbered 2: each is named by its code.
        let lines = ExplainReport.lines(for: try FixtureFile.named("ashby-letter-codes.txt").parse(), name: "a.txt", width: 100)
        #expect(lines.contains { $0.contains("recommendation E2 ") && $0.contains("\"E2.") })
        #expect(lines.contains { $0.contains("recommendation PR2 ") && $0.contains("\"PR2.") })
        #expect(lines.contains { $0.contains("response label PR1 ") })
    }

    @Test func tableRowsAndHeaders() throws {
        let document = try FixtureFile.named("brookfield-child-s-action-plan-slashes.txt").parse()
        let lines = ExplainReport.lines(for: document, name: "b.txt", extractedFrom: "PDF", width: 100)
        #expect(lines[0].contains("extracted from the PDF file"))
        #expect(lines.contains { $0.contains("table header") && $0.contains("column names") })
        #expect(lines.contains { $0.contains("recommendation 2") && $0.contains("table row") })
    }

    @Test func furnitureAndHintsAreNamed() throws {
        // The items of an inline list share a line: each row is read as its own recommendation.
        let inline = ExplainReport.lines(for: try FixtureFile.named("dunmore-inline-that-list.txt").parse(), name: "d.txt", width: 80)
        #expect(inline.contains { $0.contains("recommendation 2") && $0.contains("\"that maternity") && $0.hasSuffix("(inline list item 2, up to its ';')") })
        let paged = try FixtureFile.named("northbridge-child-m-paged.txt").parse()
        #expect(ExplainReport.lines(for: paged, name: "n.txt").contains { $0.contains("furniture") })
        let hinted = try FixtureFile.named("harbourside-adolescent-exploitation-e-numbered.txt").parse()
        let lines = ExplainReport.lines(for: hinted, name: "h.txt")
        #expect(lines[1] == "  hints: --recommendations 'E\\d+\\.'")
        #expect(lines.contains { $0.contains("recommendation 3") && $0.contains("(hint --recommendations)") })
    }

    /// Each reading names its rule, one line per block at 80 columns: the layouts' own rules and
    /// furniture with what was counted.
    @Test func rulesAreNamedOnOneLineAt80Columns() throws {
        let alternating = try FixtureFile.named("ravensholm-alternating-responses.txt").parse()
        let lines = ExplainReport.lines(for: alternating, name: "r.txt", width: 80)
        #expect(lines.contains { $0.contains("recommendation R3") && $0.hasSuffix("(coded 'R3.', a recommendation code)") })
        #expect(lines.contains { $0.contains("response R2") && $0.hasSuffix("(unlabelled; the document alternates)") })
        #expect(lines.contains { $0.contains("response R3") && $0.hasSuffix("(opens with 'Partially accepted')") })
        #expect(lines.contains { $0.contains("title") && $0.hasSuffix("(short line at the top)") })
        // Every block on one line of at most 80 columns: no rule pushed onto a line of its own.
        #expect(lines.dropFirst().allSatisfy { DisplayWidth.of($0) <= 80 && $0.hasSuffix(")") }, "\(lines.joined(separator: "\n"))")
        let subheadings = try FixtureFile.named("ashcombe-response-subheadings.txt").parse()
        let explained = ExplainReport.lines(for: subheadings, name: "a.txt", width: 80)
        #expect(explained.contains { $0.contains("heading in response 1") && $0.hasSuffix("(sub-heading inside the response)") })
        #expect(explained.contains { $0.contains("section heading") && $0.contains("Conclusion") })
        let paged = try FixtureFile.named("northbridge-child-m-paged.txt").parse()
        #expect(ExplainReport.lines(for: paged, name: "n.txt", width: 80).contains { $0.contains("furniture") && $0.contains("(running header on 3 of 4 pages)") })
    }

    /// Issue 14: each row was looked up against every place of the model, so 10,000 headings took 16 s
    /// (debug build). Every heading still gets its own row, read as its own recommendation.
    @Test func twentyThousandHeadingsEachReadAsTheirOwnRecommendation() {
        let count = 20_000
        let text = (1...count).map { "Recommendation \($0)" }.joined(separator: "\n\n")
        let lines = ExplainReport.lines(for: ReviewParser.parse(text, source: "h.txt", explaining: true), name: "h.txt", width: 100)
        let rows = lines.filter { $0.contains("(heading 'Recommendation ") }
        #expect(rows.count == count)
        #expect(zip(rows, 1...count).allSatisfy { row, number in
            row.hasPrefix("  " + String(2 * number - 1).leftPadded(to: 5) + "  recommendation \(number) ")
                && row.hasSuffix("\"Recommendation \(number)\"  (heading 'Recommendation \(number)')")
        })
    }

    @Test func controlCharactersAreShownNotSent() {
        let document = ReviewParser.parse("Title\u{1B}[31m\n\nRecommendation 1\nDo \u{1B}]0;x\u{07} it.\nAction taken: done.", source: "x", explaining: true)
        for line in ExplainReport.lines(for: document, name: "x\u{1B}") {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
