@testable import Content
import TestFixtures
import Testing

/// Every word of the source, except recognised page furniture, appears in the model once and in order.
@Suite struct NothingLostTests {
    @Test func childJ() {
        let document = ChildJ.document
        expectSameWords(document, source: ChildJ.text)
    }

    @Test(arguments: FixtureFile.all)
    func fixture(_ fixture: FixtureFile) throws {
        expectSameWords(try fixture.parse(), source: try fixture.text())
    }

    /// Issue 14: CR-only line endings with three title lines, a lettered line with no text ("x."), and
    /// list markers ("1.", "2)", "c)", "(1)") are all words of the source, kept where they stand.
    @Test func crOnlyTitleLinesEmptyLettersAndMarkers() {
        let source = [
            "Anytown Partnership", "", "A second line", "", "Response to the review of Child Q", "",
            "Recommendation 1", "The board should act:", "x.", "1. first", "2) second", "c) third",
            "a) A part.", "(1) numbered in brackets", "Action Taken:", "Done.",
        ].joined(separator: "\r")
        let document = ReviewParser.parse(source, source: "cr.txt", explaining: true)
        #expect(document.titleLines == ["Anytown Partnership", "A second line", "Response to the review of Child Q"])
        expectSameWords(document, source: source)
        // What cannot be a part here is kept as a list item where it stands, and `check` says so.
        #expect(document.warnings.contains { $0.line == 9 && $0.message.contains("\"x.\"") })
        #expect(document.warnings.contains { $0.line == 12 && $0.message.contains("\"c)\"") })
    }

    /// Shrunk from a property (issue 14): a fixture with its first line repeated, byte-order mark and all,
    /// as when two files are joined; the second mark is layout, and no word goes with it.
    @Test func aByteOrderMarkMidTextLosesNoWord() throws {
        let text = try FixtureFile.named("northbridge-child-m-paged.txt").text()
        let firstLine = try #require(text.split(separator: "\n").first)
        let joined = firstLine + "\n" + text
        expectSameWords(ReviewParser.parse(joined, source: "joined", explaining: true), source: joined)
    }

    /// The check itself notices a lost paragraph and says where.
    @Test func aLostParagraphIsReported() throws {
        var document = ChildJ.document
        try #require(document.introduction.count > 1)
        document.introduction.remove(at: 1)
        let mismatch = try #require(wordMismatch(model: modelWords(document), source: sourceWords(ChildJ.text, minus: [])))
        #expect(mismatch.contains("⟦This⟧"), "\(mismatch)")
        #expect(mismatch.contains("⟦The⟧"), "\(mismatch)")
    }

    @Test func furnitureLinesAreLeftOutOfTheSource() {
        let text = "One two.\n\nPage 1 of 2\n\u{0C}Header line\nthree"
        let furniture = [FurnitureLine(line: 3, text: "Page 1 of 2", kind: .pageNumber),
                         FurnitureLine(line: 4, text: "", kind: .pageBreak),
                         FurnitureLine(line: 4, text: "Header line", kind: .runningHeader)]
        #expect(sourceWords(text, minus: furniture) == ["One", "two.", "three"])
        #expect(sourceWords("\u{FEFF}a\r\nb\rc", minus: [FurnitureLine(line: 2, text: "b", kind: .pageNumber)]) == ["a", "c"])
    }

    private func expectSameWords(_ document: ReviewDocument, source: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let table = tableLines(document)
        let sourceWords = sourceWords(source, minus: document.furniture, tableLines: table)
        #expect(!sourceWords.isEmpty, sourceLocation: sourceLocation)
        if table.isEmpty {
            if let mismatch = wordMismatch(model: modelWords(document), source: sourceWords) {
                Issue.record("\(document.source): \(mismatch)", sourceLocation: sourceLocation)
            }
            return
        }
        // A table's cells run side by side, so its words are not in reading order: each word once
        // over the whole document, and each row's words in the recommendation it became.
        if let mismatch = wordMismatch(model: modelWords(document).sorted(), source: sourceWords.sorted()) {
            Issue.record("\(document.source) (sorted): \(mismatch)", sourceLocation: sourceLocation)
        }
        let lines = SourceText(source)
        for rule in document.lineRules where rule.shape == .tableRow {
            let rowWords = (rule.lines.first...rule.lines.last).flatMap { words(lines.text(ofLine: $0)) }.filter { $0 != "/" }
            guard let row = document.recommendations.first(where: { $0.lines == rule.lines }) else {
                Issue.record("\(document.source): no recommendation for the row at \(rule.lines)", sourceLocation: sourceLocation)
                continue
            }
            if let mismatch = wordMismatch(model: tableRowWords(row).sorted(), source: rowWords.sorted()) {
                Issue.record("\(document.source) row at \(rule.lines): \(mismatch)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// Where the model says text came from matches the source.
@Suite struct SourceLineTests {
    static let documents: [String] = ["Child J"] + FixtureFile.all.map(\.name)

    private func load(_ name: String) throws -> (ReviewDocument, SourceText) {
        if name == "Child J" { return (ChildJ.document, SourceText(ChildJ.text)) }
        let fixture = try FixtureFile.named(name)
        return (try fixture.parse(), SourceText(try fixture.text()))
    }

    /// Blocks come in source order and lie within the text.
    @Test(arguments: documents)
    func blocksAreInOrder(_ name: String) throws {
        let (document, source) = try load(name)
        var previous = 0
        for block in document.allBlocks {
            #expect(block.lines.first >= 1 && block.lines.last <= source.count, "\(block.lines) outside the text: \(block.plainText.prefix(60))")
            #expect(block.lines.first >= previous, "block at \(block.lines) comes before the previous block (line \(previous)): \(block.plainText.prefix(60))")
            previous = block.lines.first
        }
    }

    /// A paragraph's first word is on its first line and its last word on its last line; likewise list items.
    @Test(arguments: documents)
    func blockSpansFitTheirText(_ name: String) throws {
        let (document, source) = try load(name)
        func expectEnds(of text: String, within span: SourceSpan) {
            let textWords = words(text)
            guard let first = textWords.first, let last = textWords.last else { return }
            #expect(words(source.text(ofLine: span.first)).contains(first),
                    "“\(first)” is not on line \(span.first) (span of “\(text.prefix(50))”)")
            #expect(words(source.text(ofLine: span.last)).contains(last),
                    "“\(last)” is not on line \(span.last) (span of “…\(text.suffix(50))”)")
        }
        for block in document.allBlocks {
            if block.kind == .list {
                for item in block.items {
                    expectEnds(of: item.marker + " " + item.fullText, within: item.lines)
                    #expect(block.lines.contains(line: item.lines.first) && block.lines.contains(line: item.lines.last),
                            "item at \(item.lines) outside its list at \(block.lines)")
                }
            } else {
                expectEnds(of: block.text, within: block.lines)
            }
        }
    }

    /// Page numbers and running headers name a line that says exactly that.
    @Test(arguments: documents)
    func furnitureNamesItsLine(_ name: String) throws {
        let (document, source) = try load(name)
        for furniture in document.furniture where furniture.kind != .pageBreak {
            #expect(words(source.text(ofLine: furniture.line)) == words(furniture.text),
                    "furniture \(furniture) but line \(furniture.line) is “\(source.text(ofLine: furniture.line))”")
        }
    }
}
