/// Why notes could not be read or saved: one line for the user, ready for a status bar or stderr.
public struct NoteStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Neither XDG_DATA_HOME nor HOME says where notes live.
        case noLocation
        /// The notes directory or file cannot be created or written.
        case notWritable
        /// The notes file exists but cannot be read.
        case unreadable
        /// The notes file was written by a newer casebook; it is left alone.
        case newerFormat
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Something the user should know that did not stop casebook: a corrupt file moved aside, notes
/// that followed their text to another id, notes found under an earlier version of the document.
public struct NoteStoreNotice: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case corruptFileMovedAside, foundByFingerprint, noteMoved, targetMissing
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
