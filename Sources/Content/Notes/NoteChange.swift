/// One change a process made to a document's notes. Saving re-reads the file under its lock and
/// replays the changes not yet written, so changes another process saved meanwhile are kept.
public enum NoteChange: Sendable, Hashable {
    /// Adds a note, or replaces the stored one unless the stored edit is newer.
    case upsert(Note)
    case delete(noteID: String)
    case mark(ItemID, Bool)
    case plan([ItemID])
    case position(ReadingPosition?)
}

extension DocumentNotes {
    public mutating func apply(_ change: NoteChange) {
        switch change {
        case let .upsert(note):
            if let index = notes.firstIndex(where: { $0.id == note.id }) {
                if notes[index].updatedAt <= note.updatedAt { notes[index] = note }
            } else {
                notes.append(note)
            }
        case let .delete(noteID):
            notes.removeAll { $0.id == noteID }
        case let .mark(id, marked):
            if marked { marks.insert(id) } else { marks.remove(id) }
        case let .plan(plan):
            self.plan = plan
        case let .position(position):
            lastPosition = position
        }
    }
}
