@testable import Content
import TestFixtures
import Testing

/// Codes as documents write them ("E1", "PR1") name their own recommendation, though numbers repeat across series.
@Suite struct ItemCodeTests {
    @Test func parsesCodesAndNotBareNumbers() {
        #expect(ItemCode(parsing: "PR1")?.description == "PR1")
        #expect(ItemCode(parsing: "pr 2b")?.description == "PR2b")
        #expect(ItemCode(parsing: "E1.")?.description == "E1")
        #expect(ItemCode(parsing: "1") == nil)
        #expect(ItemCode(parsing: "ABCD1") == nil)
        #expect(ItemCode(parsing: "PR1bc") == nil)
    }

    @Test func aCodeFindsItsSeriesNotTheFirstNumber() throws {
        let ashby = try FixtureFile.named("ashby-letter-codes.txt").parse()
        let code = try #require(ItemCode(parsing: "PR1"))
        let (index, occurrence) = try #require(ashby.locate(code))
        #expect(ashby.recommendations[index].series == "PR")
        #expect(ashby.recommendations[index].number == 1)
        #expect(occurrence == 1, "E1 is the first 1")
        #expect(ashby.locate(try #require(ItemCode(parsing: "E1")))?.occurrence == 0)
        #expect(ashby.locate(try #require(ItemCode(parsing: "X1"))) == nil)
    }

    @Test func rNInARecommendationNDocumentIsNotACode() {
        let document = ReviewParser.parse("Recommendation 3: Do better.\n\nThe board should act.\n", source: "r.txt")
        #expect(document.locate(ItemCode(parsing: "R3")!) == nil, "R3 is the id 3 there")
        #expect(document.contains(ItemID(parsing: "R3")!))
    }
}
