import Foundation

/// One change a process made to a document's notes. Saving re-reads the file under its lock and
/// replays the changes not yet written, so changes another process saved meanwhile are kept.
public enum NoteChange: Sendable, Hashable {
    /// Adds a note, or replaces the stored one unless the stored edit is newer.
    case upsert(Note)
    /// Replaces `base`, the version of the note this process last saw, with its edit. When another
    /// process changed the note since, both edits are kept (see `ConcurrentNoteEdit`).
    case edit(Note, base: Note)
    case delete(noteID: String)
    /// Deletes the note this process saw, unless another process changed its text since.
    case deleteUnlessChanged(Note)
    case mark(ItemID, Bool)
    case plan([ItemID])
    case position(ReadingPosition?)
    /// Keeps editor text a signal interrupted, replacing an older draft of the same note.
    case keepDraft(NoteDraft)
    /// Forgets the draft of a note, once it is restored or discarded.
    case dropDraft(NoteDraft.Slot)
}

/// What replaying a change found when another process had changed the same note: no text is dropped.
public enum ConcurrentNoteEdit: Sendable, Hashable {
    /// Both edits touched different parts of the text and are both in this note.
    case merged(Note)
    /// Both edits changed the same words: the other process's note stays, and this edit is kept as
    /// this separate note.
    case keptBoth(Note)
    /// The other process changed the note this process deleted: it is kept.
    case keptChanged(Note)
}

extension DocumentNotes {
    /// Applies `change`; says so when it met another process's change to the same note.
    @discardableResult
    public mutating func apply(_ change: NoteChange) -> ConcurrentNoteEdit? {
        switch change {
        case let .upsert(note):
            if let index = notes.firstIndex(where: { $0.id == note.id }) {
                if notes[index].updatedAt <= note.updatedAt { notes[index] = note }
            } else {
                notes.append(note)
            }
        case let .edit(note, base):
            return applyEdit(note, base: base)
        case let .delete(noteID):
            notes.removeAll { $0.id == noteID }
        case let .deleteUnlessChanged(seen):
            guard let index = notes.firstIndex(where: { $0.id == seen.id }) else { return nil }
            if notes[index].text != seen.text { return .keptChanged(notes[index]) }
            notes.remove(at: index)
        case let .mark(id, marked):
            if marked { marks.insert(id) } else { marks.remove(id); markAnchors[id] = nil }
        case let .plan(plan):
            self.plan = plan
        case let .position(position):
            lastPosition = position
        case let .keepDraft(draft):
            keep(draft)
        case let .dropDraft(slot):
            drafts.removeAll { $0.slot == slot }
        }
        return nil
    }

    private mutating func applyEdit(_ note: Note, base: Note) -> ConcurrentNoteEdit? {
        guard let index = notes.firstIndex(where: { $0.id == note.id }) else {
            // Deleted elsewhere meanwhile: the edit is newer than the deletion, keep it.
            notes.append(note)
            return nil
        }
        let stored = notes[index]
        if stored.text == base.text || stored.text == note.text {
            notes[index] = note
            return nil
        }
        // The other process changed the text; this one changed nothing but the stamp.
        if note.text == base.text { return nil }
        if let text = TextMerge.merge(base: base.text, ours: note.text, theirs: stored.text) {
            var merged = note
            merged.text = text
            merged.updatedAt = max(note.updatedAt, stored.updatedAt)
            notes[index] = merged
            return .merged(merged)
        }
        var copy = note
        copy.id = UUID().uuidString
        notes.append(copy)
        return .keptBoth(copy)
    }
}
