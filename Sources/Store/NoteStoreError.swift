import Content

/// A line about the notes for the user, ready for a status bar or stderr: its kind, and its text with
/// file names' control characters made visible, wherever the line goes.
public struct NoteStoreMessage<Kind: Sendable & Hashable>: Sendable, Equatable, CustomStringConvertible {
    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = TerminalSafe.sanitize(message)
    }

    public var description: String { message }
}

/// Why notes could not be read or saved.
public typealias NoteStoreError = NoteStoreMessage<NoteStoreErrorKind>

extension NoteStoreMessage: Error where Kind == NoteStoreErrorKind {}

public enum NoteStoreErrorKind: String, Sendable {
    /// Neither XDG_DATA_HOME nor HOME says where notes live.
    case noLocation
    /// The notes directory or file cannot be created or written.
    case notWritable
    /// The notes file exists but cannot be read.
    case unreadable
    /// The notes file was written by a newer casebook; it is left alone.
    case newerFormat
    /// The file the user named for a copy of the notes is there, and replacing it was not asked.
    case fileExists
}

/// Something the user should know that did not stop casebook: a corrupt file moved aside, notes
/// that followed their text to another id, notes found under an earlier version of the document, another
/// process's edit merged with this one's.
public typealias NoteStoreNotice = NoteStoreMessage<NoteStoreNoticeKind>

public enum NoteStoreNoticeKind: String, Sendable {
    case corruptFileMovedAside, foundByFingerprint, noteMoved, targetMissing
    /// A mark followed its item's text to another id, as a note does (`noteMoved`).
    case markMoved
    /// The file under this document's name belongs to a different document (same title lines and
    /// recommendation count, other text): its notes are left alone and this document keeps its own.
    case otherDocumentsNotes
    /// Another process changed a note this one edited; both edits are in the note.
    case mergedConcurrentEdit
    /// Another process changed a note this one edited, in the same place: both versions are kept
    /// as separate notes.
    case keptBothEdits
    /// Another process changed a note this one deleted: the changed note is kept.
    case keptChangedNote
    /// The notes of a document only somewhat alike were copied to this document's, as the user chose.
    case adoptedUncertainMatch
}

extension NoteStoreMessage where Kind == NoteStoreErrorKind {
    /// Saving failed on `failure`; the changes stay in memory.
    static func notWritable(_ failure: PosixFailure) -> NoteStoreError {
        NoteStoreError(.notWritable,
            // Why last: the status line keeps a long message's start and end, and cuts the path between.
            "cannot save notes (your notes are kept in memory; save again after fixing it): \(failure.path) is not writable: \(failure.reason)")
    }
}
