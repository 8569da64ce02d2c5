import Content
import Foundation

/// A document's notes on disk, as two files: the notes file (a snapshot of the whole record, only ever
/// replaced atomically) and its journal beside it (`NAME.json.journal`: one framed, fsynced record per
/// save since the snapshot). A save appends one record, so it costs about the size of the change;
/// when the journal outgrows a quarter of the snapshot, a save rewrites the snapshot with everything and
/// drops the journal (compaction). Reading replays the journal over the snapshot and ignores a torn last
/// record. Remembers how far it has read, so catching up with other processes' saves reads only what
/// they appended. Writing (`commit`, `repair`) only under the notes file's lock.
final class NotesFiles {
    let directory: String
    let name: String
    var path: String { directory + "/" + name }
    var lockPath: String { path + ".lock" }
    /// Beside the snapshot's real file: a notes file linked into a synced folder takes its journal there.
    var journalPath: String { ((try? PosixFiles.resolvingLinks(path)) ?? path) + ".journal" }

    /// The notes as of the last read or write; nil when there is no notes file. Set here and by the
    /// writing half (NotesFiles+Writing).
    var notes: DocumentNotes?
    /// The notes changed since `takeChangedNotes()`; nil when any may have (the whole was read).
    var changedNotes: Set<String>?
    /// Where the first note with each id is in `notes`; nil until needed, and after notes were removed.
    var positions: [String: Int]?
    /// Internal for the writing half (NotesFiles+Writing).
    var position: Position?

    /// How far reading got: which snapshot, which journal, and how many of its bytes are replayed.
    struct Position {
        var snapshot: FileIdentity
        var generation: String?
        var previousGeneration: String?
        var journal: FileIdentity?
        var replayed = 0
        /// Whether the journal follows this snapshot; when not (none, or one left over from an earlier
        /// snapshot), the next save starts a new one.
        var journalIsCurrent = false
    }

    enum Reading: Equatable {
        case fine, missing, corruptSnapshot
        /// A record is damaged: `notes` holds the snapshot and the good records before it.
        case corruptJournal
        /// The journal holds records but follows another notes file than this one (a damaged name in
        /// either): none is replayed, and it is set aside rather than replaced.
        case strayJournal

        var isCorrupt: Bool { self != .fine && self != .missing }
    }

    init(directory: String, name: String) {
        self.directory = directory
        self.name = name
    }

    /// The ids of the notes changed since last asked (nil: any may have), so the store re-places only those.
    func takeChangedNotes() -> Set<String>? {
        defer { changedNotes = [] }
        return changedNotes
    }

    /// Applies `record` to the notes in place, noting what it changed. A note is found by its id
    /// through `positions`, not by looking through them all.
    func apply(_ record: JournalRecord) {
        guard notes != nil else { return }
        for operation in record.operations {
            switch operation {
            case let .put(note):
                if let index = index(of: note.id) {
                    notes!.notes[index] = note
                } else {
                    notes!.notes.append(note)
                    positions?[note.id] = notes!.notes.count - 1
                }
            case .remove:
                notes!.apply(operation)
                positions = nil
            case .mark, .plan, .position, .describe, .keepDraft, .dropDraft:
                notes!.apply(operation)
            }
        }
        changedNotes?.formUnion(record.noteIDs)
    }

    /// The note with `id` as last read or written.
    func note(withID id: String) -> Note? { index(of: id).map { notes!.notes[$0] } }

    private func index(of id: String) -> Int? {
        guard let notes else { return nil }
        if positions == nil {
            var built: [String: Int] = [:]
            for (index, note) in notes.notes.enumerated() where built[note.id] == nil { built[note.id] = index }
            positions = built
        }
        return positions?[id]
    }

    // MARK: Reading

    /// Reads what changed since the last read: only the journal's new records when the snapshot is the
    /// one read before, everything otherwise.
    func catchUp() throws(NoteStoreError) -> Reading {
        guard let position, PosixFiles.identity(of: path) == position.snapshot else { return try readWhole() }
        return try readJournal()
    }

    private func readWhole() throws(NoteStoreError) -> Reading {
        notes = nil
        position = nil
        changedNotes = nil
        positions = nil
        guard let (data, identity) = try read(path, from: 0, followLinks: true) else { return .missing }
        guard let snapshot = try? NotesFileCoding.decode(NotesSnapshot.self, from: data) else { return .corruptSnapshot }
        try refuseNewer(snapshot.notes.format, path)
        notes = snapshot.notes
        position = Position(snapshot: identity, generation: snapshot.generation, previousGeneration: snapshot.previousGeneration)
        return try readJournal()
    }

    /// Replays the journal from where reading stopped, or from its start when it is another file than
    /// before.
    private func readJournal() throws(NoteStoreError) -> Reading {
        guard let position else { return .missing }
        guard let (data, identity) = try read(journalPath, from: position.replayed, followLinks: false) else {
            // Removed by hand: what was replayed from it is no longer the truth.
            if position.replayed > 0 { return try readWhole() }
            self.position?.journal = nil
            return .fine
        }
        if let known = position.journal, !known.isSameFile(as: identity) || identity.size < position.replayed {
            if position.replayed > 0 { return try readWhole() }
        }
        self.position?.journal = identity
        return try replay(data, from: position.replayed)
    }

    /// Applies the records in `data`, the journal from byte `start` on (its header first, from 0).
    private func replay(_ data: Data, from start: Int) throws(NoteStoreError) -> Reading {
        let (frames, ending) = JournalFrames.read(data)
        var records = frames[...]
        if start == 0 {
            // Empty, or a header never written whole: nothing in it. Damaged: it cannot be trusted.
            guard let header = records.first else { return ending == .damaged ? .corruptJournal : .fine }
            guard let decoded = try? NotesFileCoding.decode(JournalHeader.self, from: header.payload) else {
                return .corruptJournal
            }
            try refuseNewer(decoded.format, journalPath)
            guard decoded.snapshot == position?.generation else {
                // Left by a writer killed while it took the journal's records into the notes file: expected.
                let expected = decoded.snapshot == position?.previousGeneration
                return records.count > 1 && !expected ? .strayJournal : .fine
            }
            position?.journalIsCurrent = true
            position?.replayed = header.end
            records = records.dropFirst()
        }
        for frame in records {
            guard let record = try? NotesFileCoding.decode(JournalRecord.self, from: frame.payload) else {
                return .corruptJournal
            }
            apply(record)
            position?.replayed = start + frame.end
        }
        return ending == .damaged ? .corruptJournal : .fine
    }

    func read(_ path: String, from offset: Int, followLinks: Bool)
        throws(NoteStoreError) -> (data: Data, identity: FileIdentity)? {
        do throws(PosixFailure) { return try PosixFiles.readFile(path, from: offset, followLinks: followLinks) } catch {
            throw NoteStoreError(.unreadable, "cannot read notes: \(error.path): \(error.reason)")
        }
    }

    private func refuseNewer(_ format: Int, _ path: String) throws(NoteStoreError) {
        guard format > DocumentNotes.currentFormat else { return }
        throw NoteStoreError(.newerFormat,
            "\(path) was written by a newer casebook (format \(format)); it is left unchanged and notes are not saved")
    }
}
