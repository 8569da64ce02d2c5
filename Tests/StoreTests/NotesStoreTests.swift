@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// The notes store on disk: round trips, atomic writes, corrupt files, several writers, unwritable
/// directories. Every test uses its own temporary directory.
@Suite struct NotesStoreTests {
    let document = NotesFixtures.childJ

    func openStore(_ directory: String, _ document: ReviewDocument? = nil) throws -> NoteStore {
        let store = NoteStore(document: document ?? self.document, directory: directory)
        try store.load()
        return store
    }

    func note(_ text: String, on id: String, in document: ReviewDocument? = nil) -> Note {
        Note(on: .item(ItemID(parsing: id)!), in: document ?? self.document, text: text)
    }

    @Test func notesMarksPlanAndPositionSurviveReopening() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        let first = note("Ask the room about\nout-of-area placements.", on: "1")
        try store.save(first)
        try store.save(Note(on: .introduction, in: document, kind: .roomAnswer,
                            question: "How does this relate to your role?", text: "Several said escalation."))
        try store.setMarked(ItemID(number: 3), true)
        try store.setMarked(ItemID(number: 5), true)
        try store.setMarked(ItemID(number: 5), false)
        try store.setPlan([ItemID(number: 6), ItemID(number: 3)])
        try store.setLastPosition(ReadingPosition(target: .item(ItemID(number: 3, part: "b")), scrollLine: 4))
        #expect(!store.hasUnsavedChanges)

