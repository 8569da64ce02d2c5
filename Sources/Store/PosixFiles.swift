import Content
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
        case ELOOP: return "it is a symbolic link, which casebook does not follow there"
        case PosixFiles.notRegularFile: return "not a regular file"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

/// The few file operations notes need, done with system calls so that each step (fsync, rename,
/// flock) is explicit and every failure keeps its errno.
package enum PosixFiles {
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

    /// The code `PosixFailure` carries for a path that is a FIFO, a device or a directory; no errno
    /// says that, and these files can block or never end.
    static let notRegularFile: Int32 = -1

    /// Opens `path` without blocking (a FIFO would wait for a writer) and only if it is a regular file.
    /// Returns -1 with errno set when it cannot be opened, and throws when it is not a regular file.
    static func openRegularFile(_ path: String, _ flags: Int32, operation: String) throws(PosixFailure) -> Int32 {
        let descriptor = RegularFile.open(path, flags)
        if descriptor == RegularFile.notRegular { throw PosixFailure(operation: operation, path: path, code: notRegularFile) }
        return descriptor
    }

    /// The whole file, or nil when there is none.
    static func readAll(_ path: String) throws(PosixFailure) -> Data? {
        try readFile(path)?.data
    }

    /// The file from byte `offset` to its end, with the identity of the file read; nil when there is
    /// none. `followLinks: false` refuses a symbolic link (ELOOP) where casebook never makes one.
    static func readFile(_ path: String, from offset: Int = 0, followLinks: Bool = true)
        throws(PosixFailure) -> (data: Data, identity: FileIdentity)? {
        let descriptor = try openRegularFile(path, O_RDONLY | (followLinks ? 0 : O_NOFOLLOW), operation: "read")
        if descriptor < 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw PosixFailure(operation: "read", path: path, code: errno)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw PosixFailure(operation: "read", path: path, code: errno) }
        if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            throw PosixFailure(operation: "read", path: path, code: errno)
        }
        return (try readToEnd(descriptor, path), FileIdentity(status))
    }

    private static func readToEnd(_ descriptor: Int32, _ path: String) throws(PosixFailure) -> Data {
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
    /// A symbolic link is written through: its target is replaced, in the target's directory, and the
    /// link stays (a notes file linked into a synced folder keeps reaching it).
    /// `followLinks: false` replaces a link at `link` itself, for files casebook never links.
    /// `replacing: false` fails with EEXIST, writing nothing, when a file is at the target.
    static func writeAtomically(_ data: Data, to link: String, followLinks: Bool = true, replacing: Bool = true)
        throws(PosixFailure) {
        let path = followLinks ? try resolvingLinks(link) : link
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
        if failure == nil {
            if replacing {
                if rename(temporary, path) != 0 { failure = PosixFailure(operation: "replace", path: path, code: errno) }
            } else if let code = placeWithoutReplacing(temporary, at: path) {
                failure = PosixFailure(operation: "write", path: path, code: code)
            }
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        syncDirectory(directory)
    }

    /// Writes `data` to a file the user named, atomically: never over a FIFO, device or folder (that
    /// would replace the node, or block), and over an existing file only when `replacing` (EEXIST
    /// otherwise, nothing written). A symbolic link is written through, as `writeAtomically` does.
    static func writeUserFile(_ data: Data, to link: String, replacing: Bool) throws(PosixFailure) {
        let path = try resolvingLinks(link)
        var status = stat()
        guard lstat(path, &status) == 0 else {
            try writeAtomically(data, to: path, followLinks: false, replacing: false)
            return
        }
        if status.st_mode & S_IFMT != S_IFREG { throw PosixFailure(operation: "write", path: link, code: notRegularFile) }
        if !replacing { throw PosixFailure(operation: "write", path: link, code: EEXIST) }
        try writeAtomically(data, to: path, followLinks: false)
    }

    /// Puts `temporary` at `path` only if nothing is there, in one step: a hard link fails when a file
    /// appeared meanwhile. Where hard links are not supported (some removable drives), a rename after a
    /// last look.
    private static func placeWithoutReplacing(_ temporary: String, at path: String) -> Int32? {
        if link(temporary, path) == 0 {
            unlink(temporary)
            return nil
        }
        let code = errno
        guard [EPERM, EOPNOTSUPP, EMLINK, ENOSYS].contains(code) else { return code }
        var status = stat()
        if lstat(path, &status) == 0 { return EEXIST }
        return rename(temporary, path) == 0 ? nil : errno
    }

    /// Where `path` leads when it is a symbolic link (or a chain of them), even to a file that does not
    /// exist yet; `path` itself otherwise.
    static func resolvingLinks(_ path: String) throws(PosixFailure) -> String {
        var current = path
        for _ in 0..<32 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            if count < 0 { throw PosixFailure(operation: "read link", path: current, code: errno) }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target
                : (current as NSString).deletingLastPathComponent + "/" + target
        }
        throw PosixFailure(operation: "write", path: path, code: ELOOP)
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
    static func removeLeftoverTemporaries(for link: String) {
        // A symlinked file's temporaries are beside its target.
        guard let path = try? resolvingLinks(link) else { return }
        let directory = (path as NSString).deletingLastPathComponent
        let prefix = temporaryPrefix(for: (path as NSString).lastPathComponent)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(prefix) {
            unlink(directory + "/" + name)
        }
    }

    /// Runs `body` holding an exclusive advisory lock on `lockPath` (created if needed). flock locks
    /// belong to the open file description, so two processes, or two stores in one process, exclude
    /// each other; the kernel drops the lock if the process dies. The lock file is never a link to
    /// follow (that would create a file wherever the link points) and must be a regular file.
    static func withExclusiveLock<T>(_ lockPath: String, _ body: () throws(NoteStoreError) -> T)
        throws(LockedFailure) -> T {
        let descriptor: Int32
        do throws(PosixFailure) {
            descriptor = try openRegularFile(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW, operation: "lock")
        } catch {
            throw .posix(error)
        }
        if descriptor < 0 {
            let path = errno == ELOOP ? lockPath : (lockPath as NSString).deletingLastPathComponent
            throw .posix(PosixFailure(operation: "lock", path: path, code: errno))
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
    static func syncDirectory(_ directory: String) {
        let descriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Writes every byte, resuming after partial writes and interruptions; returns errno on failure.
    package static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
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
