@testable import Content
import Testing
@testable import Search
@testable import Reports

/// The `casebook search` lines and JSON records.
@Suite struct SearchReportTests {
    let document = DocumentLoader.builtInDocument()

    func lines(_ query: String, width: Int = 80) throws -> [String] {
        let result = SearchIndex(document: document).run(try SearchQuery(parsing: query))
        return SearchReport.lines(for: result, in: document, width: width, marks: .brackets)
    }

    @Test func eachMatchHasItsIdPlaceAndMarkedContext() throws {
        let found = try lines("reachable")
        #expect(found.count == 4)
        #expect(found[0].hasPrefix("3a    recommendation  "))
        #expect(found[3].hasPrefix("3     response        "))
        #expect(found.allSatisfy { $0.contains("[[reachable]]") })
        #expect(found.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func contextFitsNarrowWidthsAndKeepsTheMatch() throws {
        for width in [40, 60, 120] {
            for line in try lines("\"reachable moment\"", width: width) {
                #expect(line.contains("[[reachable moment]]"))
                // Below the room the id, place and match need, the line may run over; never above it.
                #expect(DisplayWidth.of(line) <= max(width, 46))
            }
        }
    }

    @Test func aWordNextToAC1ControlIsFoundAndTheControlStillShownVisibly() throws {
        let hostile = ReviewParser.parse("Recommendation 1\n\nEnsure \u{202E} reversed\u{009B} stuff.\n\nAction Taken:\n\nNone.\n", source: "x")
        let result = SearchIndex(document: hostile).run(try SearchQuery(parsing: "reversed"))
        let line = SearchReport.lines(for: result, in: hostile, width: 80, marks: .brackets).first ?? ""
        #expect(!line.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{009B}" })
        #expect(line.contains("<U+202E> [[reversed]]<U+009B> stuff"))
    }

    @Test func controlCharactersInTheDocumentAreNeutralisedBeforeMarking() throws {
        let hostile = ReviewParser.parse("Recommendation 1\n\nThe \u{1B}[31mred\u{1B}[0m army.\n\nAction Taken:\n\nNone.\n", source: "x")
        let result = SearchIndex(document: hostile).run(try SearchQuery(parsing: "army"))
        let line = SearchReport.lines(for: result, in: hostile, width: 80, marks: .brackets).first ?? ""
        #expect(!line.contains("\u{1B}"))
        #expect(line.contains("^[[31mred^[[0m [[army]]"))
    }

    @Test func recordsCarryIdPlaceLineAndOffsets() throws {
        let result = SearchIndex(document: document).run(try SearchQuery(parsing: "army"))
        let records = SearchMatchRecord.records(for: result, in: document, file: "child-j")
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.id == "3b")
        #expect(record.recommendation == 3)
        #expect(record.place == "recommendation")
        #expect(record.line == 43)
        #expect(Array(record.text)[record.start..<record.end].map(String.init).joined() == "army")
    }
}
