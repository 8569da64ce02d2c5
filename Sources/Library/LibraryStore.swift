import Content
import Formats
import Foundation
import GRDB

/// The library: every imported review in one SQLite file. Opening reads no document; the list comes
/// from its table, a document is parsed from its stored bytes only when it is opened.
public final class LibraryStore: LibraryCatalog, Sendable {
    public let path: String
    /// Opened read-only, because the file or its folder cannot be written (a read-only drive).
    public let isReadOnly: Bool
    /// What the user should know that did not stop casebook (a corrupt library moved aside), one line each.
    public let notices: [String]
    let queue: DatabaseQueue
    /// The last facets the library screen's search resolved (dropped at each write).
    let facetCache = FacetResolutionCache()
    /// The private folder of an older library's up-to-date copy, read in its place (`OlderLibraryCopy`).
    let copyFolder: String?

    /// How long a write waits for another casebook (or any program) holding the library.
    public static let busyTimeout: TimeInterval = 5

    private init(path: String, isReadOnly: Bool, notices: [String], queue: DatabaseQueue, copyFolder: String? = nil) {
        self.path = path
        self.isReadOnly = isReadOnly
        self.notices = notices
        self.queue = queue
        self.copyFolder = copyFolder
    }

    deinit {
        guard let copyFolder else { return }
        try? queue.close()
        TemporaryFolders.shared.remove(copyFolder)
    }

