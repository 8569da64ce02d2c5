import Content
import Reports
import Search
import Testing
import TestFixtures

/// `casebook search` counts Characters in its output, whatever places count.
@Suite struct SearchReportPlaceTests {
    @Test func commandLineOutputCountsCharactersAsBefore() throws {
        let found = SearchIndex(document: MultiByteSample.accented).run(try SearchQuery(parsing: "army"))
        let lines = SearchReport.lines(for: found, in: MultiByteSample.accented, width: 100, marks: .brackets)
        #expect(lines[0].hasSuffix("東京 and the café’s “naïve” [[army]]: the Agency’s army."))
        #expect(lines[1].hasSuffix("東京 and the café’s “naïve” army: the Agency’s [[army]]."))
        let records = SearchMatchRecord.records(for: found, in: MultiByteSample.accented, file: "accents")
        for record in records {
            #expect(Array(record.text)[record.start..<record.end].map(String.init).joined() == "army")
        }
        #expect(records.map(\.start) == [26, 45, 4])
    }
}
