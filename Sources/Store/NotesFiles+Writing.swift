import Content
import Foundation

/// The writing half of `NotesFiles`; every function here runs under the notes file's lock, after
/// `catchUp`, so it writes on top of everything other processes saved.
extension NotesFiles {
    /// The journal grows to a quarter of the snapshot (at least 64 KB) before a save rewrites the snapshot:
    /// a rewrite then costs about as much as the appends since the last one, and reading the
    /// journal back stays a fraction of reading the snapshot.
    static func journalLimit(snapshotSize: Int) -> Int { 64 * 1024 + snapshotSize / 4 }

    /// Makes `record` durable and applies it; `empty` is what it applies to when there is no notes file.
    func commit(_ record: JournalRecord, empty: () -> DocumentNotes) throws(NoteStoreError) {
        let frame = JournalFrames.frame(try encode(record))
        // No notes file yet, one from an older casebook (no journal generation), or a journal grown past
        // its limit: write everything.
        guard notes != nil, let position, let generation = position.generation,
              position.replayed + frame.count <= Self.journalLimit(snapshotSize: position.snapshot.size) else {
            var resulting = notes ?? empty()
            resulting.apply(record)
            return try compact(resulting, changing: record.noteIDs)
        }
        let header = position.journalIsCurrent ? nil
            : JournalFrames.frame(try encode(JournalHeader(format: DocumentNotes.currentFormat, snapshot: generation)))
        try append(frame, startingWith: header)
        // In place, after the append succeeded: a failed save leaves the notes as they were.
        apply(record)
    }

    /// Replaces the snapshot with `notes` and drops the journal, whose records are in it now; `changing`
    /// names the notes that differ from what was read (nil: any may).
    func compact(_ notes: DocumentNotes, changing: [String]?) throws(NoteStoreError) {
        var notes = notes
        notes.format = DocumentNotes.currentFormat
        let generation = UUID().uuidString
        let snapshot = NotesSnapshot(notes: notes, generation: generation,
                                     previousGeneration: position?.journalIsCurrent == true ? position?.generation : nil)
        let data = try encode(snapshot, pretty: true)
        let journal = journalPath
        do throws(PosixFailure) { try PosixFiles.writeAtomically(data, to: path) } catch { throw .notWritable(error) }
        // Should removing fail, the journal is ignored anyway: its header names the old snapshot.
        try? PosixFiles.remove(journal)
        self.notes = notes
        positions = nil
        if let changing { changedNotes?.formUnion(changing) } else { changedNotes = nil }
        position = PosixFiles.identity(of: path).map {
            Position(snapshot: $0, generation: generation, previousGeneration: snapshot.previousGeneration)
        }
    }

    /// Appends `frame` to the journal, first starting a new journal with `header` when one is given
    /// (created whole by rename, so a journal always begins with a good header).
    private func append(_ frame: Data, startingWith header: Data?) throws(NoteStoreError) {
        let journal = journalPath
        do throws(PosixFailure) {
            if let header {
                try PosixFiles.writeAtomically(header, to: journal, followLinks: false)
                position?.journal = PosixFiles.identity(of: journal)
                position?.replayed = header.count
                position?.journalIsCurrent = true
            }
            try PosixFiles.append(frame, to: journal, after: position?.replayed ?? 0)
        } catch {
            throw .notWritable(error)
        }
        position?.replayed += frame.count
    }

    private func encode<Value: Encodable>(_ value: Value, pretty: Bool = false) throws(NoteStoreError) -> Data {
        do { return try NotesFileCoding.encode(value, pretty: pretty) } catch {
            throw NoteStoreError(.notWritable, "cannot save notes: \(error)")
        }
    }

    // MARK: Damage

    /// After `catchUp` found damage: a corrupt notes file is moved aside with its journal (there is
    /// nothing to replay that on); a damaged journal is copied aside and the snapshot rewritten with the
    /// good records before the damage. Aside files are named `NAME.corrupt-<UTC time>`, so nothing
    /// overwrites them. Returns what to tell the user.
    func repair(_ reading: Reading, at date: Date) throws(NoteStoreError) -> NoteStoreNotice? {
        switch reading {
        case .fine, .missing:
            return nil
        case .corruptSnapshot:
            let journal = journalPath
            var message = "notes file \(path) was corrupt; moved it aside to \(try moveAside(path, at: date)) and started afresh"
            var status = stat()
            if lstat(journal, &status) == 0 { message += " (its journal too, to \(try moveAside(journal, at: date)))" }
            notes = nil
            position = nil
            changedNotes = nil
            positions = nil
            return NoteStoreNotice(.corruptFileMovedAside, message)
        case .strayJournal:
            let journal = journalPath
            let aside = try moveAside(journal, at: date)
            position?.journal = nil
            return NoteStoreNotice(.corruptFileMovedAside,
                "notes journal \(journal) does not follow the notes file beside it; moved it aside to \(aside), unread")
        case .corruptJournal:
            let journal = journalPath
            guard let notes, let (data, _) = try read(journal, from: 0, followLinks: false) else { return nil }
            let aside = Self.asideName(journal, at: date)
            do throws(PosixFailure) { try PosixFiles.writeAtomically(data, to: aside, followLinks: false) } catch {
                throw cannotMoveAside(journal, error)
            }
            try compact(notes, changing: nil)
            return NoteStoreNotice(.corruptFileMovedAside,
                "notes journal \(journal) was damaged; kept the notes saved before the damage and moved it aside to \(aside)")
        }
    }

    private func moveAside(_ file: String, at date: Date) throws(NoteStoreError) -> String {
        let aside = Self.asideName(file, at: date)
        if rename(file, aside) != 0 { throw cannotMoveAside(file, PosixFailure(operation: "move", path: file, code: errno)) }
        return aside
    }

    private func cannotMoveAside(_ file: String, _ failure: PosixFailure) -> NoteStoreError {
        NoteStoreError(.unreadable,
            "notes file \(file) is corrupt and cannot be moved aside (\(failure.reason)); it is left unchanged and notes are kept in memory")
    }

    /// `FILE.corrupt-<UTC time>`, numbered when that exists already.
    static func asideName(_ file: String, at date: Date) -> String {
        let stamp = timestamp(date)
        var aside = file + ".corrupt-" + stamp
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = file + ".corrupt-" + stamp + "-\(attempt)"
        }
        return aside
    }

    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))T\(two(parts.hour))\(two(parts.minute))\(two(parts.second))Z"
    }
}
