import Foundation

/// Creates a file only where there is none: the editable copies `casebook data init` writes must
/// never overwrite a trainer's own file.
public enum NewFile {
    public enum Outcome: Equatable, Sendable {
        case written
        /// A file was already there; it is left as it is.
        case kept
        /// One line saying why it could not be written.
        case failed(String)
    }

    /// Writes `text` to `path`, making its folder if need be, unless something is at `path` already.
    public static func create(_ text: String, at path: String) -> Outcome {
        do throws(PosixFailure) {
            try PosixFiles.makeDirectory((path as NSString).deletingLastPathComponent)
        } catch {
            return .failed("cannot create \(error.path): \(error.reason)")
        }
        // O_EXCL: the check and the creation are one step, so a file made meanwhile is never replaced.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            return errno == EEXIST ? .kept : .failed("cannot write \(path): \(PosixFailure(operation: "write", path: path, code: errno).reason)")
        }
        defer { close(descriptor) }
        if let code = PosixFiles.writeAll(Data(text.utf8), to: descriptor) {
            return .failed("cannot write \(path): \(PosixFailure(operation: "write", path: path, code: code).reason)")
        }
        return .written
    }
}
