import Foundation
import Content

/// A document's notes, marks, session plan and reading position, kept in one JSON file per document
/// under the notes directory, with a journal of the saves since it was written (see `NotesFiles`).
///
/// Every change is an operation (`save`, `delete`, `setMarked`, `setPlan`, `setLastPosition`) that
/// takes the file's lock, catches up with what other processes saved, replays this store's unsaved
/// changes onto that and appends what they came to to the journal, so two casebook processes on one
/// document never overwrite each other's notes, and a save costs about the size of the change.
/// When saving fails (an unwritable directory, say) the operation throws a one-line error, the change
/// stays in `current` and is written by the next operation or `saveNow()`.
///
/// Not thread-safe: use one store from one task (two stores on one document, even in one process,
/// are safe with each other through the lock).
public final class NoteStore {
    public let directory: String
    /// The notes file's name in `directory`; becomes the name of an earlier version's file when
    /// `load()` recognises this document as an edited copy of it.
    public var fileName: String { files.name }
    public var filePath: String { files.path }

    /// The notes as this process sees them: the file's content, plus unsaved changes, with notes and
    /// marks moved to where their text is now (see `NoteAnchoring`).
    public private(set) var current: DocumentNotes
    /// Changes not yet written to the file.
    public private(set) var pending: [NoteChange] = []
    public var hasUnsavedChanges: Bool { !pending.isEmpty }
    /// After `load()` found no notes file of this document's: another file that may be its, which is
    /// not used unless `adoptUncertainMatch()` is called (the browser asks; see `UncertainNotesMatch`).
    public private(set) var uncertainMatch: UncertainNotesMatch?

    private let document: ReviewDocument
    private let identity: DocumentIdentity
    private let anchoring: NoteAnchoring
    /// The notes of other documents still present (a library's other reviews): never taken for an
    /// earlier version of this one, however alike.
    private let others: OtherDocumentsNotes
    /// The notes file and its journal, with their content as last read or written.
    private var files: NotesFiles
    private var notices: [NoteStoreNotice] = []
    /// Notes whose move or missing target has been reported, so each is reported once.
    private var reportedPlacements: Set<String> = []
    /// The stored notes that belong on another target now (see `rebuildCurrent`).
    private var movedNotes: [String: NoteTarget] = [:]
    /// The marks of `current` that belong on another item now: where each is, and where it goes.
    private var movedMarks: [ItemID: ItemID] = [:]
    /// Each note's placement, worked out once for its target and anchor (see `rebuildCurrent`).
    private var placements: [String: (target: NoteTarget, anchor: TextFingerprint, placement: NoteAnchoring.Placement)] = [:]

    /// A store for `document` in `directory`. Reads nothing until `load()`. `others` tells the notes
    /// files (in `directory`) of other documents still present, which `load()` must not adopt.
    public init(document: ReviewDocument, directory: String, notAdopting others: OtherDocumentsNotes = .none) {
        self.document = document
        self.directory = directory
        self.others = others
        identity = DocumentIdentity(document)
        anchoring = NoteAnchoring(document)
        files = NotesFiles(directory: directory, name: identity.key + ".json")
        current = DocumentNotes(for: document)
    }

