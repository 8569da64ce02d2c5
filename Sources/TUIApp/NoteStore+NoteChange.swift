import Content
import Store

extension NoteStore {
    /// Records one change the browser asked to persist.
    func record(_ change: NoteChange) throws(NoteStoreError) {
        switch change {
        case let .upsert(note): try save(note)
        case let .delete(noteID): try delete(noteID: noteID)
        case let .mark(id, marked): try setMarked(id, marked)
        case let .plan(plan): try setPlan(plan)
        case let .position(position): try setLastPosition(position)
        }
    }
}