    /// Opens the library at `path`, creating it (with the built-in document) when it is not there. A
    /// file that is plainly no database (text, PDF, a pipe) is refused untouched; a database that is
    /// not a library or is damaged is moved aside and a fresh one made; one written by a
    /// newer casebook is refused untouched; on a drive casebook cannot write it is opened read-only.
    /// `upgrading` is called before an older library is brought up to date, which can take seconds
    /// at thousands of reviews, so that the user is told why nothing shows yet.
    public static func open(path: String, upgrading: (() -> Void)? = nil) throws(LibraryError) -> LibraryStore {
        let folder = (path as NSString).deletingLastPathComponent
        let exists = FileManager.default.fileExists(atPath: path)
        if exists, !LibraryFileShape.mayBeLibrary(path) {
            // A user's own document named by mistake: what is not a database is never moved nor replaced.
            throw LibraryError(.notALibrary, "\(path) is not a casebook library")
        }
        if !exists {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw LibraryError(.readOnly, "cannot create the library \(path): \(error.localizedDescription)")
            }
        }
        let mode = LibraryAccess.first(canWriteFolder: access(folder, W_OK) == 0, canWriteFile: !exists || access(path, W_OK) == 0)
        if !exists && mode != .write { throw LibraryError(.readOnly, "cannot create the library \(path): its folder is read-only") }
        return try open(path: path, access: mode, upgrading: upgrading)
    }

    /// `open(path:upgrading:)` once it is known whether the library can be written; `largestCopy`: the
    /// largest older library read through an up-to-date copy when it cannot be written.
    static func open(path: String, access: LibraryAccess, upgrading: (() -> Void)? = nil,
                     largestCopy: Int = OlderLibraryCopy.largest) throws(LibraryError) -> LibraryStore {
        do {
            return try connect(path: path, access: access, notices: [], upgrading: upgrading, largestCopy: largestCopy)
        } catch let error as DatabaseError where access == .write && isDamage(error) {
            let aside = try moveAside(path)
            // What happened comes first, so that it shows in a narrow status line; the aside file names the library.
            let notice = "library was damaged (\(error.resultCode == .SQLITE_NOTADB ? "not a library file" : "corrupt")), "
                + "so casebook started a fresh one; the old file is kept as \(aside)"
            do { return try connect(path: path, access: .write, notices: [notice]) } catch { throw failure(error, path: path) }
        } catch let error as DatabaseError where access == .read
                    && LibraryAccess.mayReadUnchanging(after: error.resultCode, logHoldsChanges: LibraryAccess.logHoldsChanges(path)) {
            do { return try connect(path: path, access: .readUnchanging, notices: [], largestCopy: largestCopy) } catch { throw failure(error, path: path) }
        } catch {
            throw failure(error, path: path)
        }
    }

    private static func isDamage(_ error: DatabaseError) -> Bool {
        [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode)
    }

    /// The library when one was ever made; nil when no library was ever made there (so a command
    /// that only reads does not create one).
    public static func openIfExists(path: String, upgrading: (() -> Void)? = nil) throws(LibraryError) -> LibraryStore? {
        FileManager.default.fileExists(atPath: path) ? try open(path: path, upgrading: upgrading) : nil
    }

    /// How every connection to a library is made: its search's functions registered (`casebook_snippet`).
    static func configuration(writable: Bool, label: String) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = !writable
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = label
        configuration.prepareDatabase { try LinearSnippetFunction.register(in: $0) }
        return configuration
    }

    private static func connect(path: String, access: LibraryAccess, notices: [String], upgrading: (() -> Void)? = nil,
                                largestCopy: Int = OlderLibraryCopy.largest) throws -> LibraryStore {
        let writable = access == .write
        let queue = try DatabaseQueue(path: access.databasePath(path), configuration: configuration(writable: writable, label: "casebook library"))
        do {
            try prepare(queue, path: path, writable: writable, upgrading: upgrading)
        } catch is OlderReadOnly {
            defer { try? queue.close() }
            let copy = try OlderLibraryCopy.open(queue, path: path, largest: largestCopy)
            return LibraryStore(path: path, isReadOnly: true, notices: notices + [OlderLibraryCopy.notice(path)], queue: copy.queue,
                                copyFolder: copy.folder)
        } catch {
            // Closed before the file can be moved aside: closing deletes the log by its name, which by then
            // would be the fresh library's.
            try? queue.close()
            throw error
        }
        return LibraryStore(path: path, isReadOnly: !writable, notices: notices, queue: queue)
    }

    /// Checks the library's version, brings an older one up to date, and reads the list once.
    private static func prepare(_ queue: DatabaseQueue, path: String, writable: Bool, upgrading: (() -> Void)?) throws {
        let migrator = LibrarySchema.migrator
        if try queue.read({ try migrator.hasBeenSuperseded($0) }) {
            throw LibraryError(.newerVersion,
                               "library \(path) was written by a newer casebook; this one leaves it untouched (update casebook to use it)")
        }
        if writable {
            // Readers never wait for the writer, and a killed import leaves only its uncommitted log behind.
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            let isOlder = try queue.read { db in
                try !migrator.appliedIdentifiers(db).isEmpty && !migrator.hasCompletedMigrations(db)
            }
            if isOlder { upgrading?() }
            try migrator.migrate(queue)
        } else if try !queue.read({ try migrator.hasCompletedMigrations($0) }) {
            throw OlderReadOnly()
        }
        // Damage in the pages every command reads first (the list) shows here, while it can still be moved aside.
        _ = try queue.read { try Row.fetchAll($0, sql: entrySelect) }
    }

    /// An older library that cannot be written: read through an up-to-date copy (`OlderLibraryCopy`).
    private struct OlderReadOnly: Error {}

    /// `NAME.corrupt-<UTC time>`, with its WAL and shared-memory files beside it.
    private static func moveAside(_ path: String) throws(LibraryError) -> String {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let aside = path + ".corrupt-" + stamp
        do {
            try FileManager.default.moveItem(atPath: path, toPath: aside)
            for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
        } catch {
            throw LibraryError(.cannotOpen, "library \(path) is damaged and cannot be moved aside (\(error.localizedDescription)); it is left as it is")
        }
        return aside
    }

    /// Any error of the database, as one line for the user.
    static func failure(_ error: any Error, path: String) -> LibraryError {
        if let error = error as? LibraryError { return error }
        guard let error = error as? DatabaseError else { return LibraryError(.failed, "library \(path): \(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return LibraryError(.locked, "library \(path) is in use by another program and stayed locked for "
                                + "\(Int(busyTimeout)) seconds; try again when it has finished")
        case .SQLITE_READONLY:
            return LibraryError(.readOnly, "library \(path) cannot be written (read-only drive or file)")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return LibraryError(.cannotOpen, "library \(path) is damaged (\(error.message ?? "corrupt")); nothing was changed")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return LibraryError(.cannotOpen, "library \(path) cannot be opened (\(error.message ?? "permission denied"))")
        default:
            return LibraryError(.failed, "library \(path): \(error.message ?? "\(error.resultCode)")")
        }
    }

    /// Runs a read, turning the database's errors into one line.
    func reading<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        do { return try queue.read(body) } catch { throw Self.failure(error, path: path) }
    }

    /// Runs a write in one transaction, refused on a read-only library.
    func writing<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
        if isReadOnly { throw LibraryError(.readOnly, "library \(path) is read-only here (read-only drive or file); nothing was changed") }
        // Dropped after the write as well as on failure: a write that failed at commit may have changed nothing, or not.
        defer { facetCache.libraryChanged() }
        do { return try queue.write(body) } catch { throw Self.failure(error, path: path) }
    }

    // MARK: Reading

    /// Every document, the built-in one included, in id order; no document is parsed.
    public func entries() throws -> [LibraryEntry] { try listing() }

    /// `entries()`, with the library's own error type: one table read, no recommendation.
    public func listing() throws(LibraryError) -> [LibraryEntry] {
        try reading { db in try Self.withFlags(try Row.fetchAll(db, sql: Self.entrySelect + " ORDER BY id").map(Self.entry), in: db) }
    }

    public func entry(id: Int) throws(LibraryError) -> LibraryEntry? {
        try reading { db in
            try Row.fetchOne(db, sql: Self.entrySelect + " WHERE id = ?", arguments: [id]).map { try Self.withFlags([Self.entry($0)], in: db)[0] }
        }
    }

    /// The entries with their `has:` flags, from the flags' rows of `learning_positions` (the three values'
    /// rows lie together there: a fraction of a millisecond at 2,000 reviews, where a lookup per review took 8).
    static func withFlags(_ entries: [LibraryEntry], in db: Database) throws -> [LibraryEntry] {
        guard try db.tableExists("learning_positions") else { return entries }
        var flags: [Int: [String]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT document_id, value FROM learning_value JOIN learning_positions ON value_id = learning_value.id WHERE facet = 'has'
            """)
        while let row = try rows.next() { flags[row[0], default: []].append(row[1]) }
        return entries.map { entry in
            var entry = entry
            entry.flags = RecommendationFacets.flagNames.filter { flags[entry.id]?.contains($0) ?? false }
            return entry
        }
    }

    /// What `entry(_:)` reads: the list's columns (from the `document_listing` index) and the learning.
    static let entrySelect = """
        SELECT id, title, organisation, year, source, recommendation_count, completed, in_progress, planned,
               coalesce(themes, '') AS themes, coalesce(agencies, '') AS agencies
        FROM document LEFT JOIN document_learning ON document_id = id
        """

    static func entry(_ row: Row) -> LibraryEntry {
        var counts: [String: Int] = [:]
        for (column, status) in [("completed", "completed"), ("in_progress", "in progress"), ("planned", "planned")] {
            let count: Int = row[column]
            if count > 0 { counts[status] = count }
        }
        let (themes, agencies): (String, String) = (row["themes"], row["agencies"])
        return LibraryEntry(id: row["id"], title: row["title"], organisation: row["organisation"], year: row["year"],
                            source: row["source"], recommendationCount: row["recommendation_count"], statusCounts: counts,
                            themes: themes.split(separator: "\n").map(String.init), agencies: agencies.split(separator: "\n").map(String.init))
    }

    /// The facts the doc:, org: and year: facets ask, for one document.
    public static func facts(of entry: LibraryEntry) -> DocumentFacts {
        DocumentFacts(id: entry.id, title: entry.title, organisation: entry.organisation, year: entry.year)
    }

    /// The document with this id, parsed from the bytes the library holds (its source file may be gone),
    /// with the local data beside its source when that is still there.
    public func document(id: Int) throws -> ReviewDocument { try openDocument(id: id) }

    /// `explaining` keeps the rules `check --explain` shows (`ReviewParser.parse`).
    public func openDocument(id: Int, explaining: Bool = false) throws(LibraryError) -> ReviewDocument {
        let document = try storedDocument(id: id, explaining: explaining)
        guard id != LibrarySchema.builtInID, FileManager.default.fileExists(atPath: document.source) else { return document }
        return DocumentLoader.withLocalData(document, beside: document.source)
    }

    /// The document parsed from its stored bytes alone, as import parsed it (no local data beside its source).
    func storedDocument(id: Int, explaining: Bool = false) throws(LibraryError) -> ReviewDocument {
        if id == LibrarySchema.builtInID { return DocumentLoader.builtInDocument(explaining: explaining) }
        let stored = try reading { db in
            try Row.fetchOne(db, sql: "SELECT source, content FROM document WHERE id = ?", arguments: [id])
        }
        guard let stored else { throw LibraryError(.noSuchDocument, "no document \(id) in the library (casebook library lists them)") }
        let source: String = stored["source"]
        let content: Data = stored["content"]
        do { return try DocumentOpener.parse(content, source: source, explaining: explaining) } catch {
            throw LibraryError(.failed, "library document \(id): \(error.message)")
        }
    }

    public var documentCount: Int {
        get throws(LibraryError) { try reading { try Int.fetchOne($0, sql: "SELECT count(*) FROM document") ?? 0 } }
    }

    /// Folds the write-ahead log into the library file, after an import; a reader in the way only
    /// leaves the log for SQLite to fold later.
    public func checkpoint() {
        guard !isReadOnly else { return }
        _ = try? queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    // MARK: Removing

    /// Removes documents by id; the built-in document cannot be removed. Returns the titles removed.
    public func remove(_ ids: [Int]) throws(LibraryError) -> [LibraryEntry] {
        if ids.contains(LibrarySchema.builtInID) {
            throw LibraryError(.builtInDocument, "document \(LibrarySchema.builtInID) is the built-in Child J response; it is always in the library")
        }
        var removed: [LibraryEntry] = []
        for id in ids {
            guard let entry = try entry(id: id) else {
                throw LibraryError(.noSuchDocument, "no document \(id) in the library (casebook library lists them)")
            }
            removed.append(entry)
        }
        try writing { db in
            for id in ids { try LibraryWriter.delete(id, in: db) }
        }
        return removed
    }
}
