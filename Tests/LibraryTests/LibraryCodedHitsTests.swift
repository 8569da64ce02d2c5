import Content
import Foundation
@testable import Library
import Search
import Testing

/// A review numbering its recommendations in two coded series (E1, E2, PR1, PR2): a match in PR2 is
/// named PR2 across the library, not the 2 that E2 also has.
@Suite struct LibraryCodedHitsTests {
    private func library() throws -> (ScratchLibrary, LibraryStore, Int) {
        let scratch = try ScratchLibrary()
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add([try scratch.copy(fixture: "ashby-letter-codes.txt")])
        let ashby = try #require(try store.listing().first { $0.source.hasSuffix("ashby-letter-codes.txt") }?.id)
        return (scratch, store, ashby)
    }

    @Test func aMatchInPR2IsNamedPR2AndOneInE2IsNamedE2() throws {
        let (scratch, store, ashby) = try library()
        defer { scratch.remove() }
        // "immunisation" is only in PR2, "chronic" only in E2: both are recommendation 2.
        let pr2 = try store.search(SearchQuery(parsing: "immunisation")).groups.flatMap(\.matches).map(\.hit)
        #expect(pr2.map(\.code) == ["PR2"])
        #expect(pr2.first?.item == ItemID(number: 2) && pr2.first?.series == "PR")
        let e2 = try store.search(SearchQuery(parsing: "chronic")).groups.flatMap(\.matches).map(\.hit)
        #expect(e2.map(\.code) == ["E2"])
        // The library screen's page, and the plain search, name them alike.
        let page = try store.searchPage("immunisation", reviews: 5, hitsPerReview: 5)
        #expect(page.hits.map(\.code) == ["PR2"] && page.hits.first?.document == ashby)
        #expect(try store.search("chronic", limit: 5).map(\.code) == ["E2"])
    }

    @Test func aResponseIsNamedByItsRecommendationsCode() throws {
        let (scratch, store, _) = try library()
        defer { scratch.remove() }
        let matches = try store.search(SearchQuery(parsing: "\"integrated care board\"")).groups.flatMap(\.matches)
        #expect(matches.map(\.hit.code) == ["PR2"] && matches.map(\.zone) == ["response"])
    }

    @Test func anIdFacetTellsTheCodesApartAndABareNumberTakesEither() throws {
        let (scratch, store, _) = try library()
        defer { scratch.remove() }
        func codes(_ query: String) throws -> [String?] {
            try store.search(SearchQuery(parsing: query)).groups.flatMap(\.matches).map(\.hit.code)
        }
        #expect(try codes("immunisation id:PR2") == ["PR2"])
        #expect(try codes("immunisation id:E2").isEmpty)
        #expect(try codes("chronic id:2") == ["E2"])
        #expect(try codes("immunisation id:2") == ["PR2"])
    }

    @Test func theStoredItemSpellsTheCodeAndAnOlderRowsNumberStillReads() {
        #expect(PassageItem.written(series: "PR", number: 2, part: nil) == "PR2")
        #expect(PassageItem.written(series: "PR", number: 2, part: "b") == "PR2b")
        #expect(PassageItem.written(series: "", number: 5, part: "b") == "5b")
        #expect(PassageItem.parse("PR2b")?.id == ItemID(number: 2, part: "b") && PassageItem.parse("PR2b")?.series == "PR")
        // A row imported before codes were stored holds the number: named by it, as before.
        #expect(PassageItem.parse("2")?.id == ItemID(number: 2) && PassageItem.parse("2")?.series == "")
        let old = LibraryHit(document: 3, documentTitle: "", storedItem: "2", snippet: "", rank: 0)
        #expect(old.code == "2")
    }

    @Test func theMatricesRowsCarryEachRecommendationsCode() throws {
        let (scratch, store, ashby) = try library()
        defer { scratch.remove() }
        #expect(try store.recommendations(of: [ashby]).map(\.code) == ["E1", "E2", "PR1", "PR2"])
    }
}
