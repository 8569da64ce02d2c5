import Foundation
import Glibc

/// Opening only regular files, without blocking: a FIFO opened for reading waits for a writer for
/// ever, and a device or socket never ends; neither is a document, a sidecar or a store.
public enum RegularFile {
    /// What `open` returns for a path that opened but is not a regular file (errno says nothing then).
    public static let notRegular: Int32 = -2

    /// A descriptor for `path` (close it), or -1 with errno set when it cannot be opened, or
    /// `notRegular` (a directory too). O_NONBLOCK makes opening a FIFO return at once; on a regular file it changes nothing.
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) -> Int32 {
        let descriptor = Glibc.open(path, flags | O_NONBLOCK | O_CLOEXEC, mode)
        if descriptor < 0 { return descriptor }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return notRegular
        }
        return descriptor
    }
}
