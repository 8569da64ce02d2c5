import Foundation
import GRDB

/// An older library casebook cannot write (a read-only drive or file) is read as it is: copied into a
/// private folder under $TMPDIR, the copy brought up to date and opened read-only, the user told in one
/// line. The folder goes when the store does, or at exit. Only below `largest` bytes: a copy of a
/// larger one would fill the temporary folder and take long; that one keeps the message it always had.
enum OlderLibraryCopy {
    static let largest = 256 * 1024 * 1024

    static func notice(_ path: String) -> String {
        // What it means comes first, so that it shows in a narrow status line; the path last.
        "older library, read-only here: opened as it is, changes cannot be saved to it (\(path), from an older casebook)"
    }

    static func refusal(_ path: String) -> LibraryError {
        LibraryError(.readOnly, "library \(path) is from an older casebook and its drive is read-only, so it cannot be brought up to date")
    }

    /// The up-to-date copy of `source` (opened read-only on `path`), itself opened read-only: its folder and queue.
    static func open(_ source: DatabaseQueue, path: String, largest: Int = largest) throws -> (folder: String, queue: DatabaseQueue) {
        let size = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
        guard size <= largest else { throw refusal(path) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-older-library-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            TemporaryFolders.shared.keep(folder)
            let copyPath = folder + "/library.sqlite"
            // SQLite's backup reads what the library holds, its log included, as one snapshot.
            let copy = try DatabaseQueue(path: copyPath)
            try source.backup(to: copy)
            try LibrarySchema.migrator.migrate(copy)
            try copy.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            let configuration = LibraryStore.configuration(writable: false, label: "casebook library (an older one's copy)")
            return (folder, try DatabaseQueue(path: copyPath, configuration: configuration))
        } catch {
            TemporaryFolders.shared.remove(folder)
            throw refusal(path)
        }
    }
}

/// The temporary folders this process made, removed at exit if not before.
final class TemporaryFolders: @unchecked Sendable {
    static let shared = TemporaryFolders()
    // Guards `folders` and `registered`.
    private let lock = NSLock()
    private var folders: Set<String> = []
    private var registered = false

    func keep(_ folder: String) {
        let register = lock.withLock {
            folders.insert(folder)
            defer { registered = true }
            return !registered
        }
        if register { atexit { TemporaryFolders.shared.removeAll() } }
    }

    func remove(_ folder: String) {
        lock.withLock { _ = folders.remove(folder) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    func removeAll() {
        let all = lock.withLock { () -> Set<String> in
            defer { folders = [] }
            return folders
        }
        for folder in all { try? FileManager.default.removeItem(atPath: folder) }
    }
}
