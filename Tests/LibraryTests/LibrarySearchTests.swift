import Content
import Foundation
@testable import Library
import Search
import Testing

@Suite struct LibrarySearchTests {
    /// Three reviews: exclusion said often in one, once in another, not at all in the third.
    func library() throws -> (ScratchLibrary, LibraryStore, [String: Int]) {
        let scratch = try ScratchLibrary()
        let store = try scratch.open()
        let often = try scratch.write("often.txt", review(
            organisation: "Northmoor Safeguarding Partnership", title: "Response to the Review of Child A",
            opening: "The review was published in June 2020.",
            recommendations: [("Schools should reduce exclusion; exclusion and part-time timetables put children at risk of exclusion.",
                               "An exclusion protocol has been agreed with every school."),
                              ("The police should review missing episodes.", "The police will review them by March 2021.")]))
        let once = try scratch.write("once.txt", review(
            organisation: "Southvale Children's Partnership", title: "Response to the Review of Child B",
            opening: "The review was completed in April 2022.",
            recommendations: [("Health visitors should record fathers; one school used exclusion.", "Training has been delivered.")]))
        let never = try scratch.write("never.txt", review(
            organisation: "Eastcombe Partnership", title: "Response to the Review of Child C",
            opening: "Published in 2018.", recommendations: [("Housing should share information.", "A protocol is in place.")]))
        _ = try LibraryImporter(store: store).add([often, once, never])
        let ids = Dictionary(uniqueKeysWithValues: try store.listing().map { (($0.source as NSString).lastPathComponent, $0.id) })
        return (scratch, store, ids)
    }

    @Test func matchesAreRankedByBM25AndGroupedByDocumentWithCounts() throws {
        let (scratch, store, ids) = try library()
        defer { scratch.remove() }
        // The built-in Child J response (1) speaks of exclusion too.
        var result = try store.search(SearchQuery(parsing: "exclusion"))
        #expect(Set(result.groups.map(\.document)) == [ids["often.txt"]!, ids["once.txt"]!, 1])
        result.groups.removeAll { $0.document == 1 }
        #expect(result.groups.map(\.document) == [ids["often.txt"], ids["once.txt"]])
        #expect(result.groups[0].count == 2)  // the recommendation and its response
        #expect(result.groups[1].count == 1)
        #expect(result.groups[0].matches.map(\.hit.item) == [ItemID(number: 1), ItemID(number: 1)])
        #expect(result.groups[0].matches[0].hit.rank <= result.groups[0].matches[1].hit.rank)
        #expect(result.groups[0].matches[0].markedSnippet.contains("\u{E000}exclusion\u{E001}"))
        #expect(!result.groups[0].matches[0].hit.snippet.contains("\u{E000}"))
    }

    @Test func theLibraryScreensSearchCountsEveryReviewAndFetchesOnlyWhatItShows() throws {
        let (scratch, store, ids) = try library()
        defer { scratch.remove() }
        let page = try store.searchPage("exclusion", reviews: 2, hitsPerReview: 1)
        let (often, once) = (ids["often.txt"]!, ids["once.txt"]!)
        // Every review that matched is counted, the one beyond the two shown too.
        #expect(page.counts.matchesByReview[often] == 2 && page.counts.matchesByReview[once] == 1)
        #expect(page.counts.matchesByReview.count == 3 && page.counts.isComplete)
        // The reviews with most matches first (ties by id), one hit each, in reading order.
        let expected = (page.counts.matchesByReview[1] ?? 0) >= 2 ? [1, often] : [often, once]
        #expect(page.hits.map(\.document) == expected)
        let hit = try #require(page.hits.first { $0.document == often })
        #expect(hit.item == ItemID(number: 1))
        #expect(hit.snippet.localizedCaseInsensitiveContains("exclusion") && hit.documentTitle.contains("Child A"))
    }

    @Test func theWordBeingTypedIsAPrefixFromItsSecondLetter() throws {
        let (scratch, store, ids) = try library()
        defer { scratch.remove() }
        // "p" alone is the word p (none here), not every word in p…; "pu" finds "put".
        #expect(try store.searchPage("timetables p", reviews: 5, hitsPerReview: 3).hits.isEmpty)
        #expect(try store.searchPage("timetables pu", reviews: 5, hitsPerReview: 3).hits.map(\.document) == [ids["often.txt"]!])
    }

