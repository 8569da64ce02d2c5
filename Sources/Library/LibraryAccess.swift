import Foundation
import GRDB

/// How casebook reaches the library file: to write it, or only to read it when the file or its folder
/// cannot be written (a read-only drive, or another user's folder).
enum LibraryAccess: Equatable, Sendable {
    case write
    /// Read beside any program that writes it, through SQLite's locks and write-ahead log index.
    case read
    /// Read as a file that nothing changes (SQLite's `immutable=1`): a WAL library needs its log and
    /// log index beside it, which SQLite cannot make in a folder it cannot write, so `read` fails there.
    case readUnchanging

    /// `write` when both the file and its folder can be written (SQLite makes its log files there), else `read`.
    static func first(canWriteFolder: Bool, canWriteFile: Bool) -> LibraryAccess {
        canWriteFolder && canWriteFile ? .write : .read
    }

    /// Whether a `read` that failed with `code` may be tried again as `readUnchanging`: only when SQLite
    /// could not make its log files (READONLY… or CANTOPEN) and no log holds changes not yet in the file,
    /// which reading it unchanging would not see.
    static func mayReadUnchanging(after code: ResultCode, logHoldsChanges: Bool) -> Bool {
        !logHoldsChanges && [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(code.primaryResultCode)
    }

    /// Whether the write-ahead log beside `path` is a file with something in it.
    static func logHoldsChanges(_ path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal") else { return false }
        return attributes[.type] as? FileAttributeType == .typeRegular && (attributes[.size] as? Int ?? 0) > 0
    }

    /// What GRDB is given to open `path` this way: the path itself, or an SQLite URI (the system SQLite
    /// reads URIs: Debian and Ubuntu build it with SQLITE_USE_URI).
    func databasePath(_ path: String) -> String {
        guard self == .readUnchanging else { return path }
        // In a URI path `%`, `?` and `#` have meanings of their own; an absolute path starts after `file://`.
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return (path.hasPrefix("/") ? "file://" : "file:") + escaped + "?immutable=1"
    }
}
