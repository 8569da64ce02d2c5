import Content
import Foundation

/// Whether an existing file could be a library, told from its first bytes without blocking: every
/// SQLite database starts with the same 16 bytes, so a text, PDF or Word file named as the library by
/// mistake (`--library mydoc.txt`) is told apart from a damaged library (which is moved aside) and left
/// as it is.
enum LibraryFileShape {
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// False for a file that is not regular (a FIFO, a device), and for one whose first bytes are not
    /// SQLite's header unless it has casebook's own name (`library.sqlite`: casebook made it, so any
    /// bytes in it are damage). True for an empty file (SQLite makes it a new database) and for one
    /// casebook cannot open, which SQLite then explains.
    static func mayBeLibrary(_ path: String) -> Bool {
        let descriptor = RegularFile.open(path, O_RDONLY)
        if descriptor == RegularFile.notRegular { return false }
        if descriptor < 0 { return true }
        defer { close(descriptor) }
        var start = [UInt8](repeating: 0, count: header.count)
        let count = start.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 { return true }
        return start[0..<count].elementsEqual(header[0..<count])
            || (path as NSString).lastPathComponent == LibraryLocation.fileName
    }
}