    @Test func aBroadSearchStopsCountingAtTheBoundAndSaysSo() throws {
        let (scratch, store, _) = try library()
        defer { scratch.remove() }
        let page = try store.searchPage("exclusion", reviews: 5, hitsPerReview: 3, countingBound: 2)
        #expect(!page.counts.isComplete)
        #expect(page.counts.matchesByReview.values.reduce(0, +) == 3)  // the bound and one more, then no further
    }

    @Test func accentsCaseAndPrefixesFold() throws {
        let (scratch, store, ids) = try library()
        defer { scratch.remove() }
        #expect(try store.search(SearchQuery(parsing: "EXCLUSIÓN")).groups.count == 3)
        #expect(try store.search(SearchQuery(parsing: "exclu*")).groups.count == 3)
        #expect(try store.search(SearchQuery(parsing: "\"part-time timetables\"")).groups.map(\.document) == [ids["often.txt"]])
        #expect(try store.search(SearchQuery(parsing: "exclusion -fathers -portsmouth")).groups.map(\.document) == [ids["often.txt"]])
    }

    @Test func documentFacetsPickReviewsByIdOrganisationAndYear() throws {
        let (scratch, store, ids) = try library()
        defer { scratch.remove() }
        func documents(_ query: String) throws -> [Int] { try store.search(SearchQuery(parsing: query)).groups.map(\.document) }
        #expect(try documents("exclusion org:southvale") == [ids["once.txt"]!])
        #expect(try documents("exclusion -org:southvale -org:portsmouth") == [ids["often.txt"]!])
        #expect(try documents("exclusion doc:\(ids["once.txt"]!)") == [ids["once.txt"]!])
        #expect(try documents("exclusion doc:\"child a\"") == [ids["often.txt"]!])
        #expect(try documents("exclusion year:2021..2023") == [ids["once.txt"]!])
        #expect(try documents("exclusion year:2020") == [ids["often.txt"]!])
        #expect(try documents("protocol year:2018") == [ids["never.txt"]!])
        let years = try store.listing().reduce(into: [String: Int?]()) { $0[($1.source as NSString).lastPathComponent] = $1.year }
        #expect(years["often.txt"] == 2020 && years["once.txt"] == 2022 && years["never.txt"] == 2018)
    }

    @Test func recommendationFacetsComeFromTheStoredLearning() throws {
        let (scratch, store, ids) = try library()
        defer { scratch.remove() }
        let inResponse = try store.search(SearchQuery(parsing: "exclusion in:response -doc:1"))
        #expect(inResponse.groups.map(\.document) == [ids["often.txt"]])
        #expect(inResponse.groups.first?.matches.map(\.zone) == ["response"])
        #expect(try store.search(SearchQuery(parsing: "police id:2")).groups.map(\.document) == [ids["often.txt"]])
        #expect(try store.search(SearchQuery(parsing: "police id:1")).groups.isEmpty)
        #expect(throws: LibraryError.self) { try store.search(SearchQuery(parsing: "police section:foo")) }
    }

    @Test func theYearFacetReadsRanges() {
        #expect(DocumentFacets.years("2019") == 2019...2019)
        #expect(DocumentFacets.years("2019..2022") == 2019...2022)
        #expect(DocumentFacets.years("2019-2022") == 2019...2022)
        #expect(DocumentFacets.years("2022..2019") == nil)
        #expect(DocumentFacets.years("soon") == nil)
        #expect(throws: QueryError.self) { try SearchQuery(parsing: "police year:soon") }
    }

    @Test func theThemesMatrixCountsRecommendationsPerReview() throws {
        let (scratch, store, ids) = try library()
        defer { scratch.remove() }
        let matrix = try store.themeMatrix()
        let education = try #require(matrix.themes.first { $0.contains("exclusion") })
        #expect(matrix.count(theme: education, document: ids["often.txt"]!) == 1)
        #expect(matrix.total(theme: education) >= 1)
        #expect(matrix.documents.map(\.id).contains(1))
    }
}
