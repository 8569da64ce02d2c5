import Content
import Foundation
import GRDB
import Learning
@testable import Library
import Search
import Testing

/// The library screen's `/` with learning facets: counted from the index as without them, each match let
/// through when its recommendation passes. The expected matches are worked out here from each review
/// parsed (its passages' recommendations and its own learning), not from the stored rows the search reads.
@Suite struct LibraryFacetPageTests {
    static let fixtures = ["anytown-child-k.txt", "oakridge-child-r-local-authority.txt", "cresswell-progress-timeline.txt",
                           // E1, E2, PR1, PR2: E2 and PR2 are both numbered 2, of different statuses.
                           "ashby-letter-codes.txt"]

    private func library(_ scratch: ScratchLibrary) throws -> LibraryStore { try scratch.open(importing: Self.fixtures) }

    /// Each review's matches of `query`'s words whose recommendation its facet (one, maybe negated) lets
    /// through, and the first `hitsPerReview` of them in reading order, as rowids.
    private func expected(_ query: String, hitsPerReview: Int, in store: LibraryStore) throws -> (counts: [Int: Int], first: [Int: [Int64]]) {
        let parsed = try SearchQuery(typing: query)
        let facet = try #require(parsed.facets.first)
        let match = try LibraryQuery(parsed, shortestPrefix: 2).match
        let rowids = try store.reading { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM passage WHERE passage MATCH ? ORDER BY rowid", arguments: [match]) }
        var counts: [Int: Int] = [:], first: [Int: [Int64]] = [:]
        for (document, rows) in Dictionary(grouping: rowids, by: PassageID.document(of:)) {
            let review = try store.document(id: document)
            let passages = PreparedDocument.passages(of: review)
            let passing = LearningIndex(document: review).recommendationsMatching(facet: facet.key, value: facet.value) ?? []
            let kept = rows.sorted().filter { rowid in
                guard let position = passages[Int(rowid & Int64(PassageID.maximumPassages - 1))].position else { return false }
                return passing.contains(position) != facet.isExcluded
            }
            if !kept.isEmpty { counts[document] = kept.count; first[document] = Array(kept.prefix(hitsPerReview)) }
        }
        return (counts, first)
    }

    @Test func aFacetedPageCountsAndShowsOnlyTheMatchesOfTheRecommendationsLetThrough() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        for query in ["the status:planned", "the -status:planned", "the status:prog", "neglect has:response", "the theme:neglect",
                      "response agency:police", "the -has:commitment"] {
            let page = try store.searchPage(query, reviews: 20, hitsPerReview: 2)
            let (counts, first) = try expected(query, hitsPerReview: 2, in: store)
            #expect(page.counts.matchesByReview == counts, "\(query)")
            #expect(page.counts.isComplete)
            // The reviews with most matches first (ties by id), each one's first matches in reading order.
            let order = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            #expect(page.hits.map(\.document) == order.flatMap { document in first[document]!.map { _ in document } }, "\(query)")
            let rows = try store.reading { db in
                try Row.fetchAll(db, sql: "SELECT rowid, item FROM passage WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                                 arguments: [LibraryStore.jsonArray(order.flatMap { first[$0]! })])
            }
            let items = Dictionary(uniqueKeysWithValues: rows.map { ($0["rowid"] as Int64, $0["item"] as String?) })
            // An item is stored as written ("PR2" for a coded one): the hit names it so.
            #expect(page.hits.map(\.code) == order.flatMap { first[$0]! }.map { items[$0]!.flatMap { PassageItem.parse($0).map { $0.series + $0.id.description } } },
                    "\(query)")
        }
    }

