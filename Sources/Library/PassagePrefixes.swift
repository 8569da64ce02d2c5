import GRDB

/// The full-text index with prefix indexes of 1 to 6 letters (migrations v10 and v12): a word being typed
/// of up to 6 letters reads its own list of matches, where without one FTS5 gathers the matches of every
/// word with that start before the first is read (`/county lines poli` was 12 ms of processor time, 9.7
/// with it, at 2,001 reviews; the one letter of `/supervision of s` 12 ms, and `supervision of s*` alone
/// 120 ms counted in full, 10 with it; the index grows about a sixth, and a twentieth more for one letter).
enum PassagePrefixes {
    static let prefixes = "1 2 3 4 5 6"

    /// Whether the index already has the prefix indexes above (a library made or brought up to date
    /// since v12's change of them); else `remake` gives it them.
    static func isCurrent(in db: Database) throws -> Bool {
        let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'passage'") ?? ""
        return sql.contains("prefix = '\(prefixes)'")
    }

    /// FTS5 cannot give a table another prefix index: it is made again with its rows, each keeping its
    /// rowid (a match's document and passage, and `passage_span`'s runs, are read from it). The rows wait
    /// in a temporary table, outside the library's file, so that the file grows only by the index.
    static func remake(in db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE passage_rows AS SELECT rowid AS id, document_id, item, zone, text FROM passage;
            DROP TABLE passage;
            CREATE VIRTUAL TABLE passage USING fts5(
                document_id UNINDEXED, item UNINDEXED, zone UNINDEXED, text,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '\(prefixes)'
            );
            INSERT INTO passage(rowid, document_id, item, zone, text) SELECT id, document_id, item, zone, text FROM passage_rows ORDER BY id;
            DROP TABLE temp.passage_rows;
            """)
    }
}
