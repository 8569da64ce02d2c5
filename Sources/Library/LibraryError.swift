/// Why the library could not do what was asked: one line for the user, ready for stderr.
public struct LibraryError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case noLocation, notALibrary, newerVersion, locked, readOnly, cannotOpen, noSuchDocument, builtInDocument, failed
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