    /// E2 and PR2 are both recommendation 2 of the coded review: a facet that lets one through counts
    /// that one's matches only (by its number, the index would let both through).
    @Test func recommendationsNumberedAlikeAreToldApart() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        let ashby = try #require(try store.listing().first { $0.source.hasSuffix("ashby-letter-codes.txt") }).id
        let review = try store.document(id: ashby)
        let learning = LearningIndex(document: review)
        let statuses = learning.recommendations.map { $0.status?.value.rawValue }
        #expect(review.recommendations.map(\.number) == [1, 2, 1, 2])
        #expect(statuses[1] != statuses[3])  // E2 and PR2 differ
        let passages = PreparedDocument.passages(of: review)
        let matched = try store.reading { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM passage WHERE passage MATCH 'the' AND (rowid >> 20) = ?", arguments: [ashby])
        }.map { passages[Int($0 & Int64(PassageID.maximumPassages - 1))] }
        for position in [1, 3] {
            let status = try #require(statuses[position])
            // ("in progress" is asked for as one word.)
            let page = try store.searchPage("the status:\(status.filter { $0 != " " })", reviews: 50, hitsPerReview: 20)
            let passing = Set(statuses.indices.filter { statuses[$0] == status })
            let byPosition = matched.filter { $0.position.map(passing.contains) ?? false }.count
            let byNumber = matched.filter { passage in passage.position.map { passing.map { review.recommendations[$0].number }.contains(review.recommendations[$0].number) } ?? false }.count
            #expect(byPosition > 0 && byPosition < byNumber)
            #expect(page.counts.matchesByReview[ashby] == byPosition, "status:\(status)")
            #expect(page.hits.filter { $0.document == ashby }.count == byPosition)
        }
    }

    @Test func theLearningReadAheadIsTheOneTheFirstFacetedKeyUses() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        store.prepareSearch()
        #expect(store.facetCache.tableReads == 1)
        let page = try store.searchPage("school status:planned", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.tableReads == 1)
        #expect(page.counts.matchesByReview == (try expected("school status:planned", hitsPerReview: 2, in: store)).counts)
        // The library changed: read again, at the next faceted key.
        _ = try store.remove([try #require(try store.listing().last).id])
        _ = try store.searchPage("school status:planned", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.tableReads == 2)
    }

    @Test func theFacetsAreResolvedOnceWhileOnlyTheWordsChangeAndAgainWhenTheLibraryChanges() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        let before = store.facetCache.resolutions
        for typed in ["sch status:planned", "scho status:planned", "school status:planned", "school status:planned ne", "school status:planned neglect"] {
            _ = try store.searchPage(typed, reviews: 20, hitsPerReview: 2)
        }
        #expect(store.facetCache.resolutions == before + 1)
        _ = try store.searchPage("school status:prog", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.resolutions == before + 2)

        // A review added: the facets are resolved again and its matches are there.
        let added = try scratch.write("added.txt", review(organisation: "Newtown Safeguarding Partnership", title: "Review of Child Z",
                                                          opening: "A review.", recommendations: [("Schools should share attendance records.",
                                                                                                   "Not started. This is planned for next year.")]))
        _ = try LibraryImporter(store: store).add([added])
        let id = try #require(try store.listing().first { $0.title.contains("Child Z") }).id
        let page = try store.searchPage("attendance -status:completed", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.resolutions == before + 3)
        #expect(page.counts.matchesByReview == (try expected("attendance -status:completed", hitsPerReview: 2, in: store)).counts)
        #expect(page.counts.matchesByReview[id] != nil)
        _ = try store.searchPage("attendance -status:completed", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.resolutions == before + 3)

        // And removed: resolved again, and gone.
        _ = try store.remove([id])
        let after = try store.searchPage("attendance -status:completed", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.resolutions == before + 4)
        #expect(after.counts.matchesByReview[id] == nil)
        #expect(after.counts.matchesByReview == (try expected("attendance -status:completed", hitsPerReview: 2, in: store)).counts)
    }

    /// A library imported before v5 has no rows of `passage_span`: the migration finds each
    /// recommendation's passages by its number, and the faceted page gives what a new import gives.
    @Test func anOlderLibraryIsFilledByTheMigration() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        var store = try library(scratch)
        let queries = ["the status:planned", "the -has:commitment", "response agency:police"]
        let pages = try queries.map { try store.searchPage($0, reviews: 20, hitsPerReview: 2) }
        try store.queue.write { db in
            try db.execute(sql: "DROP TABLE passage_span")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v5:%'")
        }
        store = try scratch.open()
        #expect(try store.reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM passage_span") ?? 0 } > 0)
        // Not the coded review (its E2 and PR2 share their number's passages there): the others' pages are the same.
        let ashby = try #require(try store.listing().first { $0.source.hasSuffix("ashby-letter-codes.txt") }).id
        for (query, page) in zip(queries, pages) {
            var now = try store.searchPage(query, reviews: 20, hitsPerReview: 2)
            var then = page
            now.counts.matchesByReview[ashby] = nil
            then.counts.matchesByReview[ashby] = nil
            #expect(now.counts == then.counts, "\(query)")
            #expect(now.hits.filter { $0.document != ashby } == then.hits.filter { $0.document != ashby }, "\(query)")
        }
    }
}
