import Content
import Store

extension NoteStore {
    /// Records one change the browser asked to persist. Saving and deleting go through `save` and
    /// `delete`, which compare with what this store last saw, so another process's edit is kept.
    func record(_ change: NoteChange) throws(NoteStoreError) {
        switch change {
        case let .upsert(note), let .edit(note, _): try save(note)
        case let .delete(noteID): try delete(noteID: noteID)
        case let .deleteUnlessChanged(note): try delete(noteID: note.id)
        case let .mark(id, marked): try setMarked(id, marked)
        case let .plan(plan): try setPlan(plan)
        case let .position(position): try setLastPosition(position)
        }
    }
}
