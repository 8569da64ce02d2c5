import Foundation
import Content

/// A document's notes, marks, session plan and reading position, kept in one JSON file per document
/// under the notes directory.
///
/// Every change is an operation (`save`, `delete`, `setMarked`, `setPlan`, `setLastPosition`) that
/// takes the file's lock, re-reads the file, replays this store's unsaved changes onto it and writes
/// it atomically, so two casebook processes on one document never overwrite each other's notes.
/// When saving fails (an unwritable directory, say) the operation throws a one-line error, the change
/// stays in `current` and is written by the next operation or `saveNow()`.
///
/// Not thread-safe: use one store from one task (two stores on one document, even in one process,
/// are safe with each other through the lock).
public final class NoteStore {
    public let directory: String
    /// The notes file's name in `directory`; becomes the name of an earlier version's file when
    /// `load()` recognises this document as an edited copy of it.
    public private(set) var fileName: String
    public var filePath: String { directory + "/" + fileName }

    /// The notes as this process sees them: the file's content, plus unsaved changes, with notes
    /// moved to where their text is now (see `NoteAnchoring`).
    public private(set) var current: DocumentNotes
    /// Changes not yet written to the file.
    public private(set) var pending: [NoteChange] = []
    public var hasUnsavedChanges: Bool { !pending.isEmpty }

    private let document: ReviewDocument
    private let identity: DocumentIdentity
    private let anchoring: NoteAnchoring
    /// The file's content as last read or written.
    private var stored: DocumentNotes
    private var notices: [NoteStoreNotice] = []
    /// Notes whose move or missing target has been reported, so each is reported once.
    private var reportedPlacements: Set<String> = []

    /// A store for `document` in `directory`. Reads nothing until `load()`.
    public init(document: ReviewDocument, directory: String) {
        self.document = document
        self.directory = directory
        identity = DocumentIdentity(document)
        anchoring = NoteAnchoring(document)
        fileName = identity.key + ".json"
        stored = DocumentNotes(for: document)
        current = stored
    }

