/// The data file that belongs to one document: the agencies and acronyms of its own area (its
/// council, its partnership), which the national lists leave out. The loader reads it from beside
/// the document (`LocalDataSidecar`); Learning parses it and lays it over the national data for
/// this document only. Kept as text here because its format is Learning's.
public struct LocalData: Sendable, Hashable {
    /// The file's name, for citations ("portsmouth-child-j-response.local.txt, line 4").
    public var fileName: String
    public var text: String

    public init(fileName: String, text: String) {
        self.fileName = fileName
        self.text = text
    }
}
