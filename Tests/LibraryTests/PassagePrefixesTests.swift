import Content
import Foundation
import GRDB
@testable import Library
import Search
import Testing

/// Migrations v10 and v12 make the full-text index again with prefix indexes of 1 to 6 letters: a library
/// made before them (v1's '2 3', or v10's '2 3 4 5 6' before v12) finds, after them, the same matches in
/// the same passages (every row keeps its rowid), as the screen's search and `casebook search` give them.
@Suite struct PassagePrefixesTests {
    private static func indexSQL(_ store: LibraryStore) throws -> String {
        try store.reading { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'passage'") ?? "" }
    }

    @Test(arguments: [("2 3", ["v10:%", "v12:%"]), ("2 3 4 5 6", ["v12:%"])])
    func anOlderLibraryGetsThePrefixIndexesAndFindsTheSame(older: String, undone: [String]) throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        var store = try scratch.open(importing: LibraryFacetPageTests.fixtures)
        #expect(try Self.indexSQL(store).contains("prefix = '\(PassagePrefixes.prefixes)'"))
        let typed = ["the s", "po", "poli", "police", "the status:planned", "schoo", "agency:police respon", "missing -status:completed"]
        let searched = ["police", "superv*", "respon* has:response", "\"social care\""]
        let pages = try typed.map { try store.searchPage($0, reviews: 20, hitsPerReview: 3) }
        let results = try searched.map { try store.search(SearchQuery(parsing: $0)).groups.map { "\($0.document) \($0.count) \($0.matches.map(\.markedSnippet))" } }
        let rows = try store.reading { db in try Row.fetchAll(db, sql: "SELECT rowid, document_id, item, zone, text FROM passage ORDER BY rowid") }

        // The index as an older casebook made it, and the library's record of migrations cut back to then.
        try store.queue.write { db in
            try db.execute(sql: """
                CREATE TEMP TABLE kept AS SELECT rowid AS id, document_id, item, zone, text FROM passage;
                DROP TABLE passage;
                CREATE VIRTUAL TABLE passage USING fts5(document_id UNINDEXED, item UNINDEXED, zone UNINDEXED, text,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '\(older)');
                INSERT INTO passage(rowid, document_id, item, zone, text) SELECT * FROM kept;
                DROP TABLE temp.kept;
                """)
            for migration in undone { try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE ?", arguments: [migration]) }
        }
        #expect(try !Self.indexSQL(store).contains("prefix = '\(PassagePrefixes.prefixes)'"))
        store = try scratch.open()
        #expect(try Self.indexSQL(store).contains("prefix = '\(PassagePrefixes.prefixes)'"))
        #expect(try store.reading { db in try Row.fetchAll(db, sql: "SELECT rowid, document_id, item, zone, text FROM passage ORDER BY rowid") } == rows)
        for (query, page) in zip(typed, pages) {
            #expect(try store.searchPage(query, reviews: 20, hitsPerReview: 3) == page, "\(query)")
            #expect(!page.hits.isEmpty, "\(query)")
        }
        for (query, result) in zip(searched, results) {
            #expect(try store.search(SearchQuery(parsing: query)).groups.map { "\($0.document) \($0.count) \($0.matches.map(\.markedSnippet))" } == result, "\(query)")
            #expect(!result.isEmpty, "\(query)")
        }
    }
}