    /// A store in the standard notes directory (`$XDG_DATA_HOME/casebook` or `~/.local/share/casebook`).
    public convenience init(document: ReviewDocument, notAdopting others: OtherDocumentsNotes = .none,
                            environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(NoteStoreError) {
        self.init(document: document, directory: try NotesLocation.directory(environment: environment), notAdopting: others)
    }

    // MARK: Reading

    /// Reads the document's notes: its own file, or else the file of an earlier version whose
    /// recommendations are similar enough (not another document's, see `others`). A corrupt file is moved aside (see `takeNotices()`).
    public func load() throws(NoteStoreError) {
        var reading = try files.catchUp()
        if reading == .fine, let named = files.notes, !identity.isSameDocument(as: named.fingerprint) {
            // Same title lines and recommendation count, different text: the notes are another
            // document's. They are left alone, and this document keeps its own under a distinct name.
            let taken = fileName
            files = NotesFiles(directory: directory, name: identity.distinctKey + ".json")
            reading = try files.catchUp()
            if reading == .missing {
                notices.append(NoteStoreNotice(.otherDocumentsNotes,
                    "notes in \(directory)/\(taken) are for another document with the same title (\(named.source)); they are left untouched and not shown here"))
            }
        }
        // Only when this document has no file at all: a corrupt file of its own is moved aside
        // by `reload()`, not replaced by another document's notes.
        if reading == .missing {
            let found = fileOfEarlierVersion()
            if let match = found.same {
                files = match
                notices.append(NoteStoreNotice(.foundByFingerprint,
                    "notes found for an earlier version of this document (\(match.notes?.title ?? ""), \(match.notes?.source ?? ""))"))
            } else if let uncertain = found.uncertain {
                uncertainMatch = uncertain
                // The question replaces the notice that the file under this document's name is another's.
                notices.removeAll { $0.kind == .otherDocumentsNotes && uncertain.fileName == identity.key + ".json" }
            }
        }
        try reload()
    }

    /// Uses the notes of `uncertainMatch` here: they are copied into this document's own notes file (the
    /// other file is left as it is, in case it is another document's) and placed where their text is now.
    public func adoptUncertainMatch() throws(NoteStoreError) {
        guard let match = uncertainMatch else { return }
        let other = NotesFiles(directory: directory, name: match.fileName)
        guard try other.catchUp() == .fine, let notes = other.notes else {
            throw NoteStoreError(.unreadable, "notes in \(directory)/\(match.fileName) could not be read; nothing was copied")
        }
        uncertainMatch = nil
        pending += notes.notes.map(NoteChange.upsert) + notes.marks.sorted().map { .mark($0, true) }
        if !notes.plan.isEmpty { pending.append(.plan(notes.plan)) }
        try writePending()
        notices.append(NoteStoreNotice(.adoptedUncertainMatch,
            "notes copied here from \(notes.source), whose own notes are unchanged"))
    }

    /// Leaves the notes of `uncertainMatch` alone for good: this document gets a notes file of its own
    /// (empty), so opening it again finds that file and does not ask again.
    public func refuseUncertainMatch() throws(NoteStoreError) {
        guard uncertainMatch != nil else { return }
        try writePending()
        uncertainMatch = nil
    }

    /// Catches up with what other processes saved; unsaved changes are kept.
    public func reload() throws(NoteStoreError) {
        let reading = try files.catchUp()
        if reading.isCorrupt {
            // Repaired under the lock, after looking again: another process may have repaired it already.
            do throws(PosixFiles.LockedFailure) {
                try PosixFiles.withExclusiveLock(files.lockPath, catchUpRepairing)
            } catch {
                switch error {
                case let .store(error): throw error
                case let .posix(failure):
                    throw NoteStoreError(.unreadable,
                        "notes file \(filePath) is corrupt and cannot be moved aside (\(failure.reason)); it is left unchanged and notes are kept in memory")
                }
            }
        }
        rebuildCurrent()
    }

    /// What happened that the user should know about, each reported once.
    public func takeNotices() -> [NoteStoreNotice] {
        defer { notices = [] }
        return notices
    }

    // MARK: Changing

    /// Adds `note`, or replaces the note with its id. When another process changed that note since this
    /// store last saw it, both edits are kept (see `ConcurrentNoteEdit`) and a notice says so.
    public func save(_ note: Note) throws(NoteStoreError) {
        guard let base = seenNote(note.id) else { return try perform(.upsert(note)) }
        try perform(.edit(note, base: base))
    }

    /// Deletes the note, unless another process changed it since this store last saw it.
    public func delete(noteID: String) throws(NoteStoreError) {
        guard let seen = seenNote(noteID) else { return try perform(.delete(noteID: noteID)) }
        try perform(.deleteUnlessChanged(seen))
    }

    /// The note with `id` as this store last saw it: `current`'s, found through the file's index of
    /// notes when there are no unsaved changes (a note's text is the same in both).
    private func seenNote(_ id: String) -> Note? {
        pending.isEmpty ? files.note(withID: id) : current.note(withID: id)
    }

    /// Records a change a browser made: a saved or deleted note goes through `save` and `delete`, so
    /// it is compared with what this store last saw and another process's edit is kept.
    public func record(_ change: NoteChange) throws(NoteStoreError) {
        switch change {
        case let .upsert(note), let .edit(note, _): try save(note)
        case let .delete(noteID): try delete(noteID: noteID)
        case let .deleteUnlessChanged(note): try delete(noteID: note.id)
        case .mark, .plan, .position, .keepDraft, .dropDraft: try perform(change)
        }
    }

    /// Marks that moved to where their text is now are written there first, as a moved note is when it
    /// is edited, so that the change is made to the marks as shown.
    public func setMarked(_ id: ItemID, _ marked: Bool) throws(NoteStoreError) {
        let moves = movedMarks
        pending += moves.keys.sorted().map { .mark($0, false) } + moves.values.sorted().map { .mark($0, true) }
        try perform(.mark(id, marked))
    }

    /// Marks `id` if it is not marked, unmarks it if it is; returns whether it is now marked
    /// (the mark stays in memory when saving fails).
    @discardableResult
    public func toggleMark(_ id: ItemID) throws(NoteStoreError) -> Bool {
        let marked = !current.marks.contains(id)
        try setMarked(id, marked)
        return marked
    }

    public func setPlan(_ plan: [ItemID]) throws(NoteStoreError) { try perform(.plan(plan)) }

    public func setLastPosition(_ position: ReadingPosition?) throws(NoteStoreError) {
        try perform(.position(position))
    }

    /// Writes any unsaved changes (after an earlier save failed).
    public func saveNow() throws(NoteStoreError) {
        guard !pending.isEmpty else { return }
        try writePending()
    }

    /// Writes the unsaved changes, creating the notes file when there is none, even with no change.
    private func writePending() throws(NoteStoreError) {
        do throws(PosixFailure) { try PosixFiles.makeDirectory(directory) } catch { throw .notWritable(error) }
        do throws(PosixFiles.LockedFailure) {
            try PosixFiles.withExclusiveLock(files.lockPath, writeChanges)
        } catch {
            switch error {
            case let .posix(failure): throw .notWritable(failure)
            case let .store(failure): throw failure
            }
        }
        pending = []
        rebuildCurrent()
    }

    /// Writes the notes as this process sees them, unsaved changes included, to `path` in the notes
    /// file's format: for when the store's own file cannot be written. A leading "~/" is the home directory.
    public func writeCopy(to path: String, replacing: Bool = false,
                          environment: [String: String] = ProcessInfo.processInfo.environment) throws(NoteStoreError) {
        var target = path
        if target.hasPrefix("~/"), let home = environment["HOME"] { target = home + target.dropFirst() }
        let data: Data
        do { data = try NotesFileCoding.encode(current) } catch {
            throw NoteStoreError(.notWritable, "cannot write the notes: \(error)")
        }
        do throws(PosixFailure) { try PosixFiles.writeUserFile(data, to: target, replacing: replacing) } catch {
            if error.code == EEXIST { throw NoteStoreError(.fileExists, "\(path) exists") }
            throw NoteStoreError(.notWritable, "cannot write the notes to \(error.path): \(error.reason)")
        }
    }

    /// Under the lock: catch up, replay the unsaved changes, and record what they came to.
    private func writeChanges() throws(NoteStoreError) {
        PosixFiles.removeLeftoverTemporaries(for: files.path)
        PosixFiles.removeLeftoverTemporaries(for: files.journalPath)
        try catchUpRepairing()
        let (record, meetings) = resolvePending()
        try files.commit(record, empty: emptyRecord)
        notices += meetings.map(Self.notice)
    }

    /// What the unsaved changes come to on the notes as they are in the file now. Reads the notes
    /// without copying them, so `commit` can change them in place.
    private func resolvePending() -> (JournalRecord, [ConcurrentNoteEdit]) {
        let stored = files.notes ?? emptyRecord()
        var record = JournalRecord()
        var meetings: [ConcurrentNoteEdit] = []
        for change in pending {
            let (operations, meeting) = stored.resolve(change, after: record, stored: files.note(withID:))
            record.operations += operations.map(anchored)
            if let meeting { meetings.append(meeting) }
        }
        // The latest version opened describes the file, so a document edited bit by bit keeps
        // being recognised.
        if stored.source != document.source || stored.title != document.title || stored.fingerprint != identity.fingerprint {
            record.operations.append(.describe(source: document.source, title: document.title, fingerprint: identity.fingerprint))
        }
        return (record, meetings)
    }

    /// A mark with the text of its item now, which it follows when the document is edited.
    private func anchored(_ operation: JournalRecord.Operation) -> JournalRecord.Operation {
        guard case let .mark(item, true, series, nil) = operation,
              let text = document.anchorText(for: .item(item.inSeries(series ?? ""))) else { return operation }
        return .mark(item: item, marked: true, series: series, anchor: TextFingerprint(text))
    }

    /// Under the lock: catch up, and move aside whatever is corrupt.
    private func catchUpRepairing() throws(NoteStoreError) {
        if let notice = try files.repair(try files.catchUp(), at: Date()) { notices.append(notice) }
    }

    private static func notice(_ meeting: ConcurrentNoteEdit) -> NoteStoreNotice {
        switch meeting {
        case let .merged(note):
            return NoteStoreNotice(.mergedConcurrentEdit,
                "another casebook changed the note on \(note.target) meanwhile; both edits are kept in it")
        case let .keptBoth(note):
            return NoteStoreNotice(.keptBothEdits,
                "another casebook changed the same words of the note on \(note.target); both versions are kept, as two notes")
        case let .keptChanged(note):
            return NoteStoreNotice(.keptChangedNote,
                "another casebook changed the note on \(note.target) meanwhile; it is kept, not deleted")
        }
    }

    /// Saves `change`; when that fails, it stays in `current` and `pending`.
    private func perform(_ change: NoteChange) throws(NoteStoreError) {
        pending.append(change)
        do { try saveNow() } catch {
            rebuildCurrent()
            throw error
        }
    }

    // MARK: The file

    /// What a document with no notes file starts from.
    private func emptyRecord() -> DocumentNotes {
        var record = DocumentNotes(for: document)
        record.documentKey = (fileName as NSString).deletingPathExtension
        return record
    }

    /// The notes file of an earlier version of this document: the most similar other file in the
    /// directory whose recommendations' fingerprint is similar enough; failing that, the most similar
    /// one that may be (with notes or marks to offer). Neither is a file of another document still present.
    private func fileOfEarlierVersion() -> (same: NotesFiles?, uncertain: UncertainNotesMatch?) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var best: (files: NotesFiles, score: Double)?
        var uncertain: UncertainNotesMatch?
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") && name != fileName
            && !others.fileNames.contains(name) {
            let candidate = NotesFiles(directory: directory, name: name)
            guard (try? candidate.catchUp()) == .fine, let notes = candidate.notes, !notes.fingerprint.isEmpty else { continue }
            let score = notes.fingerprint.similarity(to: identity.fingerprint)
            let likeness = DocumentIdentity.likeness(ofSimilarity: score)
            guard likeness != .different,
                  !others.claim(name, source: notes.source, fingerprint: notes.fingerprint, over: document.source, identity.fingerprint)
            else { continue }
            switch likeness {
            case .same where score > (best?.score ?? 0): best = (candidate, score)
            case let .uncertain(similarity) where similarity > (uncertain?.similarity ?? 0)
                && !(notes.notes.isEmpty && notes.marks.isEmpty):
                uncertain = UncertainNotesMatch(fileName: name, notes: notes, similarity: similarity)
            default: break
            }
        }
        return (best?.files, uncertain)
    }

