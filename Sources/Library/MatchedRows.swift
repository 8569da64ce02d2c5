import GRDB

/// The index's matches of one query's words (and document filter), in rowid order, as far as a key of
/// the library screen's search read them: kept while only the facets change, so that each key of
/// `agency:police` after `county lines` tests the rows read before against its facets rather than
/// reading the index again (35,000 rows of `county lines` were half of such a key's time).
struct MatchedRows: Sendable {
    private(set) var rowids: [Int64] = []
    /// Whether the index has no match after the last of `rowids`.
    private(set) var isComplete = false

    /// Reads the rows in order: those kept first, then the index's after the last of them (kept too).
    struct Reader {
        private(set) var rows: MatchedRows
        private let sql: String
        private let arguments: StatementArguments
        private let db: Database
        private var position = 0
        private var cursor: FastDatabaseValueCursor<Int64>?
        /// Whether the index was read, rather than only the rows kept.
        var readTheIndex: Bool { cursor != nil }

        /// `sql` selects the matches' rowids from the full-text table in rowid order, with no ORDER BY
        /// (a condition on the rowid is added to read on from the rows kept).
        init(_ rows: MatchedRows, sql: String, arguments: StatementArguments, in db: Database) {
            self.rows = rows
            self.sql = sql
            self.arguments = arguments
            self.db = db
        }

        mutating func next() throws -> Int64? {
            if position < rows.rowids.count {
                position += 1
                return rows.rowids[position - 1]
            }
            guard !rows.isComplete else { return nil }
            if cursor == nil {
                cursor = try rows.rowids.last.map { last in
                    try Int64.fetchCursor(db, sql: sql + " AND rowid > ?", arguments: arguments + [last])
                } ?? Int64.fetchCursor(db, sql: sql, arguments: arguments)
            }
            guard let rowid = try cursor?.next() else {
                rows.isComplete = true
                return nil
            }
            rows.rowids.append(rowid)
            position += 1
            return rowid
        }
    }
}
