import Content
import Foundation
import GRDB
import Learning
import Search

/// What the library screen's matrices (`t`, `a`) and its tracker across reviews (`C`) show, read from
/// the tables import fills: no review is parsed. A library imported by a casebook before these tables
/// has its documents parsed once, on the first read that wants them, and their rows stored.
extension LibraryStore {
    public func recommendations(of ids: [Int]) throws -> [LibraryRecommendation] { try storedRecommendations(of: ids) }

    public func commitments(of ids: [Int]) throws -> LibraryCommitments { try storedCommitments(of: ids) }

    /// The recommendations of `ids`, in that order and each document's.
    public func storedRecommendations(of ids: [Int]) throws(LibraryError) -> [LibraryRecommendation] {
        let unstored = try fillDerivedViews(of: ids)
        return try reading { db in
            let statement = try db.cachedStatement(sql: """
                SELECT number, title, themes, addressed, series FROM recommendation WHERE document_id = ? AND title IS NOT NULL ORDER BY position
                """)
            var found: [LibraryRecommendation] = []
            var names = Interned()
            for id in ids {
                if let derived = unstored[id] {
                    found += derived.recommendations
                    continue
                }
                let rows = try Row.fetchCursor(statement, arguments: [id])
                while let row = try rows.next() {
                    found.append(LibraryRecommendation(document: id, number: row["number"], title: row["title"],
                                                       themes: names.lines(row["themes"]), addressedTo: names.lines(row["addressed"]),
                                                       series: row["series"]))
                }
            }
            return found
        }
    }

    /// The commitments of `ids`, in that order and each document's.
    public func storedCommitments(of ids: [Int]) throws(LibraryError) -> LibraryCommitments {
        let unstored = try fillDerivedViews(of: ids)
        return try reading { db in
            let statement = try db.cachedStatement(sql: """
                SELECT recommendation, position, sentence, owner, due, status, words, line, citation, series FROM commitment
                WHERE document_id = ? ORDER BY ordinal
                """)
            var found = LibraryCommitments()
            // The ids are integers, so they can be written into the statement.
            let size = try Row.fetchOne(db, sql: """
                SELECT count(*) AS count, coalesce(sum(length(CAST(sentence AS BLOB))), 0) AS bytes FROM commitment
                WHERE document_id IN (\(ids.map(String.init).joined(separator: ",")))
                """)
            if let size { found.reserveCapacity(size["count"], bytes: size["bytes"]) }
            for id in ids {
                if let derived = unstored[id] {
                    found.append(contentsOf: derived.commitments)
                    continue
                }
                let rows = try Row.fetchCursor(statement, arguments: [id])
                while let row = try rows.next() {
                    found.append(LibraryCommitment(document: id, recommendation: row["recommendation"], sentence: row["sentence"],
                                                   owner: row["owner"], due: row["due"], status: row["status"], words: row["words"],
                                                   line: row["line"], citation: row["citation"], position: row["position"],
                                                   series: row["series"]))
                }
            }
            return found
        }
    }

    /// Each distinct theme or agency kept once: a library's hundred thousand recommendations name the
    /// same few, and a string of more than 15 bytes is an allocation of its own.
    private struct Interned {
        private var known: [Substring: String] = [:]

        mutating func lines(_ text: String?) -> [String] {
            (text ?? "").split(separator: "\n").map { name in
                if let kept = known[name] { return kept }
                known[name] = String(name)
                return known[name]!
            }
        }
    }

    /// One document's rows, derived from its text.
    struct DerivedViews: Sendable {
        var recommendations: [LibraryRecommendation]
        var commitments: [LibraryCommitment]
        /// What names its notes: stored with the rows, so the marks need not parse it again.
        var notesIdentity: DocumentIdentity
    }

    /// Parses, once, the documents of `ids` imported before the library kept what the matrices and the
    /// tracker show, and stores their rows (a batch of documents per transaction, so an interrupted fill
    /// keeps what it did). On a read-only library the rows cannot be stored: they are returned instead.
    func fillDerivedViews(of ids: [Int]) throws(LibraryError) -> [Int: DerivedViews] {
        let missing = try unfilledViews(among: ids)
        var unstored: [Int: DerivedViews] = [:]
        for start in stride(from: 0, to: missing.count, by: 32) {
            let batch = Array(missing[start..<min(start + 32, missing.count)])
            let derived = Parallel.map(batch) { id in (id, try? derive(id)) }
            if isReadOnly {
                for case let (id, views?) in derived { unstored[id] = views }
                continue
            }
            try writing { db in
                let update = try db.cachedStatement(sql: "UPDATE recommendation SET title = ?, addressed = ?, series = ? WHERE document_id = ? AND position = ?")
                for case let (id, views?) in derived {
                    for (position, row) in views.recommendations.enumerated() {
                        try update.execute(arguments: [row.title, row.addressedTo.joined(separator: "\n"), row.series, id, position])
                    }
                    try LibraryWriter.writeCommitments(views.commitments, id: id, in: db)
                    try LibraryWriter.writeNotesIdentity(views.notesIdentity, id: id, in: db)
                    // Rows the parser no longer finds (it changed since the import) are filled empty, so
                    // the document is not parsed again at every read.
                    try db.execute(sql: "UPDATE recommendation SET title = '', addressed = '' WHERE document_id = ? AND title IS NULL",
                                   arguments: [id])
                }
            }
        }
        return unstored
    }

    /// The documents of `ids` whose rows are still to be filled, in id order.
    func unfilledViews(among ids: [Int]) throws(LibraryError) -> [Int] {
        let wanted = Set(ids)
        return try reading { db in
            try Int.fetchAll(db, sql: "SELECT DISTINCT document_id FROM recommendation WHERE title IS NULL ORDER BY document_id")
        }.filter(wanted.contains)
    }

    /// A document's rows, from its stored bytes (the built-in document from the binary), as import derives them.
    private func derive(_ id: Int) throws -> DerivedViews {
        let document = try storedDocument(id: id)
        let learning = LearningIndex(document: document)
        return DerivedViews(recommendations: LibraryRecommendation.rows(document: id, of: document, learning: learning),
                            commitments: LibraryCommitment.rows(document: id, learning: learning),
                            notesIdentity: DocumentIdentity(document))
    }
}
