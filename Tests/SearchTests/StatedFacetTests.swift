import Content
import Search
import TestFixtures
import Testing

/// Issue 11: `stated:` filters by the status a response states in its own words.
@Suite struct StatedFacetTests {
    func numbers(_ query: String, in name: String) throws -> [String] {
        let index = SearchIndex(document: try FixtureFile.named(name).parse())
        let result = index.run(try SearchQuery(parsing: query))
        return result.recommendations.map { index.document.recommendations[$0].heading }
    }

    @Test func statedStatusesFilter() throws {
        #expect(try numbers("should stated:rejected", in: "kingsmere-numbered-agreed.txt") == ["3."])
        #expect(try numbers("should stated:partially-accepted", in: "ashby-letter-codes.txt") == ["PR1."])
        #expect(try numbers("should stated:\"not started\" stated:agreed", in: "ashby-letter-codes.txt") == ["E1.", "PR2."])
        #expect(try numbers("should -stated:amber", in: "fenwick-number-words.txt") == ["Recommendation Two:", "Recommendation Three"])
        #expect(try numbers("should stated:accepted", in: "lowmoor-paragraph-numbers.txt") == [])
    }
}