    // MARK: The view

    /// The file's notes plus the unsaved changes, each note and mark placed where its text is now. Only the notes
    /// that changed are placed again; with no unsaved changes and no note moved (a document not edited
    /// since its notes were written), `current` is the file's notes themselves, not a copy.
    private func rebuildCurrent() {
        let stored = files.notes ?? emptyRecord()
        if let changed = files.takeChangedNotes() {
            for id in changed { place(id, files.note(withID: id)) }
        } else {
            movedNotes = [:]
            for note in stored.notes { place(note.id, note) }
        }
        var view = stored
        for change in pending { view.apply(change) }
        movedMarks = placeMarks(view)
        guard !pending.isEmpty || !movedNotes.isEmpty || !movedMarks.isEmpty else { current = stored; return }
        for index in view.notes.indices {
            let note = view.notes[index]
            if let target = pending.isEmpty ? movedNotes[note.id] : place(note.id, note) { view.notes[index].target = target }
        }
        // All moved marks taken off before any is put back: two marks may swap places.
        let anchors = Dictionary(uniqueKeysWithValues: movedMarks.keys.map { ($0, view.markAnchors[$0]) })
        for (from, _) in movedMarks {
            view.marks.remove(from)
            view.markAnchors[from] = nil
        }
        for (from, to) in movedMarks {
            view.marks.insert(to)
            view.markAnchors[to] = anchors[from] ?? nil
        }
        current = view
    }

