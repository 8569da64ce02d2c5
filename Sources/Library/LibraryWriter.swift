import Content
import Foundation
import GRDB

/// Writes one prepared document: its row, its recommendations' learning and its full-text rows. The
/// caller holds the transaction, so a document is in the library whole or not at all.
enum LibraryWriter {
    /// Inserts a new document (with `id` when given, else one never given before) and returns its id.
    @discardableResult
    static func insert(_ prepared: PreparedDocument, id: Int? = nil, in db: Database) throws -> Int {
        let chosen = try id ?? DocumentIDs.next(in: db)
        try db.execute(sql: """
            INSERT INTO document (id, source, content_hash, format, imported_at, title, organisation, year,
                                  recommendation_count, completed, in_progress, planned, text_bytes, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments([chosen, prepared.source] as [(any DatabaseValueConvertible)?] + documentValues(prepared)))
        let id = Int(db.lastInsertedRowID)
        try DocumentIDs.given(id, in: db)
        try writeDerived(prepared, id: id, in: db)
        return id
    }

    /// Replaces document `id` in place with a new version of it: the id, and so every address, stays.
    static func replace(_ id: Int, with prepared: PreparedDocument, in db: Database) throws {
        try db.execute(sql: """
            UPDATE document SET content_hash = ?, format = ?, imported_at = ?, title = ?, organisation = ?, year = ?,
                recommendation_count = ?, completed = ?, in_progress = ?, planned = ?, text_bytes = ?, content = ?
            WHERE id = ?
            """, arguments: StatementArguments(documentValues(prepared) + [id]))
        try deleteDerived(id, in: db)
        try writeDerived(prepared, id: id, in: db)
    }

    static func delete(_ id: Int, in db: Database) throws {
        try deleteDerived(id, in: db)
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
    }

    private static func documentValues(_ prepared: PreparedDocument) -> [(any DatabaseValueConvertible)?] {
        let counts = prepared.statusCounts
        return [prepared.hash, prepared.format.rawValue, Date().timeIntervalSince1970, prepared.facts.title,
                prepared.facts.organisation, prepared.facts.year, prepared.recommendationCount,
                counts["completed"] ?? 0, counts["in progress"] ?? 0, counts["planned"] ?? 0,
                prepared.content.count, prepared.content]
    }

    /// A document's themes and agencies, for the list's filter: each once, sorted, one a line.
    static func writeLearning(_ id: Int, themes: [String], agencies: [String], in db: Database) throws {
        func joined(_ names: [String]) -> String { Set(names).sorted().joined(separator: "\n") }
        try db.execute(sql: "INSERT OR REPLACE INTO document_learning (document_id, themes, agencies) VALUES (?, ?, ?)",
                       arguments: [id, joined(themes), joined(agencies)])
    }

    /// A document's commitments, replacing any it had, in its order.
    static func writeCommitments(_ commitments: [LibraryCommitment], id: Int, in db: Database) throws {
        try db.execute(sql: "DELETE FROM commitment WHERE document_id = ?", arguments: [id])
        // v4's commitments, before v6 added each one's code series (a library whose migrations are run in order).
        let coded = try db.tableExists("document_notes")
        let statement = try db.cachedStatement(sql: """
            INSERT INTO commitment (document_id, ordinal, recommendation, position, sentence, owner, due, status, words, line, citation\(coded ? ", series" : ""))
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?\(coded ? ", ?" : ""))
            """)
        for (ordinal, row) in commitments.enumerated() {
            let values: [(any DatabaseValueConvertible)?] = [id, ordinal, row.recommendation, row.position, row.sentence, row.owner, row.due,
                                                             row.status, row.words, row.line, row.citation]
            try statement.execute(arguments: StatementArguments(values + (coded ? [row.series] : [])))
        }
    }

    /// What names a document's notes: its notes file's key and its fingerprint, 4 bytes a hash.
    static func writeNotesIdentity(_ identity: DocumentIdentity, id: Int, in db: Database) throws {
        let bytes = identity.fingerprint.hashes.map(\.littleEndian).withUnsafeBufferPointer { Data(buffer: $0) }
        try db.execute(sql: "INSERT OR REPLACE INTO document_notes (document_id, notes_key, fingerprint) VALUES (?, ?, ?)",
                       arguments: [id, identity.key, bytes])
    }

    private static func deleteDerived(_ id: Int, in db: Database) throws {
        if try db.tableExists("commitment") { try db.execute(sql: "DELETE FROM commitment WHERE document_id = ?", arguments: [id]) }
        if try db.tableExists("document_notes") { try db.execute(sql: "DELETE FROM document_notes WHERE document_id = ?", arguments: [id]) }
        try db.execute(sql: "DELETE FROM recommendation WHERE document_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM document_learning WHERE document_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM passage WHERE document_id = ?", arguments: [id])
        if try db.tableExists("passage_span") { try db.execute(sql: "DELETE FROM passage_span WHERE document_id = ?", arguments: [id]) }
        if try db.tableExists("learning_positions") { try LearningPositions.delete(id, in: db) }
    }

    private static func writeDerived(_ prepared: PreparedDocument, id: Int, in db: Database) throws {
        // v3's migration writes the built-in document before v4 adds what the matrices show; the first
        // read of them fills it then, as it does an older library's documents.
        let shown = try db.tableExists("commitment")
        // And v7's code series, after v4 (a library whose migrations are run in order).
        let coded = try shown && db.columns(in: "recommendation").contains { $0.name == "series" }
        let recommendation = try db.cachedStatement(sql: """
            INSERT INTO recommendation (document_id, position, number, status, themes, agencies, has_commitment, has_due, has_response
                                        \(shown ? ", title, addressed" : "")\(coded ? ", series" : "")) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?\(shown ? ", ?, ?" : "")\(coded ? ", ?" : ""))
            """)
        for row in prepared.recommendations {
            let values: [(any DatabaseValueConvertible)?] = [id, row.position, row.number, row.status, row.themes.joined(separator: "\n"),
                                                             row.agencies.joined(separator: "\n"), row.hasCommitment, row.hasDue, row.hasResponse]
            let shownValues: [(any DatabaseValueConvertible)?] = shown ? [row.shown.title, row.shown.addressedTo.joined(separator: "\n")] : []
            try recommendation.execute(arguments: StatementArguments(values + shownValues + (coded ? [row.shown.series] : [])))
        }
        if shown { try writeCommitments(prepared.commitments, id: id, in: db) }
        // Likewise the notes identities (v6): the first reading of the marks fills the built-in document's.
        if try db.tableExists("document_notes") { try writeNotesIdentity(prepared.notesIdentity, id: id, in: db) }
        try writeLearning(id, themes: prepared.recommendations.flatMap(\.themes), agencies: prepared.recommendations.flatMap(\.agencies), in: db)
        // And v8's facet values, from what the rows above hold (v3's built-in document is written before them; v8 fills it then).
        if try db.tableExists("learning_positions") {
            var learning = LearningPositions.Document()
            for row in prepared.recommendations {
                learning.add(position: row.position, number: row.number, status: row.status, themes: Data(row.themes.joined(separator: "\n").utf8),
                             agencies: Data(row.agencies.joined(separator: "\n").utf8), flags: [row.hasCommitment, row.hasDue, row.hasResponse])
            }
            var ids: [LearningPositions.Value: Int64] = [:]
            try LearningPositions.write(learning, id: id, ids: &ids, in: db)
        }
        let passage = try db.cachedStatement(sql: "INSERT INTO passage (rowid, document_id, item, zone, text) VALUES (?, ?, ?, ?, ?)")
        let passages = PassageID.fitted(prepared.passages)
        for (index, row) in passages.enumerated() {
            try passage.execute(arguments: [PassageID.rowid(document: id, index: index), id, row.item, row.zone, row.text])
        }
        // (v3's built-in document is written before v5 makes the table; v5 fills it then.)
        if try db.tableExists("passage_span") { try PassageSpans.write(PassageSpans.runs(of: passages, numbers: prepared.recommendations.map(\.number), document: id),
                                                                       document: id, in: db) }
    }
}