    /// A store in the standard notes directory (`$XDG_DATA_HOME/casebook` or `~/.local/share/casebook`).
    public convenience init(document: ReviewDocument,
                            environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(NoteStoreError) {
        self.init(document: document, directory: try NotesLocation.directory(environment: environment))
    }

    // MARK: Reading

    /// Reads the document's notes: its own file, or else the file of an earlier version whose
    /// recommendations are similar enough. A corrupt file is moved aside (see `takeNotices()`).
    public func load() throws(NoteStoreError) {
        if let named = try readFile(fileName), !identity.isSameDocument(as: named.fingerprint) {
            // Same title lines and recommendation count, different text: the notes are another
            // document's. They are left alone, and this document keeps its own under a distinct name.
            let taken = fileName
            fileName = identity.distinctKey + ".json"
            if try readData(fileName) == nil {
                notices.append(NoteStoreNotice(.otherDocumentsNotes,
                    "notes in \(directory)/\(taken) are for another document with the same title (\(named.source)); they are left untouched and not shown here"))
            }
        }
        // Only when this document has no file at all: a corrupt file of its own is moved aside
        // by `reload()`, not replaced by another document's notes.
        if try readData(fileName) == nil, let match = fileOfEarlierVersion() {
            fileName = match.fileName
            notices.append(NoteStoreNotice(.foundByFingerprint,
                "notes found for an earlier version of this document (\(match.notes.title), \(match.notes.source))"))
        }
        try reload()
    }

    /// Re-reads the file, picking up what other processes saved; unsaved changes are kept.
    public func reload() throws(NoteStoreError) {
        if let notes = try readFile(fileName) {
            stored = notes
        } else {
            if try corruptFile() { try moveCorruptFileAside() }
            stored = emptyRecord()
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
        guard let base = current.note(withID: note.id) else { return try perform(.upsert(note)) }
        try perform(.edit(note, base: base))
    }

    /// Deletes the note, unless another process changed it since this store last saw it.
    public func delete(noteID: String) throws(NoteStoreError) {
        guard let seen = current.note(withID: noteID) else { return try perform(.delete(noteID: noteID)) }
        try perform(.deleteUnlessChanged(seen))
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

    public func setMarked(_ id: ItemID, _ marked: Bool) throws(NoteStoreError) { try perform(.mark(id, marked)) }

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
        do throws(PosixFailure) { try PosixFiles.makeDirectory(directory) } catch { throw notWritable(error) }
        let written: DocumentNotes
        do throws(PosixFiles.LockedFailure) {
            written = try PosixFiles.withExclusiveLock(filePath + ".lock", writeChanges)
        } catch {
            switch error {
            case let .posix(failure): throw notWritable(failure)
            case let .store(failure): throw failure
            }
        }
        stored = written
        pending = []
        rebuildCurrent()
    }

    /// Writes the notes as this process sees them, unsaved changes included, to `path` in the notes
    /// file's format: for when the store's own file cannot be written. A leading "~/" is the home directory.
    public func writeCopy(to path: String,
                          environment: [String: String] = ProcessInfo.processInfo.environment) throws(NoteStoreError) {
        var target = path
        if target.hasPrefix("~/"), let home = environment["HOME"] { target = home + target.dropFirst() }
        let data: Data
        do { data = try NotesFileCoding.encode(current) } catch {
            throw NoteStoreError(.notWritable, "cannot write the notes: \(error)")
        }
        do throws(PosixFailure) { try PosixFiles.writeAtomically(data, to: target) } catch {
            throw NoteStoreError(.notWritable, "cannot write the notes to \(error.path): \(error.reason)")
        }
    }

    /// Under the lock: re-read, replay the unsaved changes, write atomically.
    private func writeChanges() throws(NoteStoreError) -> DocumentNotes {
        PosixFiles.removeLeftoverTemporaries(for: filePath)
        var fresh = try lockedRead()
        let meetings = pending.compactMap { fresh.apply($0) }
        // The latest version opened describes the file, so a document edited bit by bit keeps
        // being recognised.
        fresh.source = document.source
        fresh.title = document.title
        fresh.fingerprint = identity.fingerprint
        let data: Data
        do { data = try NotesFileCoding.encode(fresh) } catch {
            throw NoteStoreError(.notWritable, "cannot save notes: \(error)")
        }
        do throws(PosixFailure) { try PosixFiles.writeAtomically(data, to: filePath) } catch { throw notWritable(error) }
        notices += meetings.map(Self.notice)
        return fresh
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

    private func perform(_ change: NoteChange) throws(NoteStoreError) {
        pending.append(change)
        rebuildCurrent()
        try saveNow()
    }

    // MARK: The file

    /// Under the lock: the file's content, a fresh record when there is none, or after moving a
    /// corrupt file aside.
    private func lockedRead() throws(NoteStoreError) -> DocumentNotes {
        if let notes = try readFile(fileName) { return notes }
        if try corruptFile() { try moveCorruptFileAside(locked: true) }
        return emptyRecord()
    }

    /// What a document with no notes file starts from.
    private func emptyRecord() -> DocumentNotes {
        var record = DocumentNotes(for: document)
        record.documentKey = (fileName as NSString).deletingPathExtension
        return record
    }

    /// The decoded file; nil when it does not exist or is corrupt (see `corruptFile`).
    private func readFile(_ name: String) throws(NoteStoreError) -> DocumentNotes? {
        guard let data = try readData(name) else { return nil }
        guard let notes = try? NotesFileCoding.decode(data) else { return nil }
        if notes.format > DocumentNotes.currentFormat {
            throw NoteStoreError(.newerFormat,
                "\(directory)/\(name) was written by a newer casebook (format \(notes.format)); it is left unchanged and notes are not saved")
        }
        return notes
    }

    private func readData(_ name: String) throws(NoteStoreError) -> Data? {
        do throws(PosixFailure) { return try PosixFiles.readAll(directory + "/" + name) } catch {
            throw NoteStoreError(.unreadable, "cannot read notes: \(error.path): \(error.reason)")
        }
    }

    /// Whether the file exists but is not a notes file (invalid JSON, or the wrong shape).
    private func corruptFile() throws(NoteStoreError) -> Bool {
        guard let data = try readData(fileName) else { return false }
        return (try? NotesFileCoding.decode(data)) == nil
    }

    /// Renames the corrupt file to `<name>.corrupt-<UTC time>` so nothing overwrites it, and says so.
    private func moveCorruptFileAside(locked: Bool = false) throws(NoteStoreError) {
        let move = { () throws(NoteStoreError) in
            // Re-check under the lock: another process may have moved it already.
            guard try self.corruptFile() else { return }
            let stamp = Self.timestamp(Date())
            var aside = self.filePath + ".corrupt-" + stamp
            var attempt = 1
            while FileManager.default.fileExists(atPath: aside) {
                attempt += 1
                aside = self.filePath + ".corrupt-" + stamp + "-\(attempt)"
            }
            if rename(self.filePath, aside) != 0 {
                let failure = PosixFailure(operation: "move", path: self.filePath, code: errno)
                throw NoteStoreError(.unreadable,
                    "notes file \(self.filePath) is corrupt and cannot be moved aside (\(failure.reason)); it is left unchanged and notes are kept in memory")
            }
            self.notices.append(NoteStoreNotice(.corruptFileMovedAside,
                "notes file \(self.filePath) was corrupt; moved it aside to \(aside) and started afresh"))
        }
        if locked { return try move() }
        do throws(PosixFiles.LockedFailure) { try PosixFiles.withExclusiveLock(filePath + ".lock", move) } catch {
            switch error {
            case let .store(error): throw error
            case let .posix(failure):
                throw NoteStoreError(.unreadable,
                    "notes file \(filePath) is corrupt and cannot be moved aside (\(failure.reason)); it is left unchanged and notes are kept in memory")
            }
        }
    }

    /// The notes file of an earlier version of this document: the most similar other file in the
    /// directory whose recommendations' fingerprint is similar enough.
    private func fileOfEarlierVersion() -> (fileName: String, notes: DocumentNotes)? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var best: (fileName: String, notes: DocumentNotes, score: Double)?
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") && name != fileName {
            guard let notes = try? readFile(name), !notes.fingerprint.isEmpty else { continue }
            let score = notes.fingerprint.similarity(to: identity.fingerprint)
            if identity.isSameDocument(as: notes.fingerprint), score > (best?.score ?? 0) {
                best = (name, notes, score)
            }
        }
        return best.map { ($0.fileName, $0.notes) }
    }

    // MARK: The view

    private func rebuildCurrent() {
        var view = stored
        for change in pending { view.apply(change) }
        for index in view.notes.indices {
            let note = view.notes[index]
            switch anchoring.placement(of: note) {
            case .stays:
                break
            case let .moved(to: target):
                view.notes[index].target = target
                report(note, NoteStoreNotice(.noteMoved,
                    "a note on \(note.target) moved to \(target), where its text is now"))
            case .missing:
                report(note, NoteStoreNotice(.targetMissing,
                    "a note on \(note.target) is kept, but this document has no \(note.target)"))
            }
        }
        current = view
    }

    private func report(_ note: Note, _ notice: NoteStoreNotice) {
        guard reportedPlacements.insert(note.id).inserted else { return }
        notices.append(notice)
    }

    private func notWritable(_ failure: PosixFailure) -> NoteStoreError {
        NoteStoreError(.notWritable,
            "cannot save notes: \(failure.path) is not writable (\(failure.reason)); your notes are kept in memory — save again after fixing it")
    }

    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))T\(two(parts.hour))\(two(parts.minute))\(two(parts.second))Z"
    }
}
