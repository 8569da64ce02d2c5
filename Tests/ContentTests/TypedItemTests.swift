@testable import Content
import TestFixtures
import Testing

/// What `show` and `present --only/--from` make of a typed id or code, in a document where E2 and PR2
/// are both numbered 2 and in one of plain numbers.
@Suite struct TypedItemTests {
    static let ashby = try! FixtureFile.named("ashby-letter-codes.txt").parse()

    @Test func codesNameTheirOwnRecommendationAndNumbersTheFirst() {
        let pr2 = ItemID(number: 2, series: "PR")
        #expect(Self.ashby.item(typed: "PR2") == .found(key: pr2, index: 3))
        #expect(Self.ashby.item(typed: "pr2") == .found(key: pr2, index: 3))
        #expect(Self.ashby.item(typed: " PR1 ") == .found(key: ItemID(number: 1, series: "PR"), index: 2))
        // E2 is the first numbered 2: its key is plain 2, as a bare 2 is.
        #expect(Self.ashby.item(typed: "E2") == .found(key: ItemID(number: 2), index: 1))
        #expect(Self.ashby.item(typed: "2") == .found(key: ItemID(number: 2), index: 1))
    }

    @Test func whatTheDocumentLacksIsNamedAsTyped() {
        #expect(Self.ashby.item(typed: "PR9") == .missing(name: "PR9", recommendationIndex: nil))
        #expect(Self.ashby.item(typed: "X1") == .missing(name: "X1", recommendationIndex: nil))
        #expect(Self.ashby.item(typed: "9") == .missing(name: "9", recommendationIndex: nil))
        #expect(Self.ashby.item(typed: "PR2z") == .missing(name: "PR2z", recommendationIndex: 3), "only the part is missing")
        #expect(Self.ashby.item(typed: "two") == .notAnID)
        #expect(!TypedItem.couldName("two") && TypedItem.couldName("PR2") && TypedItem.couldName("5b"))
    }

    @Test func rNAndPartsInAPlainNumberedDocument() {
        let document = ReviewParser.parse("""
            Recommendation 3: Do better.

            The board should (a) act and (b) report.
            """, source: "r.txt")
        #expect(document.item(typed: "R3") == .found(key: ItemID(number: 3), index: 0))
        #expect(document.item(typed: "3") == .found(key: ItemID(number: 3), index: 0))
        #expect(document.item(typed: "PR3") == .missing(name: "PR3", recommendationIndex: nil))
    }
}
