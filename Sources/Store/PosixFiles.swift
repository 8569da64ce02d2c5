import Foundation

/// A failed system call, with enough to explain it in one line.
struct PosixFailure: Error {
    var operation: String
    var path: String
    var code: Int32

    var reason: String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a part of the path is a file, not a directory"
        case EROFS: return "the file system is read-only"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exceeded"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

/// The few file operations notes need, done with system calls so that each step (fsync, rename,
/// flock) is explicit and every failure keeps its errno.
enum PosixFiles {
    /// Creates `path` and any missing parents, private to the user (notes may be sensitive).
    static func makeDirectory(_ path: String) throws(PosixFailure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw PosixFailure(operation: "create", path: path, code: errno)
        }
    }

    /// The whole file, or nil when there is none.
    static func readAll(_ path: String) throws(PosixFailure) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw PosixFailure(operation: "read", path: path, code: errno)
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw PosixFailure(operation: "read", path: path, code: errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Replaces `path` with `data` so that, whenever the process dies, the file holds either the
    /// old content or the new, never a mix: write a temporary file in the same directory, fsync it,
    /// rename it over the target, then fsync the directory so the rename itself is durable.
    static func writeAtomically(_ data: Data, to path: String) throws(PosixFailure) {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 { throw PosixFailure(operation: "write", path: directory, code: errno) }
        var failure: PosixFailure?
        if let problem = writeAll(data, to: descriptor) {
            failure = PosixFailure(operation: "write", path: temporary, code: problem)
        } else if fsync(descriptor) != 0 {
            failure = PosixFailure(operation: "sync", path: temporary, code: errno)
        }
        if close(descriptor) != 0 && failure == nil {
            failure = PosixFailure(operation: "write", path: temporary, code: errno)
        }
        if failure == nil && rename(temporary, path) != 0 {
            failure = PosixFailure(operation: "replace", path: path, code: errno)
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        syncDirectory(directory)
    }

    /// Temporary files are hidden, named after their target, and unique to the writer.
    static func temporaryPath(for path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let unique = UUID().uuidString.prefix(8)
        return directory + "/" + temporaryPrefix(for: name) + "\(getpid())-\(unique)"
    }

    static func temporaryPrefix(for name: String) -> String { "." + name + ".tmp-" }

    /// Removes temporary files a killed writer left for `path`. Only safe under the file's lock,
    /// when no other writer can be between its write and its rename.
    static func removeLeftoverTemporaries(for path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let prefix = temporaryPrefix(for: (path as NSString).lastPathComponent)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(prefix) {
            unlink(directory + "/" + name)
        }
    }

    /// Runs `body` holding an exclusive advisory lock on `lockPath` (created if needed). flock locks
    /// belong to the open file description, so two processes, or two stores in one process, exclude
    /// each other; the kernel drops the lock if the process dies.
    static func withExclusiveLock<T>(_ lockPath: String, _ body: () throws(NoteStoreError) -> T)
        throws(LockedFailure) -> T {
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            throw .posix(PosixFailure(operation: "lock", path: (lockPath as NSString).deletingLastPathComponent, code: errno))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw .posix(PosixFailure(operation: "lock", path: lockPath, code: errno)) }
        }
        defer { flock(descriptor, LOCK_UN) }
        do { return try body() } catch { throw .store(error) }
    }

    enum LockedFailure: Error {
        case posix(PosixFailure)
        case store(NoteStoreError)
    }

    /// Makes a completed rename durable. Some file systems refuse fsync on a directory; the rename
    /// has still happened atomically, so that is not an error worth reporting.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Writes every byte, resuming after partial writes and interruptions; returns errno on failure.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
