import Foundation

/// Which file a path named when it was read, so a later look can tell whether it is still the same
/// file, unchanged (a snapshot is replaced by rename, so a new inode) or grown (a journal is appended to).
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int(status.st_size)
        #if os(Linux)
        modifiedSeconds = Int(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        #else
        modifiedSeconds = Int(status.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int(status.st_mtimespec.tv_nsec)
        #endif
    }

    func isSameFile(as other: FileIdentity) -> Bool { device == other.device && inode == other.inode }
}

extension PosixFiles {
    /// The identity of the file at `path` (following links); nil when there is none.
    static func identity(of path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(status)
    }

    /// Appends `data` to the file at `path` and fsyncs it, so the append is durable when this returns.
    /// The file must hold exactly `validLength` good bytes first: anything after them is what a writer
    /// killed mid-append left, and is cut off. A failed write is cut off too, so the file never keeps
    /// half a record. Only safe under the file's lock. Never follows a link.
    static func append(_ data: Data, to path: String, after validLength: Int) throws(PosixFailure) {
        let descriptor = try openRegularFile(path, O_WRONLY | O_NOFOLLOW, operation: "write")
        if descriptor < 0 { throw PosixFailure(operation: "write", path: path, code: errno) }
        defer { close(descriptor) }
        var failure: PosixFailure?
        if ftruncate(descriptor, off_t(validLength)) != 0 || lseek(descriptor, off_t(validLength), SEEK_SET) < 0 {
            failure = PosixFailure(operation: "write", path: path, code: errno)
        } else if let problem = writeAll(data, to: descriptor) {
            failure = PosixFailure(operation: "write", path: path, code: problem)
        } else if fsync(descriptor) != 0 {
            failure = PosixFailure(operation: "sync", path: path, code: errno)
        }
        if let failure {
            _ = ftruncate(descriptor, off_t(validLength))
            throw failure
        }
    }

    /// Removes the file at `path` (the link itself, for a link), and makes that durable; no file is fine.
    static func remove(_ path: String) throws(PosixFailure) {
        if unlink(path) != 0 {
            if errno == ENOENT { return }
            throw PosixFailure(operation: "remove", path: path, code: errno)
        }
        syncDirectory((path as NSString).deletingLastPathComponent)
    }
}