    /// The anchored marks of `notes` whose item's text is now another item's, by the notes' anchoring:
    /// where each is and where it goes, each move said once.
    private func placeMarks(_ notes: DocumentNotes) -> [ItemID: ItemID] {
        var moves: [ItemID: ItemID] = [:]
        for mark in notes.marks.sorted() {
            guard let anchor = notes.markAnchors[mark],
                  case let .moved(to: .item(target)) = anchoring.placement(of: .item(mark), anchor: anchor) else { continue }
            moves[mark] = target
            if reportedPlacements.insert("mark \(mark) \(target)").inserted {
                notices.append(NoteStoreNotice(.markMoved, "the mark on \(NoteTarget.item(mark)) moved to \(NoteTarget.item(target)), where its text is now"))
            }
        }
        return moves
    }

    /// Works out where the note with `id` belongs, says so once when it moved or its target is missing,
    /// and returns its new target when it moved.
    @discardableResult
    private func place(_ id: String, _ note: Note?) -> NoteTarget? {
        guard let note else { movedNotes[id] = nil; return nil }
        switch placement(of: note) {
        case .stays:
            movedNotes[id] = nil
            return nil
        case let .moved(to: target):
            movedNotes[id] = target
            report(note, NoteStoreNotice(.noteMoved, "a note on \(note.target) moved to \(target), where its text is now"))
            return target
        case .missing:
            movedNotes[id] = nil
            report(note, NoteStoreNotice(.targetMissing,
                "a note on \(note.target) is kept, but this document has no \(note.target)"))
            return nil
        }
    }

    /// Placing a note compares its anchor with every item's text; remembered, so catching up does not
    /// do that again for every note kept.
    private func placement(of note: Note) -> NoteAnchoring.Placement {
        if let known = placements[note.id], known.target == note.target, known.anchor == note.anchor {
            return known.placement
        }
        let placement = anchoring.placement(of: note)
        placements[note.id] = (note.target, note.anchor, placement)
        return placement
    }

    private func report(_ note: Note, _ notice: NoteStoreNotice) {
        guard reportedPlacements.insert(note.id).inserted else { return }
        notices.append(notice)
    }
}
