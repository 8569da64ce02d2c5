import Foundation
import GRDB

/// The learning facets' values stored ready to resolve (migration v8): each distinct theme, agency,
/// status and `has:` flag once (`learning_value`), and for each value and document the positions of the
/// recommendations that have it, as bits (`learning_positions`), with each document's recommendations'
/// numbers by position (`recommendation_numbers`). A `theme:` or `agency:` facet picks among the few
/// distinct names in Swift and reads their rows by the index: about 4,000 small rows for the two broad
/// facets at 2,000 reviews, where testing 97,000 recommendations' stored names took 65–77 ms.
/// One row per document rather than per recommendation: the 2,001-review library has 797,000 pairs of
/// a recommendation and a name, but 25,700 of a document and a name.
enum LearningPositions {
    static let createTables = """
        CREATE TABLE IF NOT EXISTS learning_value (
            id INTEGER PRIMARY KEY,
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (facet, value)
        );
        CREATE TABLE IF NOT EXISTS learning_positions (
            value_id INTEGER NOT NULL REFERENCES learning_value(id),
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            positions BLOB NOT NULL,
            PRIMARY KEY (value_id, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS learning_positions_document ON learning_positions(document_id);
        CREATE TABLE IF NOT EXISTS recommendation_numbers (
            document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
            numbers BLOB NOT NULL
        );
        """

    /// A value as stored: its facet's key and its bytes. Names are told apart by their bytes, as
    /// SQLite compares them (Swift's `String` would take two spellings of "é" for one).
    struct Value: Hashable {
        var facet: String
        var bytes: [UInt8]
    }

    /// One document's recommendations as the values each has, from the columns of `recommendation`.
    struct Document {
        /// Each recommendation's number, by position; -1 where no recommendation has the position.
        private(set) var numbers: [Int32] = []
        private(set) var positions: [Value: PositionSet] = [:]

        /// A recommendation's stored learning: themes and agencies one a line, as the table holds them.
        mutating func add(position: Int, number: Int, status: String?, themes: Data, agencies: Data, flags: [Bool]) {
            if position >= numbers.count { numbers += [Int32](repeating: -1, count: position + 1 - numbers.count) }
            numbers[position] = Int32(number)
            for name in themes.split(separator: 10) { positions[Value(facet: "theme", bytes: Array(name)), default: PositionSet()].insert(position) }
            for name in agencies.split(separator: 10) { positions[Value(facet: "agency", bytes: Array(name)), default: PositionSet()].insert(position) }
            if let status { positions[Value(facet: "status", bytes: Array(status.utf8)), default: PositionSet()].insert(position) }
            for (flag, isSet) in zip(RecommendationFacets.flagNames, flags) where isSet {
                positions[Value(facet: "has", bytes: Array(flag.utf8)), default: PositionSet()].insert(position)
            }
        }

        /// The numbers as stored: 4 bytes each, little-endian.
        var numbersBlob: Data { numbers.map(\.littleEndian).withUnsafeBufferPointer { Data(buffer: $0) } }

        static func numbers(blob: Data) -> [Int32] {
            blob.withUnsafeBytes { raw in
                (0..<raw.count / 4).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
            }
        }
    }

    /// Writes document `id`'s rows; `ids` holds the values' ids already looked up (or added).
    static func write(_ document: Document, id: Int, ids: inout [Value: Int64], in db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO learning_positions (value_id, document_id, positions) VALUES (?, ?, ?)")
        for (value, positions) in document.positions {
            let valueID = try ids[value] ?? Self.id(of: value, in: db)
            ids[value] = valueID
            try insert.execute(arguments: [valueID, id, positions.blob])
        }
        guard !document.numbers.isEmpty else { return }
        try db.execute(sql: "INSERT INTO recommendation_numbers (document_id, numbers) VALUES (?, ?)", arguments: [id, document.numbersBlob])
    }

    /// The value's id, added when the library does not have it yet.
    private static func id(of value: Value, in db: Database) throws -> Int64 {
        let text = String(decoding: value.bytes, as: UTF8.self)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM learning_value WHERE facet = ? AND value = ?", arguments: [value.facet, text]) {
            return id
        }
        try db.execute(sql: "INSERT INTO learning_value (facet, value) VALUES (?, ?)", arguments: [value.facet, text])
        return db.lastInsertedRowID
    }

    static func delete(_ id: Int, in db: Database) throws {
        try db.execute(sql: "DELETE FROM learning_positions WHERE document_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM recommendation_numbers WHERE document_id = ?", arguments: [id])
    }

    /// Every document's rows, from the stored recommendations in one pass (migration v8; written to stand
    /// being run again on a library that has them).
    static func fill(in db: Database) throws {
        try db.execute(sql: "DELETE FROM learning_positions; DELETE FROM recommendation_numbers")
        var documents: [Int: Document] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT document_id, position, number, status, themes, agencies, has_commitment, has_due, has_response FROM recommendation
            """)
        while let row = try rows.next() {
            documents[row[0], default: Document()].add(position: row[1], number: row[2], status: row[3], themes: row[4], agencies: row[5],
                                                      flags: [row[6], row[7], row[8]])
        }
        var ids: [Value: Int64] = [:]
        for (id, document) in documents.sorted(by: { $0.key < $1.key }) { try write(document, id: id, ids: &ids, in: db) }
    }
}
