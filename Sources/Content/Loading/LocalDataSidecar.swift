import Foundation

/// Where a document's local data lives: `NAME.local.txt` beside `NAME.txt` (or `NAME.pdf`, or
/// `NAME` with no extension). The built-in document's is in `Content/` under the same rule.
public enum LocalDataSidecar {
    public static let suffix = ".local.txt"

    /// "child-j.txt" → "child-j.local.txt"; a path keeps its folder.
    public static func name(for document: String) -> String {
        (document as NSString).deletingPathExtension + suffix
    }

    /// Whether a file name is a sidecar: local data, never a document or a national data file.
    public static func isSidecar(_ fileName: String) -> Bool { fileName.hasSuffix(suffix) }

    /// The built-in document's local data, embedded with it.
    static func builtIn(for document: String) -> LocalData? {
        let name = name(for: document)
        return BuiltInContent.text(named: name).map { LocalData(fileName: name, text: $0) }
    }

    /// The local data beside the document at `path`: nil when there is none, a warning when there
    /// is one that cannot be read (the document is still worth opening without it).
    static func read(beside path: String) -> (data: LocalData?, warning: ParseWarning?) {
        let sidecar = name(for: path)
        guard !isSidecar(path), FileManager.default.fileExists(atPath: sidecar) else { return (nil, nil) }
        do throws(LoadError) {
            let data = try DocumentLoader.readFile(sidecar)
            if DocumentLoader.isBinary(data) { throw LoadError("\(sidecar): is a binary file, not local data") }
            return (LocalData(fileName: (sidecar as NSString).lastPathComponent, text: String(decoding: data, as: UTF8.self)), nil)
        } catch {
            return (nil, ParseWarning("\(error.message); the document's local data is not used"))
        }
    }
}
