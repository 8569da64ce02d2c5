import Content
import Foundation
import GRDB
import Learning

/// `casebook add`: files and folders into the library. Documents are read and derived on every core a
/// batch at a time, then written one transaction each, so an import killed half-way leaves the
/// library as it was before the document being written.
public struct LibraryImporter: Sendable {
    /// What happened to one file.
    public enum Outcome: Sendable, Equatable {
        case added(Int), updated(Int), unchanged(Int), unreadable(String)
        /// The same bytes as a file added earlier in the same run (document `Int`): not added twice.
        case copy(Int)
    }

    /// The counts of a run, and why each unreadable file was.
    public struct Summary: Sendable, Equatable {
        public var added = 0, updated = 0, unchanged = 0
        /// Of the unchanged, those the same bytes as another file of this run.
        public var copies = 0
        public var unreadable: [String] = []
        /// The first file that could not be read, for the summary's hint.
        public var firstUnreadable: String?
        public init() {}

        mutating func count(_ outcome: Outcome, path: String) {
            switch outcome {
            case .added: added += 1
            case .updated: updated += 1
            case .unchanged: unchanged += 1
            case .copy:
                unchanged += 1
                copies += 1
            case .unreadable(let reason):
                unreadable.append(reason)
                if firstUnreadable == nil { firstUnreadable = path }
            }
        }

        /// "42 added, 3 unchanged (1 a copy of another file here), 1 updated, 2 could not be read — see why
        /// above, or `casebook check FIRST` (the first)": `casebook check` alone checks the built-in document.
        public var line: String {
            let copiesNote = copies == 0 ? "" : " (\(copies) \(copies == 1 ? "a copy" : "copies") of another file here)"
            var parts = ["\(added) added", "\(unchanged) unchanged" + copiesNote, "\(updated) updated"]
            if let first = firstUnreadable {
                let check = "`casebook check \(Self.shellWord(first))`"
                parts.append("\(unreadable.count) could not be read — see " + (unreadable.count == 1 ? check : "why above, or \(check) (the first)"))
            }
            return parts.joined(separator: ", ")
        }

        /// `path` as one shell word, to be pasted: quoted when it holds anything but plain path characters.
        static func shellWord(_ path: String) -> String {
            let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+,:@%=".contains($0)) }
            return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
    }

    /// Where a run is, for a progress bar.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var current: String
    }

    /// The extensions a folder is searched for; a file named on the command line is tried whatever its name.
    public static let documentExtensions: Set<String> = ["txt", "md", "markdown", "pdf", "docx", "html", "htm"]

    let store: LibraryStore
    /// How many documents are read and derived at once before they are written.
    var batchSize = 32

    public init(store: LibraryStore) {
        self.store = store
    }

    /// The documents named: files as given, folders searched recursively for documents (hidden files,
    /// local-data sidecars and other files skipped; links that lead nowhere and FIFOs kept, so that they are
    /// counted as unreadable), each once, as absolute paths.
    public static func files(in paths: [String]) -> [String] {
        let manager = FileManager.default
        var files: [String] = []
        var seen = Set<String>()
        func keep(_ path: String) {
            let absolute = absolutePath(path)
            if seen.insert(absolute).inserted { files.append(absolute) }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                keep(path)
                continue
            }
            let found = (manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []).sorted()
            for relative in found {
                let name = (relative as NSString).lastPathComponent
                let full = (path as NSString).appendingPathComponent(relative)
                guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                      !LocalDataSidecar.isSidecar(name),
                      documentExtensions.contains((name as NSString).pathExtension.lowercased()),
                      !isFolder(full) else { continue }
                // Kept even when it cannot be opened (a link in a loop, a FIFO): reading it says why.
                keep(full)
            }
        }
        return files
    }

    /// Whether `path` leads to a folder; a link that leads nowhere does not.
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    static func absolutePath(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }

    /// Imports `files` (see `files(in:)`), telling `progress` after each; a file that cannot be read is
    /// counted and the rest go on. A library error (locked, read-only) stops the run.
    public func add(_ files: [String], progress: (Progress) -> Void = { _ in }) throws(LibraryError) -> Summary {
        var known = try store.reading { db in
            try Row.fetchAll(db, sql: "SELECT id, source, content_hash FROM document").map { row in
                (id: row["id"] as Int, source: row["source"] as String, hash: row["content_hash"] as String)
            }
        }
        var summary = Summary()
        var addedNow = Set<Int>()
        var done = 0
        for start in stride(from: 0, to: files.count, by: batchSize) {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let snapshot = known
            // Reading and hashing is cheap; only documents new or changed are parsed and derived.
            let prepared = Parallel.map(batch) { path in Self.prepare(path, known: snapshot) }
            for (path, preparation) in zip(batch, prepared) {
                progress(Progress(done: done, total: files.count, current: path))
                let outcome: Outcome
                if let copied = copy(of: preparation, known: known, addedNow: addedNow) { outcome = copied } else { outcome = try write(preparation) }
                if case .added(let id) = outcome, case .ready(let document, _) = preparation {
                    known.append((id: id, source: document.source, hash: document.hash))
                    addedNow.insert(id)
                }
                summary.count(outcome, path: path)
                done += 1
            }
        }
        progress(Progress(done: done, total: files.count, current: ""))
        return summary
    }

    /// What to do with one file, decided before the database is touched.
    enum Preparation: Sendable {
        case ready(PreparedDocument, replacing: Int?)
        case known(Int)
        case failed(String)
    }

    static func prepare(_ path: String, known: [(id: Int, source: String, hash: String)]) -> Preparation {
        do {
            let data = try DocumentLoader.readFile(path)
            let hash = ContentHash.of(data)
            // The same bytes, from here or another path, are in the library already.
            if let same = known.first(where: { $0.hash == hash }) {
                return .known(same.id)
            }
            let previous = known.first { $0.source == path }
            return .ready(try PreparedDocument(content: data, source: path), replacing: previous?.id)
        } catch {
            return .failed(error.message)
        }
    }

    /// The same bytes as a file added earlier in this run (in this batch, prepared as new before that
    /// one was written; or in an earlier one): a copy, said so in the summary, not a second document.
    private func copy(of preparation: Preparation, known: [(id: Int, source: String, hash: String)], addedNow: Set<Int>) -> Outcome? {
        switch preparation {
        case .ready(let document, _): return known.first { $0.hash == document.hash }.map { .copy($0.id) }
        case .known(let id): return addedNow.contains(id) ? .copy(id) : nil
        case .failed: return nil
        }
    }

    private func write(_ preparation: Preparation) throws(LibraryError) -> Outcome {
        switch preparation {
        case .known(let id): return .unchanged(id)
        case .failed(let reason): return .unreadable(reason)
        case .ready(let document, let replacing):
            return try store.writing { db in
                if let replacing {
                    try LibraryWriter.replace(replacing, with: document, in: db)
                    return .updated(replacing)
                }
                return .added(try LibraryWriter.insert(document, in: db))
            }
        }
    }
}
