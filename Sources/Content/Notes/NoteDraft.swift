import Foundation

/// Text typed in the note editor and never saved, kept because a signal (SIGTERM, SIGHUP) ended casebook
/// while the editor was open. The editor offers it again when it next opens on the same note.
public struct NoteDraft: Sendable, Hashable, Codable {
    /// Which note the draft is for: the same target, kind and question open the same editor.
    public struct Slot: Sendable, Hashable, Codable {
        public var target: NoteTarget
        public var kind: Note.Kind
        public var question: String?

        public init(target: NoteTarget, kind: Note.Kind, question: String?) {
            self.target = target
            self.kind = kind
            self.question = question
        }
    }

    public var target: NoteTarget
    public var kind: Note.Kind
    public var question: String?
    /// The text as typed, newlines and all.
    public var text: String
    public var savedAt: Date

    public init(target: NoteTarget, kind: Note.Kind = .note, question: String? = nil, text: String, savedAt: Date) {
        self.target = target
        self.kind = kind
        self.question = question
        self.text = text
        self.savedAt = StoredDate.rounded(savedAt)
    }

    public var slot: Slot { Slot(target: target, kind: kind, question: question) }
}

extension DocumentNotes {
    /// The kept draft for the note `slot` names, if any.
    public func draft(for slot: NoteDraft.Slot) -> NoteDraft? { drafts.first { $0.slot == slot } }

    /// Keeps `draft`, replacing an older one for the same note.
    package mutating func keep(_ draft: NoteDraft) {
        drafts.removeAll { $0.slot == draft.slot }
        drafts.append(draft)
    }
}
