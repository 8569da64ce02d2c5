import Content
import Foundation
@testable import Library
import Testing

/// The library screen's search keeps the matches it read for the words (`MatchedRows`) while only the
/// facets change: every page must be the one a store that kept nothing gives, key after key (backspace
/// and facet edits among them), also when a key reads the index only part of the way (a small bound),
/// and the kept matches must go when the library changes, through this store or another connection.
@Suite struct LibraryKeptMatchesTests {
    static let fixtures = LibraryFacetPageTests.fixtures

    private func library(_ scratch: ScratchLibrary) throws -> LibraryStore { try scratch.open(importing: Self.fixtures) }

    /// What `store` and a store opened afresh (nothing kept) give for `typed`, with `bound` as the counting bound.
    private func pages(_ typed: String, bound: Int, store: LibraryStore, scratch: ScratchLibrary) throws -> (kept: LibrarySearchPage, fresh: LibrarySearchPage) {
        (try store.searchPage(typed, reviews: 20, hitsPerReview: 2, countingBound: bound),
         try scratch.open().searchPage(typed, reviews: 20, hitsPerReview: 2, countingBound: bound))
    }

    static let keys = ["the", "the st", "the status:p", "the status:pl", "the status:planned", "the status:plan", "the -status:planned",
                       "the -status:planned agency:p", "the -status:planned agency:police", "the agency:police", "the agency:police has:response",
                       "the", "th", "the theme:neglect", "the theme:negl", "the -theme:neglect", "school status:planned", "school",
                       "school status:planned", "the -has:commitment", "the status:prog",
                       // Each facet then a narrower one: the rows kept for the first run out and the index is read on.
                       "the has:response", "the has:response agency:police", "the has:commitment", "the has:commitment status:planned",
                       "the theme:neglect", "the theme:neglect -status:completed", "the agency:police", "the agency:police has:response"]

    @Test(arguments: [1, 3, 40, LibraryStore.countingBound])
    func everyKeyGivesThePageAStoreThatKeptNothingGives(bound: Int) throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        var facetedFound = 0
        for typed in Self.keys {
            let (kept, fresh) = try pages(typed, bound: bound, store: store, scratch: scratch)
            #expect(kept == fresh, "\(typed), bound \(bound)")
            if typed.contains(":") && !kept.hits.isEmpty { facetedFound += 1 }
        }
        // Not a comparison of empty pages: most faceted keys find matches (past the kept rows, with a small bound).
        #expect(facetedFound > 4)
    }

    /// Rows kept after reading part of the way, read on from: the index's whole list, each row once.
    @Test func readingOnFromTheKeptRowsGivesEveryMatchOnce() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        let sql = "SELECT rowid FROM passage WHERE passage MATCH ?"
        try store.reading { db in
            let all = try Int64.fetchAll(db, sql: sql + " ORDER BY rowid", arguments: ["the"])
            #expect(all.count > 20)
            for part in [0, 1, 2, 7, all.count - 1, all.count, all.count + 1] {
                var first = MatchedRows.Reader(MatchedRows(), sql: sql, arguments: ["the"], in: db)
                for _ in 0..<part { _ = try first.next() }
                #expect(first.rows.rowids == Array(all.prefix(part)))
                var then = MatchedRows.Reader(first.rows, sql: sql, arguments: ["the"], in: db)
                var read: [Int64] = []
                while let rowid = try then.next() { read.append(rowid) }
                #expect(read == all, "read on after \(part)")
                #expect(then.rows.isComplete && then.rows.rowids == all)
                #expect(then.readTheIndex == (part < all.count + 1))
            }
        }
    }

    @Test func typingOnlyFacetsReadsTheIndexOnce() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        let before = store.facetCache.matchReads
        for typed in ["the status:p", "the status:pl", "the status:planned", "the -status:planned", "the agency:police", "the status:planned"] {
            _ = try store.searchPage(typed, reviews: 20, hitsPerReview: 2)
        }
        #expect(store.facetCache.matchReads == before + 1)
        // Other words read it; the first words' matches are still kept a few keys later.
        _ = try store.searchPage("the school", reviews: 20, hitsPerReview: 2)
        _ = try store.searchPage("the school status:planned", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.matchReads == before + 3)
        _ = try store.searchPage("the has:response", reviews: 20, hitsPerReview: 2)
        #expect(store.facetCache.matchReads == before + 3)
    }

    /// Another connection (as `casebook add` in another process) adds a review while this store keeps
    /// matches: the next key reads the index again and finds it; so after this store's own removal.
    @Test func theKeptMatchesGoWhenTheLibraryChanges() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try library(scratch)
        let query = "attendance -status:completed"
        let before = try store.searchPage(query, reviews: 20, hitsPerReview: 2)
        _ = try store.searchPage("attendance -status:planned", reviews: 20, hitsPerReview: 2)
        let added = try scratch.write("added.txt", review(organisation: "Newtown Safeguarding Partnership", title: "Review of Child Z",
                                                          opening: "A review.", recommendations: [("Schools should share attendance records.",
                                                                                                   "Not started. This is planned for next year.")]))
        _ = try LibraryImporter(store: try scratch.open()).add([added])
        let id = try #require(try store.listing().first { $0.title.contains("Child Z") }).id
        let after = try store.searchPage(query, reviews: 20, hitsPerReview: 2)
        #expect(after.counts.matchesByReview[id] != nil)
        #expect(after.counts.matchesByReview.count == before.counts.matchesByReview.count + 1)
        #expect(after == (try scratch.open().searchPage(query, reviews: 20, hitsPerReview: 2)))

        _ = try store.remove([id])
        let removed = try store.searchPage(query, reviews: 20, hitsPerReview: 2)
        #expect(removed.counts.matchesByReview[id] == nil)
        #expect(removed == before)
    }
}
