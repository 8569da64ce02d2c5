import GRDB
import GRDBSQLite

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
        /// Stepped through SQLite's own calls: GRDB's cursor cost three times SQLite's time per row.
        private var statement: Statement?
        /// Whether the index was read, rather than only the rows kept.
        var readTheIndex: Bool { statement != nil }

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
            if statement == nil {
                let last = rows.rowids.last
                let reading = try db.makeStatement(sql: last == nil ? sql : sql + " AND rowid > ?")
                try reading.setArguments(last.map { arguments + [$0] } ?? arguments)
                statement = reading
            }
            guard let statement else { return nil }
            switch sqlite3_step(statement.sqliteStatement) {
            case SQLITE_ROW: break
            case SQLITE_DONE:
                rows.isComplete = true
                return nil
            case let code:
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                    sql: statement.sql, arguments: statement.arguments)
            }
            let rowid = sqlite3_column_int64(statement.sqliteStatement, 0)
            rows.rowids.append(rowid)
            position += 1
            return rowid
        }
    }
}
