import Content
import Reports
import Search
import Testing

/// `casebook search` counts Characters in its output, whatever places count.
@Suite struct SearchReportPlaceTests {
    static let accented = ReviewParser.parse("""
        Recommendation 1

        東京 and the café’s “naïve” army: the Agency’s army.

        Action Taken:

        The army — Ñandú — will report by March 2025.
        """, source: "accents")

    func result(_ query: String, in document: ReviewDocument) throws -> SearchResult {
        SearchIndex(document: document).run(try SearchQuery(parsing: query))
    }

    @Test func commandLineOutputCountsCharactersAsBefore() throws {
        let found = try result("army", in: Self.accented)
        let lines = SearchReport.lines(for: found, in: Self.accented, width: 100, marks: .brackets)
        #expect(lines[0].hasSuffix("東京 and the café’s “naïve” [[army]]: the Agency’s army."))
        #expect(lines[1].hasSuffix("東京 and the café’s “naïve” army: the Agency’s [[army]]."))
        let records = SearchMatchRecord.records(for: found, in: Self.accented, file: "accents")
        for record in records {
            #expect(Array(record.text)[record.start..<record.end].map(String.init).joined() == "army")
        }
        #expect(records.map(\.start) == [26, 45, 4])
    }
}
