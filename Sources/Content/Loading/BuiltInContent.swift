import Foundation

/// The files of the top-level `Content/` folder, compiled into the binary by the EmbedContent plugin.
public enum BuiltInContent {
    /// The document casebook opens when given no file.
    public static let defaultDocumentName = "portsmouth-child-j-response.txt"

    /// The names of the embedded files: the built-in document, its local data (`LocalDataSidecar`, read
    /// only with that document) and the national data files.
    public static var fileNames: [String] { EmbeddedContent.base64Files.keys.sorted() }

    /// The raw bytes of an embedded file.
    public static func data(named name: String) -> Data? {
        EmbeddedContent.base64Files[name].flatMap { Data(base64Encoded: $0) }
    }

    /// An embedded file as text.
    public static func text(named name: String) -> String? {
        data(named: name).map { String(decoding: $0, as: UTF8.self) }
    }
}
