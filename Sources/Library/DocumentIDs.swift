import GRDB

/// A document's id is never given again once removed: a session plan, a note's address or a typed
/// `casebook 12` keeps naming the review it named, or none. SQLite alone gives the next id after the
/// highest now in the table, so removing the last review and adding another reused its id; the highest
/// id ever given is kept in a table of one row (migration v11), lighter than rebuilding `document`
/// with AUTOINCREMENT.
enum DocumentIDs {
    static let createTable = "CREATE TABLE IF NOT EXISTS document_id_highest (highest INTEGER NOT NULL)"

    /// The row, from the ids the library holds (those removed before it was kept are not known).
    static func fill(in db: Database) throws {
        try db.execute(sql: "DELETE FROM document_id_highest")
        try db.execute(sql: "INSERT INTO document_id_highest (highest) SELECT coalesce(max(id), 0) FROM document")
    }

    /// The id the next document gets; nil in a library before v11 (its migrations running), where SQLite chooses.
    static func next(in db: Database) throws -> Int? {
        guard try db.tableExists("document_id_highest") else { return nil }
        let highest = try Int.fetchOne(db, sql: """
            SELECT max((SELECT coalesce(max(highest), 0) FROM document_id_highest), (SELECT coalesce(max(id), 0) FROM document))
            """) ?? 0
        return highest + 1
    }

    /// Records that `id` was given.
    static func given(_ id: Int, in db: Database) throws {
        guard try db.tableExists("document_id_highest") else { return }
        try db.execute(sql: "UPDATE document_id_highest SET highest = max(highest, ?)", arguments: [id])
    }
}
