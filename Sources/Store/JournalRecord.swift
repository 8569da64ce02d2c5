import Content
import Foundation

/// One save, as the journal keeps it: what the save's changes came to, as final values. Replaying
/// final values needs no merge and no new id, so every reader of the journal arrives at exactly the
/// notes the writer confirmed, whatever another process did before or after.
package struct JournalRecord: Codable, Equatable {
    package enum Operation: Codable, Equatable {
        /// The note with this id is now `note` (added at the end when there was none).
        case put(note: Note)
        /// No note has this id any more.
        case remove(id: String)
        /// `series`: the item's series, beside it (`SeriesCoding`); nil when it has none. `anchor`: the
        /// marked item's text then (`DocumentNotes.markAnchors`).
        case mark(item: ItemID, marked: Bool, series: String? = nil, anchor: TextFingerprint? = nil)
        case plan(items: [ItemID], series: [String]? = nil)
        case position(ReadingPosition?)
        /// The document was last opened from `source`, and is recognised by `fingerprint`.
        case describe(source: String, title: String, fingerprint: TextFingerprint)
        /// Unsaved editor text kept when casebook had to end, in place of any earlier draft for its slot.
        case keepDraft(NoteDraft)
        case dropDraft(NoteDraft.Slot)
    }

    package var operations: [Operation]

    package init(_ operations: [Operation] = []) { self.operations = operations }

    /// The notes the record puts or removes.
    var noteIDs: [String] { operations.compactMap(\.noteID) }
}

extension JournalRecord.Operation {
    var noteID: String? {
        switch self {
        case let .put(note): note.id
        case let .remove(id): id
        case .mark, .plan, .position, .describe, .keepDraft, .dropDraft: nil
        }
    }
}

/// The journal's first record: which snapshot its records follow, and the format they are in. A
/// newer casebook that adds operations raises the format, so an older one refuses its journal rather
/// than misreading it.
package struct JournalHeader: Codable, Equatable {
    package var format: Int
    package var snapshot: String
}

extension DocumentNotes {
    package mutating func apply(_ record: JournalRecord) {
        for operation in record.operations { apply(operation) }
    }

    mutating func apply(_ operation: JournalRecord.Operation) {
        switch operation {
        case let .put(note):
            if let index = notes.firstIndex(where: { $0.id == note.id }) { notes[index] = note } else { notes.append(note) }
        case let .remove(id):
            notes.removeAll { $0.id == id }
        case let .mark(item, marked, series, anchor):
            let item = item.inSeries(series ?? "")
            if marked { marks.insert(item) } else { marks.remove(item) }
            markAnchors[item] = marked ? anchor : nil
        case let .plan(items, series):
            plan = SeriesCoding.ids(items, in: series)
        case let .position(position):
            lastPosition = position
        case let .describe(source, title, fingerprint):
            self.source = source
            self.title = title
            self.fingerprint = fingerprint
        case let .keepDraft(draft):
            keep(draft)
        case let .dropDraft(slot):
            drafts.removeAll { $0.slot == slot }
        }
    }

    /// What `change` comes to on these notes with `earlier` applied, as final values, and whether it met
    /// another process's edit. Works on a copy of only the note the change touches (`stored`, the note
    /// with its id here), so its cost does not grow with the notes kept, and changes nothing here.
    func resolve(_ change: NoteChange, after earlier: JournalRecord, stored: (String) -> Note?)
        -> (operations: [JournalRecord.Operation], meeting: ConcurrentNoteEdit?) {
        let id: String
        switch change {
        case let .mark(item, marked):
            // As the journal reads it back: the id plain, its series beside it.
            return ([.mark(item: item.withoutSeries, marked: marked, series: item.series.isEmpty ? nil : item.series)], nil)
        case let .plan(items):
            return ([.plan(items: items.map(\.withoutSeries), series: SeriesCoding.series(of: items))], nil)
        case let .position(position): return ([.position(position)], nil)
        case let .keepDraft(draft): return ([.keepDraft(draft)], nil)
        case let .dropDraft(slot): return ([.dropDraft(slot)], nil)
        case let .upsert(note), let .edit(note, _), let .deleteUnlessChanged(note): id = note.id
        case let .delete(noteID): id = noteID
        }
        var touched = self
        touched.notes = stored(id).map { [$0] } ?? []
        for operation in earlier.operations where operation.noteID == id { touched.apply(operation) }
        let meeting = touched.apply(change)
        let result = touched.note(withID: id).map { JournalRecord.Operation.put(note: $0) } ?? .remove(id: id)
        // A copy kept beside a clashing edit has an id of its own.
        let copies = touched.notes.filter { $0.id != id }.map { JournalRecord.Operation.put(note: $0) }
        return ([result] + copies, meeting)
    }
}
