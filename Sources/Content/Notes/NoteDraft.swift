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

extension NoteDraft {
    /// The slot's fields (target, its series, kind, question), then the draft's own.
    enum CodingKeys: String, CodingKey { case text, savedAt }

    public init(from decoder: Decoder) throws {
        let slot = try Slot(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(target: slot.target, kind: slot.kind, question: slot.question,
                  text: try container.decode(String.self, forKey: .text), savedAt: try container.decode(Date.self, forKey: .savedAt))
    }

    public func encode(to encoder: Encoder) throws {
        try slot.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(savedAt, forKey: .savedAt)
    }
}

extension NoteDraft.Slot {
    enum CodingKeys: String, CodingKey { case target, series, kind, question }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        target = try container.decodeTarget(forKey: .target, seriesKey: .series)
        kind = try container.decode(Note.Kind.self, forKey: .kind)
        question = try container.decodeIfPresent(String.self, forKey: .question)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target, forKey: .target, seriesKey: .series)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(question, forKey: .question)
    }
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
