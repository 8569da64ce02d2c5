import Content
import Foundation
import GRDB

/// The library's tables, as migrations: a later casebook adds a migration and opens an older library;
/// an older casebook refuses a library with migrations it does not know (`hasBeenSuperseded`).
enum LibrarySchema {
    static let builtInID = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, learning, full text, the built-in document") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    format TEXT NOT NULL,
                    imported_at REAL NOT NULL,
                    title TEXT NOT NULL,
                    organisation TEXT,
                    year INTEGER,
                    recommendation_count INTEGER NOT NULL,
                    completed INTEGER NOT NULL DEFAULT 0,
                    in_progress INTEGER NOT NULL DEFAULT 0,
                    planned INTEGER NOT NULL DEFAULT 0,
                    text_bytes INTEGER NOT NULL,
                    -- The file's bytes as imported: the document stays readable when its source has gone,
                    -- and opening it parses these, never the list.
                    content BLOB NOT NULL
                );
                CREATE INDEX document_source ON document(source);
                CREATE INDEX document_hash ON document(content_hash);
                CREATE TABLE recommendation (
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    number INTEGER NOT NULL,
                    status TEXT,
                    themes TEXT NOT NULL,
                    agencies TEXT NOT NULL,
                    has_commitment INTEGER NOT NULL,
                    has_due INTEGER NOT NULL,
                    has_response INTEGER NOT NULL,
                    PRIMARY KEY (document_id, position)
                );
                CREATE VIRTUAL TABLE passage USING fts5(
                    document_id UNINDEXED, item UNINDEXED, zone UNINDEXED, text,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
                );
                """)
            // A library made by this version gets the built-in document in v3, once the tables are whole;
            // one made before has it from here, as v1 once wrote it (the name stays, so it stays known).
        }
        migrator.registerMigration("v2: the list from an index and each document's themes and agencies, reading no recommendation") { db in
            // The list reads these columns from the index alone, never the rows (each row holds a
            // document's bytes, so a scan of the table reads them all); the themes and agencies live in
            // a table of their own, as columns after the bytes would be reached only through them.
            try db.execute(sql: """
                CREATE INDEX document_listing
                    ON document(id, title, organisation, year, source, recommendation_count, completed, in_progress, planned);
                CREATE TABLE document_learning (
                    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    themes TEXT NOT NULL,
                    agencies TEXT NOT NULL
                );
                """)
            var learning: [Int: (themes: Set<Substring>, agencies: Set<Substring>)] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT document_id, themes, agencies FROM recommendation")
            while let row = try rows.next() {
                let (themes, agencies): (String, String) = (row["themes"], row["agencies"])
                learning[row["document_id"], default: ([], [])].themes.formUnion(themes.split(separator: "\n"))
                learning[row["document_id"], default: ([], [])].agencies.formUnion(agencies.split(separator: "\n"))
            }
            for (id, found) in learning {
                try LibraryWriter.writeLearning(id, themes: found.themes.map(String.init), agencies: found.agencies.map(String.init), in: db)
            }
        }
        migrator.registerMigration("v3: the built-in document, in a library that does not have it yet") { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE id = ?", arguments: [builtInID]) == 0 else { return }
            let builtIn = DocumentLoader.builtInDocument()
            let content = BuiltInContent.data(named: BuiltInContent.defaultDocumentName) ?? Data()
            try LibraryWriter.insert(PreparedDocument(document: builtIn, content: content, source: builtIn.source, format: .text),
                                     id: builtInID, in: db)
        }
        migrator.registerMigration("v4: what the matrices and the tracker across reviews show, so they parse no review") { db in
            // A recommendation's title and the agencies it is addressed to (NULL until filled: a library
            // imported before this fills them on the first read, `LibraryStore.fillDerivedViews`), and each
            // commitment of a response, in the document's order. (Written to stand being run again on a
            // library that has them, as one whose record of migrations was cut back.)
            let columns = Set(try db.columns(in: "recommendation").map(\.name))
            for column in ["title", "addressed"] where !columns.contains(column) {
                try db.execute(sql: "ALTER TABLE recommendation ADD COLUMN \(column) TEXT")
            }
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS commitment (
                    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    recommendation INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    owner TEXT,
                    due TEXT,
                    status TEXT NOT NULL,
                    words TEXT NOT NULL,
                    line INTEGER,
                    citation TEXT NOT NULL,
                    PRIMARY KEY (document_id, ordinal)
                );
                """)
        }
        migrator.registerMigration("v5: each recommendation's full-text rows, so its facets are tested from a match's rowid") { db in
            // The library screen's search with learning facets tests each match of the index against the
            // rows of the recommendations they let through, without reading the match's row.
            try db.execute(sql: PassageSpans.createTable)
            try PassageSpans.fillByNumber(in: db)
        }
        migrator.registerMigration("v6: what names each document's notes, so reading the marks parses no review; each commitment's code series") { db in
            // Each document's notes identity (`DocumentIdentity`: its notes file's name and the fingerprint
            // that recognises an edited copy), written at import; a library imported before this has its
            // rows filled on the first reading of the marks (`LibraryStore.notesIdentities`).
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS document_notes (
                    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                    notes_key TEXT NOT NULL,
                    fingerprint BLOB NOT NULL
                );
                """)
            // A commitment's recommendation's code series ("PR" for PR2): E2 and PR2 are both numbered 2.
            // Rows stored before this have none, and are named by number until their review is read again.
            if !(try db.columns(in: "commitment").map(\.name).contains("series")) {
                try db.execute(sql: "ALTER TABLE commitment ADD COLUMN series TEXT NOT NULL DEFAULT ''")
            }
        }
        migrator.registerMigration("v7: each recommendation's code series") { db in
            // "PR" for PR2: E2 and PR2 are both numbered 2, and a matrix cell names and opens each by its code.
            // Rows stored before this have none, and are named by number.
            if !(try db.columns(in: "recommendation").map(\.name).contains("series")) {
                try db.execute(sql: "ALTER TABLE recommendation ADD COLUMN series TEXT NOT NULL DEFAULT ''")
            }
        }
        migrator.registerMigration("v8: each theme, agency, status and flag once, with the positions of each document's recommendations that have it") { db in
            // `theme:`, `agency:`, `status:` and `has:` across the library pick among the few distinct values and
            // read their rows, rather than testing every recommendation's stored text (`LearningPositions`).
            try db.execute(sql: LearningPositions.createTables)
            try LearningPositions.fill(in: db)
        }
        migrator.registerMigration("v9: each review's title as the document gives it, where a date line was stored") { db in
            try StoredTitles.correct(in: db)
        }
        migrator.registerMigration("v10: prefix indexes of 2 to 6 letters, so a word being typed reads only its own matches") { db in
            try PassagePrefixes.remake(in: db)
        }
        migrator.registerMigration("v11: the highest document id ever given, so a removed review's id is never given again") { db in
            try db.execute(sql: DocumentIDs.createTable)
            try DocumentIDs.fill(in: db)
        }
        migrator.registerMigration("v12: a prefix index of one letter too, so the first letter of a word being typed reads only its own matches") { db in
            // v10 makes the index with every prefix since this one; only a library brought to v10 before it is made again.
            if try !PassagePrefixes.isCurrent(in: db) { try PassagePrefixes.remake(in: db) }
        }
        return migrator
    }
}

extension LibraryStore {
    /// The built-in document's row as a library lists it, for when no library was ever made.
    public static func builtInEntry() -> LibraryEntry {
        let document = DocumentLoader.builtInDocument()
        let prepared = PreparedDocument(document: document, content: Data(), source: document.source, format: .text)
        return LibraryEntry(id: LibrarySchema.builtInID, title: prepared.facts.title, organisation: prepared.facts.organisation,
                            year: prepared.facts.year, source: document.source, recommendationCount: prepared.recommendationCount,
                            statusCounts: prepared.statusCounts)
    }
}
