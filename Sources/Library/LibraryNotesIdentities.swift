import Content
import Foundation
import GRDB
import Learning

/// What names each document's notes, from the table import fills (migration v6): the marks across the
/// library are found from these and the notes files alone, and only the reviews with marks are parsed.
extension LibraryStore {
    public func notesIdentities(of ids: [Int]) throws -> [Int: DocumentIdentity] { try storedNotesIdentities(of: ids) }

    /// The documents a reading would parse first, for the runtime to parse a batch at a time (none on a
    /// read-only library, where nothing parsed is kept).
    public func unparsed(of ids: [Int], for reading: LibraryReading) throws -> [Int] {
        guard !isReadOnly else { return [] }
        switch reading {
        case .views: return try unfilledViews(among: ids)
        case .notesIdentities:
            // The built-in Child J's needs no parse (see `keptIdentities`).
            let stored = Set(try self.reading { try Int.fetchAll($0, sql: "SELECT document_id FROM document_notes") } + [LibrarySchema.builtInID])
            return ids.filter { !stored.contains($0) }
        }
    }

    public func parse(_ ids: [Int], for reading: LibraryReading) throws {
        switch reading {
        case .views: _ = try fillDerivedViews(of: ids)
        case .notesIdentities: _ = try storedNotesIdentities(of: ids)
        }
    }

    /// The identities of `ids` (a document that cannot be read is left out). A library imported before
    /// they were kept has its documents parsed once, on the first reading, and their identities stored
    /// (a batch per transaction, so an interrupted fill keeps what it did); on a read-only library they
    /// are worked out at each reading.
    public func storedNotesIdentities(of ids: [Int]) throws(LibraryError) -> [Int: DocumentIdentity] {
        var found = try keptIdentities()
        let missing = ids.filter { found[$0] == nil }
        for start in stride(from: 0, to: missing.count, by: 32) {
            let batch = Array(missing[start..<min(start + 32, missing.count)])
            let worked = Parallel.map(batch) { id in (id, (try? storedDocument(id: id)).map(DocumentIdentity.init)) }
            for case let (id, identity?) in worked { found[id] = identity }
            guard !isReadOnly else { continue }
            try writing { db in
                for case let (id, identity?) in worked { try LibraryWriter.writeNotesIdentity(identity, id: id, in: db) }
            }
        }
        let wanted = Set(ids)
        return found.filter { wanted.contains($0.key) }
    }

    /// The identities stored so far, none parsed (a library imported before v6 has them once a reading of
    /// the marks, or of the themes, has parsed its reviews).
    public func keptNotesIdentities() throws -> [Int: DocumentIdentity] { try keptIdentities() }

    /// The built-in Child J is always a review; its identity needs no parse of the library's copy.
    private func keptIdentities() throws(LibraryError) -> [Int: DocumentIdentity] {
        try reading { db in
            var found: [Int: DocumentIdentity] = [LibrarySchema.builtInID: Self.builtInIdentity]
            let rows = try Row.fetchCursor(db, sql: "SELECT document_id, notes_key, fingerprint FROM document_notes")
            while let row = try rows.next() {
                found[row["document_id"]] = DocumentIdentity(key: row["notes_key"], fingerprint: Self.fingerprint(row["fingerprint"]))
            }
            return found
        }
    }

    private static let builtInIdentity = DocumentIdentity(DocumentLoader.builtInDocument())

    /// A fingerprint as `LibraryWriter.writeNotesIdentity` stores it.
    private static func fingerprint(_ bytes: Data) -> TextFingerprint {
        var hashes = [UInt32](repeating: 0, count: bytes.count / 4)
        _ = hashes.withUnsafeMutableBytes { bytes.copyBytes(to: $0) }
        return TextFingerprint(hashes: hashes.map(UInt32.init(littleEndian:)), capacity: DocumentIdentity.fingerprintCapacity)
    }
}