        let reopened = try openStore(temp.path)
        #expect(reopened.current == store.current)
        #expect(reopened.current.notes.count == 2)
        #expect(reopened.current.note(withID: first.id) == first)
        #expect(reopened.current.marks == [ItemID(number: 3)])
        #expect(reopened.current.presentationOrder == [ItemID(number: 6), ItemID(number: 3)])
        #expect(reopened.current.lastPosition == ReadingPosition(target: .item(ItemID(number: 3, part: "b")), scrollLine: 4))
        #expect(reopened.current.title == document.title)
        #expect(reopened.current.source == "child-j.txt")
        #expect(reopened.takeNotices().isEmpty)
    }

    @Test func reloadingPicksUpAnotherStoresChanges() throws {
        let temp = NotesTemporaryDirectory()
        let other = try openStore(temp.path)
        try other.save(note("from the other store", on: "2"))
        let store = try openStore(temp.path)
        #expect(store.current.notes.count == 1)
        try other.save(note("another", on: "3"))
        try store.reload()
        #expect(store.current.notes.count == 2)
        // The file removed by hand: reloading shows no notes rather than stale ones.
        try FileManager.default.removeItem(atPath: store.filePath)
        try store.reload()
        #expect(store.current.notes.isEmpty)
    }

    @Test func editingAndDeletingNotes() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        let original = note("First thought", on: "3a", in: document)
        try store.save(original)
        let edited = original.edited(text: "Second thought", in: document, now: original.updatedAt.addingTimeInterval(5))
        try store.save(edited)
        #expect(try openStore(temp.path).current.notes == [edited])
        try store.delete(noteID: edited.id)
        #expect(try openStore(temp.path).current.notes.isEmpty)
    }

    @Test func marksToggleAndNotesListInDocumentOrder() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        #expect(try store.toggleMark(ItemID(number: 7)) == true)
        #expect(try store.toggleMark(ItemID(number: 7)) == false)
        #expect(try store.toggleMark(ItemID(number: 2)) == true)
        #expect(try openStore(temp.path).current.marks == [ItemID(number: 2)])

        let start = Date()
        try store.save(Note(on: .item(ItemID(number: 5, part: "c")), in: document, text: "c", now: start))
        try store.save(Note(on: .item(ItemID(number: 5)), in: document, text: "later on 5", now: start.addingTimeInterval(2)))
        try store.save(Note(on: .item(ItemID(number: 5)), in: document, text: "earlier on 5", now: start.addingTimeInterval(1)))
        try store.save(Note(on: .introduction, in: document, text: "intro", now: start.addingTimeInterval(3)))
        try store.save(Note(on: .item(ItemID(number: 1)), in: document, text: "one", now: start.addingTimeInterval(4)))
        let reopened = try openStore(temp.path).current
        #expect(reopened.notesInDocumentOrder.map(\.text) == ["intro", "one", "earlier on 5", "later on 5", "c"])
        #expect(reopened.notes(onRecommendation: ItemID(number: 5)).map(\.text) == ["earlier on 5", "later on 5", "c"])
        #expect(reopened.notedTargets == [.introduction, .item(ItemID(number: 1)), .item(ItemID(number: 5)),
                                         .item(ItemID(number: 5, part: "c"))])
    }

    @Test func theStoreDirectoryComesFromXDGOrHome() throws {
        #expect(try NotesLocation.directory(environment: ["XDG_DATA_HOME": "/data/", "HOME": "/home/u"]) == "/data/casebook")
        #expect(try NotesLocation.directory(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/casebook")
        // A relative XDG_DATA_HOME is invalid by the XDG spec and ignored.
        #expect(try NotesLocation.directory(environment: ["XDG_DATA_HOME": "data", "HOME": "/home/u"]) == "/home/u/.local/share/casebook")
        #expect(throws: NoteStoreError.self) { try NotesLocation.directory(environment: [:]) }
        do {
            _ = try NoteStore(document: document, environment: ["XDG_DATA_HOME": ""])
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .noLocation)
            #expect(error.message.contains("neither XDG_DATA_HOME nor HOME is set"))
            #expect(!error.message.contains("\n"))
        }
    }

    @Test func savingLeavesOnlyTheNotesFileItsJournalAndItsLock() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path + "/casebook")
        for index in 1...5 { try store.save(note("note \(index)", on: "\(index)")) }
        #expect(temp.names(in: "casebook") == [store.fileName, store.fileName + ".journal", store.fileName + ".lock"])
        let data = try Data(contentsOf: URL(fileURLWithPath: store.filePath))
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: data) }
        // Private to the user: notes about cases are sensitive.
        for file in [store.filePath, store.filePath + ".journal"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        }
    }

    @Test func aWriterKilledBeforeItsRenameLeavesTheOldContent() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        let kept = note("kept", on: "2")
        try store.save(kept)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.filePath))

        // What a process killed mid-write leaves: a half-written temporary file, never renamed.
        let leftover = temp.path + "/." + store.fileName + ".tmp-99999-DEADBEEF"
        try Data(before.prefix(before.count / 2)).write(to: URL(fileURLWithPath: leftover))

        let reopened = try openStore(temp.path)
        #expect(reopened.current.notes == [kept])
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.filePath)) == before)

        // The next save, under the lock, clears the leftover away.
        try reopened.save(note("added", on: "4"))
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(try openStore(temp.path).current.notes.count == 2)
    }

    @Test func readersNeverSeeAHalfWrittenFile() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        try store.save(note("first", on: "1"))
        let path = store.filePath, document = self.document
        let failures = NotesCounter()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            if worker == 0 {
                let writer = NoteStore(document: document, directory: (path as NSString).deletingLastPathComponent)
                for index in 0..<60 {
                    try? writer.save(Note(on: .item(ItemID(number: 1)), in: document, text: String(repeating: "x", count: index * 50)))
                }
            } else {
                for _ in 0..<300 {
                    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
                          (try? JSONSerialization.jsonObject(with: data)) != nil else { failures.add(); continue }
                }
            }
        }
        #expect(failures.value == 0)
        #expect(try openStore(temp.path).current.notes.count == 61)
    }

    @Test(arguments: ["{ this is not json", "{\"hello\": 1}", ""])
    func aCorruptFileIsMovedAsideAndNeverOverwritten(content: String) throws {
        let temp = NotesTemporaryDirectory()
        let probe = NoteStore(document: document, directory: temp.path)
        try content.write(toFile: probe.filePath, atomically: false, encoding: .utf8)

        let store = try openStore(temp.path)
        let notices = store.takeNotices()
        #expect(notices.count == 1)
        #expect(notices.first?.kind == .corruptFileMovedAside)
        #expect(notices.first?.message.contains("was corrupt; moved it aside to " + store.filePath + ".corrupt-") == true)
        #expect(notices.first?.message.contains("\n") == false)
        #expect(store.current.notes.isEmpty)

        try store.save(note("after the corruption", on: "1"))
        let aside = temp.names().filter { $0.hasPrefix(store.fileName + ".corrupt-") }
        #expect(aside.count == 1)
        #expect(try String(contentsOfFile: temp.path + "/" + aside[0], encoding: .utf8) == content)
        #expect(try openStore(temp.path).current.notes.count == 1)
    }

    @Test func aFileCorruptedWhileOpenIsMovedAsideOnTheNextSave() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        try store.save(note("one", on: "1"))
        try "garbage".write(toFile: store.filePath, atomically: false, encoding: .utf8)
        try store.save(note("two", on: "2"))
        #expect(store.takeNotices().map(\.kind) == [.corruptFileMovedAside])
        #expect(temp.names().contains { $0.hasPrefix(store.fileName + ".corrupt-") })
        #expect(try openStore(temp.path).current.notes.map(\.text) == ["two"])
    }

    @Test func twoStoresTakingTurnsKeepEachOthersNotes() throws {
        let temp = NotesTemporaryDirectory()
        let first = try openStore(temp.path)
        let second = try openStore(temp.path)
        var written: [Note] = []
        for round in 1...4 {
            let a = note("first store, round \(round)", on: "\(round)")
            try first.save(a)
            let b = note("second store, round \(round)", on: "\(round)a")
            try second.save(b)
            written += [a, b]
        }
        try first.setMarked(ItemID(number: 1), true)
        try second.setMarked(ItemID(number: 2), true)
        try first.setLastPosition(ReadingPosition(target: .item(ItemID(number: 9))))

        // The second store edits a note the first wrote, without reloading first.
        let edited = written[0].edited(text: "edited by the second", in: document,
                                       now: written[0].updatedAt.addingTimeInterval(1))
        try second.save(edited)
        try first.delete(noteID: written[7].id)

        let final = try openStore(temp.path).current
        #expect(Set(final.notes.map(\.id)) == Set(written.dropLast().map(\.id)))
        #expect(final.note(withID: edited.id)?.text == "edited by the second")
        #expect(final.marks == [ItemID(number: 1), ItemID(number: 2)])
        #expect(final.lastPosition?.target == .item(ItemID(number: 9)))
        // Each store's view includes the other's work after its own save.
        #expect(second.current.notes.count == 8)
    }

    @Test func anOlderEditDoesNotReplaceANewerOne() throws {
        let temp = NotesTemporaryDirectory()
        let first = try openStore(temp.path)
        let second = try openStore(temp.path)
        let original = note("original", on: "1")
        try first.save(original)
        let newer = original.edited(text: "newer", in: document, now: original.updatedAt.addingTimeInterval(60))
        let older = original.edited(text: "older", in: document, now: original.updatedAt.addingTimeInterval(30))
        try first.save(newer)
        try second.save(older)
        #expect(try openStore(temp.path).current.notes.map(\.text) == ["newer"])
    }

    @Test func twoStoresWritingAtOnceOnSeparateThreadsLoseNothing() throws {
        let temp = NotesTemporaryDirectory()
        let document = self.document, path = temp.path
        // Each store has its own lock file description, so flock serialises them exactly as it would
        // two processes.
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let store = NoteStore(document: document, directory: path)
            try? store.load()
            for index in 1...25 {
                try? store.save(Note(on: .item(ItemID(number: index % 10 + 1)), in: document, text: "worker \(worker) note \(index)"))
                try? store.setMarked(ItemID(number: worker * 5 + index % 5 + 1), true)
            }
        }
        let final = try openStore(temp.path).current
        #expect(final.notes.count == 50)
        #expect(final.marks.count == 10)
        #expect(temp.names().filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func anUnwritableDirectoryKeepsNotesInMemoryUntilItIsFixed() throws {
        let temp = NotesTemporaryDirectory()
        // Root ignores permission bits, so make the directory impossible to create instead: its
        // parent is a regular file (mkdir fails with ENOTDIR for every user).
        let blocker = temp.path + "/blocker"
        try "not a directory".write(toFile: blocker, atomically: false, encoding: .utf8)
        let store = try openStore(blocker + "/casebook")
        let kept = note("must not be lost", on: "4")
        do {
            try store.save(kept)
            Issue.record("expected the save to fail")
        } catch {
            #expect(error.kind == .notWritable)
            #expect(error.message.hasPrefix("cannot save notes (your notes are kept in memory"))
            #expect(error.message.contains(blocker))
            #expect(error.message.hasSuffix(" is not writable: a part of the path is a file, not a directory"))
            #expect(error.message.contains("your notes are kept in memory"))
            #expect(!error.message.contains("\n"))
        }
        #expect(store.current.notes == [kept])
        #expect(store.hasUnsavedChanges)
        try? store.setMarked(ItemID(number: 4), true)
        #expect(store.current.marks == [ItemID(number: 4)])

        try FileManager.default.removeItem(atPath: blocker)
        try store.saveNow()
        #expect(!store.hasUnsavedChanges)
        let reopened = try openStore(blocker + "/casebook")
        #expect(reopened.current.notes == [kept])
        #expect(reopened.current.marks == [ItemID(number: 4)])
    }

    @Test(.enabled(if: getuid() != 0, "permission bits do not stop root, so this runs only for ordinary users"))
    func aReadOnlyDirectoryGivesTheSameClearMessage() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        chmod(temp.path, 0o500)
        defer { chmod(temp.path, 0o700) }
        #expect(throws: NoteStoreError.self) { try store.save(note("kept", on: "1")) }
        do { try store.saveNow() } catch {
            #expect(error.message.hasSuffix("is not writable: permission denied"))
        }
        #expect(store.current.notes.count == 1)
        chmod(temp.path, 0o700)
        try store.saveNow()
        #expect(try openStore(temp.path).current.notes.count == 1)
    }
}

/// A thread-safe counter for the concurrency tests.
final class NotesCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
