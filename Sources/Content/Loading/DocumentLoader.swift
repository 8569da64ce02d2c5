import Foundation

/// Why a document could not be opened: one line for the user, ready for stderr.
public struct LoadError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads a document from disk (or the built-in one) and parses it, refusing what is not a text document.
public enum DocumentLoader {
    /// The largest file casebook reads. Real review responses are well under a megabyte; the cap keeps
    /// a wrong file (a disk image, a log) from exhausting memory.
    public static let maximumBytes = 64 * 1024 * 1024

    /// Loads `path` with the local data beside it, or the built-in document when `path` is nil.
    /// `explaining` keeps the rules `check --explain` shows (`ReviewParser.parse`).
    public static func load(path: String?, hints: ParseHints = ParseHints(), explaining: Bool = false) throws(LoadError) -> ReviewDocument {
        guard let path else { return builtInDocument(explaining: explaining) }
        let (hints, warnings) = hintsFor(path, flags: hints)
        var document = try parse(readFile(path), source: path, hints: hints, explaining: explaining)
        document.warnings.insert(contentsOf: warnings, at: 0)
        return withLocalData(document, beside: path)
    }

    /// The hints a document at `path` is read with: the flags, over its sidecar's `[parsing]`; and
    /// the sidecar's unusable lines as warnings.
    public static func hintsFor(_ path: String, flags: ParseHints) -> (ParseHints, [ParseWarning]) {
        let sidecar = ParseHintsSidecar.read(beside: path)
        return (flags.over(sidecar.hints), sidecar.warnings)
    }

    /// The built-in document, with its local data (Portsmouth's agencies and acronyms).
    public static func builtInDocument(explaining: Bool = false) -> ReviewDocument {
        let name = BuiltInContent.defaultDocumentName
        let data = BuiltInContent.data(named: name) ?? Data()
        var document = ReviewParser.parse(String(decoding: data, as: UTF8.self), source: name, explaining: explaining)
        document.localData = LocalDataSidecar.builtIn(for: name)
        return document
    }

    /// `document`, read from `path`, with the local data of its sidecar (`LocalDataSidecar`); a
    /// sidecar that cannot be read becomes a warning.
    public static func withLocalData(_ document: ReviewDocument, beside path: String) -> ReviewDocument {
        var document = document
        let sidecar = LocalDataSidecar.read(beside: path)
        document.localData = sidecar.data
        if let warning = sidecar.warning { document.warnings.append(warning) }
        return document
    }

    /// Checks and decodes `data`: refuses binary and empty input, replaces invalid UTF-8 with a warning.
    /// `data` is consumed: it is let go once decoded, so the bytes and the text are not both held
    /// while the document is parsed.
    public static func parse(_ data: consuming Data, source: String, hints: ParseHints = ParseHints(),
                             explaining: Bool = false) throws(LoadError) -> ReviewDocument {
        if isBinary(data) {
            throw LoadError("\(source): is a binary file, not a text document")
        }
        let (text, undecodable) = decode(data)
        _ = consume data
        if text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {
            throw LoadError("\(source): is empty")
        }
        var document = ReviewParser.parse(text, source: source, hints: hints, explaining: explaining)
        if let undecodable {
            document.warnings.insert(ParseWarning(invalidUTF8Warning + ": \(undecodable) undecodable sequence(s) shown as \u{FFFD}"), at: 0)
        }
        return document
    }

    /// The start of the warning a document read with undecodable bytes carries.
    static let invalidUTF8Warning = "the file is not valid UTF-8"

    /// Whether the document was read from bytes that are not all UTF-8 (they show as U+FFFD).
    public static func hadUndecodableBytes(_ document: ReviewDocument) -> Bool {
        document.warnings.contains { $0.line == nil && $0.message.hasPrefix(invalidUTF8Warning) }
    }

    /// The text of `data`, and how many U+FFFD it holds when it was not valid UTF-8 (nil when it was).
    /// Valid text, the usual case, is decoded once.
    private static func decode(_ data: Data) -> (text: String, undecodable: Int?) {
        if let text = String(validating: data, as: UTF8.self) { return (text, nil) }
        let text = String(decoding: data, as: UTF8.self)
        return (text, text.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count)
    }

    /// Whether `data` holds a NUL byte early on, as text never does.
    static func isBinary(_ data: Data) -> Bool { data.prefix(8192).contains(0) }

    /// Reads a file, turning every way it can fail into one clear line. Only a regular file is read,
    /// and opening never blocks: a FIFO, device or socket is refused at once.
    public static func readFile(_ path: String) throws(LoadError) -> Data {
        let descriptor = RegularFile.open(path, O_RDONLY)
        if descriptor == RegularFile.notRegular {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw LoadError("\(path): is a directory, not a document")
            }
            throw LoadError("\(path): is not a regular file (a pipe, device or socket), so casebook does not read it")
        }
        if descriptor < 0 { throw LoadError("\(path): " + openFailure(errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, Int(status.st_size) > maximumBytes {
            throw LoadError("\(path): is too large (\(describeSize(Int(status.st_size)))); casebook opens files up to \(capDescription)")
        }
        // Read at most one byte past the cap, so a file that grows or lies about its size is still refused.
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        let data: Data
        do { data = try handle.read(upToCount: maximumBytes + 1) ?? Data() } catch {
            throw LoadError("\(path): cannot be read: \(error.localizedDescription)")
        }
        if data.count > maximumBytes {
            throw LoadError("\(path): is too large: more than the \(capDescription) casebook opens")
        }
        return data
    }

    /// Why a document could not be opened, after its path.
    private static func openFailure(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "no such file"
        case ELOOP: return "is a loop of symbolic links, so casebook cannot read it"
        case EACCES, EPERM: return "cannot be read (permission denied)"
        default: return "cannot be read: " + String(cString: strerror(code)).lowercased()
        }
    }

    /// "64 MB (67,108,864 bytes)": the cap, exact, so a file just over it is seen to be over.
    static var capDescription: String {
        "\(maximumBytes / 1_048_576) MB (\(grouped(maximumBytes)) bytes)"
    }

    /// "64.0 MB, 67,108,865 bytes": megabytes cut (never rounded up) to one decimal, and the exact count.
    static func describeSize(_ bytes: Int) -> String {
        let tenths = bytes * 10 / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB, \(grouped(bytes)) bytes"
    }

    private static func grouped(_ number: Int) -> String { DigitGroups.of(number) }
}
