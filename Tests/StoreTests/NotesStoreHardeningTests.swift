@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// The notes store against hostile files and a second writer (issue 14): malformed dates, a FIFO or
/// symlinks in the notes folder, two processes editing one note, and a different document that shares
/// another's title lines and recommendation count.
@Suite struct NotesStoreHardeningTests {
    let document = NotesFixtures.childJ
    /// The store tests' helpers: `openStore` and `note`.
    let stores = NotesStoreTests()

    func openStore(_ directory: String, _ document: ReviewDocument? = nil) throws -> NoteStore {
        try stores.openStore(directory, document)
    }

    func note(_ text: String, on id: String, in document: ReviewDocument? = nil) -> Note {
        stores.note(text, on: id, in: document)
    }

    /// Two stores on one folder: A saves `text` on 3, and B re-reads the store (by marking 9) and so sees it.
    func twoWriters(sharing text: String, in temp: NotesTemporaryDirectory) throws
        -> (a: NoteStore, b: NoteStore, original: Note, seenByB: Note) {
        let a = try openStore(temp.path)
        let b = try openStore(temp.path)
        let original = note(text, on: "3")
        try a.save(original)
        try b.setMarked(ItemID(number: 9), true)
        return (a, b, original, try #require(b.current.note(withID: original.id)))
    }

    /// `note` edited to `text`, `seconds` after it was written.
    func edit(_ note: Note, to text: String, after seconds: Double) -> Note {
        note.edited(text: text, in: document, now: note.updatedAt.addingTimeInterval(seconds))
    }

    // MARK: Malformed dates

    static let malformedDates = ["Z", ".Z", "2026-11-26T16:48:00.1e20Z", "2026-11-26T16:48:00.1e308Z",
                                 "2026-11-26T16:48:00.-5Z", "2026-11-26T16:48:00.nanZ"]

    @Test func malformedDatesAreNotDates() {
        for raw in Self.malformedDates { #expect(StoredDate.date(raw) == nil, "\(raw)") }
        #expect(StoredDate.date("2026-11-26T16:48:04.045Z") != nil)
        #expect(StoredDate.date("2026-11-26T16:48:04Z") != nil)
    }

    /// A notes file whose one note has `createdAt` replaced by `raw`.
    func notesFile(withCreatedAt raw: String) throws -> Data {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        try store.save(note("a note", on: "3"))
        let text = try String(contentsOfFile: store.filePath, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #""createdAt" : "[^"]*""#)
        let replaced = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                        withTemplate: "\"createdAt\" : \"\(raw)\"")
        #expect(replaced != text)
        return Data(replaced.utf8)
    }

    @Test(arguments: malformedDates)
    func aMalformedDateMovesTheFileAside(raw: String) throws {
        let temp = NotesTemporaryDirectory()
        let store = NoteStore(document: document, directory: temp.path)
        try notesFile(withCreatedAt: raw).write(to: URL(fileURLWithPath: store.filePath))
        try store.load()
        #expect(store.current.notes.isEmpty)
        #expect(store.takeNotices().map(\.kind) == [.corruptFileMovedAside])
        #expect(temp.names().contains { $0.contains(".corrupt-") })
    }

    @Test(arguments: malformedDates)
    func aMalformedDateUnderAnotherNameIsPassedOver(raw: String) throws {
        let temp = NotesTemporaryDirectory()
        let other = temp.path + "/some-other-review-10r-0123456789abcdef.json"
        let data = try notesFile(withCreatedAt: raw)
        try data.write(to: URL(fileURLWithPath: other))
        // A document with no notes file of its own looks at every file in the folder.
        let store = try openStore(temp.path, NotesFixtures.document(NotesFixtures.sentences))
        #expect(store.current.notes.isEmpty)
        let builtIn = try openStore(temp.path)
        #expect(builtIn.current.notes.isEmpty)
        // It is another document's file: left for that document to move aside.
        #expect(FileManager.default.contents(atPath: other) == data)
    }

    // MARK: Two writers on one note

    @Test func twoProcessesAppendingToOneNoteKeepBothTexts() throws {
        let temp = NotesTemporaryDirectory()
        let (a, b, one, seenByB) = try twoWriters(sharing: "one", in: temp)
        #expect(seenByB.text == "one")
        try a.save(edit(one, to: "one two", after: 1))
        try b.save(edit(seenByB, to: "one three", after: 2))

        let stored = try openStore(temp.path).current.notes
        #expect(stored.map(\.text) == ["one two three"])
        #expect(b.current.notes.map(\.text) == ["one two three"])
        #expect(b.takeNotices().map(\.kind).contains(.mergedConcurrentEdit))
    }

    @Test func clashingEditsAreBothKept() throws {
        let temp = NotesTemporaryDirectory()
        let (a, b, original, seenByB) = try twoWriters(sharing: "The first words", in: temp)
        try a.save(edit(original, to: "Quite other words", after: 1))
        try b.save(edit(seenByB, to: "Different words", after: 2))

        let texts = try openStore(temp.path).current.notes.map(\.text).sorted()
        #expect(texts == ["Different words", "Quite other words"])
        #expect(b.takeNotices().map(\.kind).contains(.keptBothEdits))
    }

    @Test func deletingANoteAnotherProcessChangedKeepsIt() throws {
        let temp = NotesTemporaryDirectory()
        let (a, b, original, _) = try twoWriters(sharing: "one", in: temp)
        try a.save(edit(original, to: "one two", after: 1))
        try b.delete(noteID: original.id)

        #expect(try openStore(temp.path).current.notes.map(\.text) == ["one two"])
        #expect(b.takeNotices().map(\.kind).contains(.keptChangedNote))
        // A note nobody else touched is deleted as before.
        try a.delete(noteID: original.id)
        #expect(try openStore(temp.path).current.notes.isEmpty)
    }

    // MARK: Another document with the same title and count

    static let unrelated = [
        "The fire service should buy fire engines for every station in the county this year.",
        "Highways should resurface the ring road before the winter and report the cost to members.",
        "The library service should extend opening hours on Saturdays across all branches.",
        "Parks should plant two hundred oak trees along the river path by the spring.",
    ]

    @Test func aDifferentDocumentWithTheSameTitleDoesNotTakeItsNotes() throws {
        let temp = NotesTemporaryDirectory()
        let original = NotesFixtures.document(NotesFixtures.sentences)
        let impostor = NotesFixtures.document(Self.unrelated)
        #expect(DocumentIdentity(original).key == DocumentIdentity(impostor).key)

        let first = try openStore(temp.path, original)
        try first.save(note("Ask about strategic leaders", on: "1", in: original))
        let before = FileManager.default.contents(atPath: first.filePath)

        let second = try openStore(temp.path, impostor)
        #expect(second.current.notes.isEmpty)
        #expect(second.takeNotices().map(\.kind) == [.otherDocumentsNotes])
        try second.save(note("Which stations?", on: "1", in: impostor))
        #expect(second.filePath != first.filePath)
        #expect(FileManager.default.contents(atPath: first.filePath) == before)

        #expect(try openStore(temp.path, original).current.notes.map(\.text) == ["Ask about strategic leaders"])
        let reopened = try openStore(temp.path, impostor)
        #expect(reopened.current.notes.map(\.text) == ["Which stations?"])
        #expect(reopened.takeNotices().isEmpty)
    }

    // MARK: Files that are not what they seem

    @Test func aFIFOInPlaceOfTheNotesFileDoesNotBlock() throws {
        let temp = NotesTemporaryDirectory()
        let path = NoteStore(document: document, directory: temp.path).filePath
        #expect(mkfifo(path, 0o600) == 0)
        let outcome = OutcomeBox()
        let document = self.document
        let directory = temp.path
        let thread = Thread {
            do throws(NoteStoreError) {
                try NoteStore(document: document, directory: directory).load()
                outcome.set("loaded")
            } catch {
                outcome.set("\(error.kind): \(error.message)")
            }
        }
        thread.start()
        let finished = outcome.wait(seconds: 5)
        if !finished {
            // Unblock the reader stuck in open(2) so the test process can go on.
            let writer = open(path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = outcome.wait(seconds: 5)
        }
        #expect(finished, "opening the notes blocked on a FIFO")
        #expect(outcome.value?.hasPrefix("unreadable") == true, "\(outcome.value ?? "nothing")")
        #expect(outcome.value?.contains("not a regular file") == true)
    }

    @Test func aSymlinkedLockFileIsNotFollowed() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        try FileManager.default.createDirectory(atPath: temp.path + "/elsewhere", withIntermediateDirectories: true)
        let target = temp.path + "/elsewhere/created-by-the-lock"
        #expect(symlink(target, store.filePath + ".lock") == 0)
        #expect(throws: NoteStoreError.self) { try store.save(note("kept in memory", on: "2")) }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(store.hasUnsavedChanges)
    }

    @Test func aSymlinkedStoreIsWrittenThroughToItsTarget() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        try store.save(note("first", on: "1"))
        let synced = temp.path + "/synced"
        try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: store.filePath, toPath: synced + "/child-j.json")
        #expect(symlink("synced/child-j.json", store.filePath) == 0)

        let reopened = try openStore(temp.path)
        #expect(reopened.current.notes.map(\.text) == ["first"])
        try reopened.save(note("second", on: "2"))

        let link = try FileManager.default.destinationOfSymbolicLink(atPath: store.filePath)
        #expect(link == "synced/child-j.json")
        // The journal goes beside the target, so the synced folder holds all the notes.
        #expect(temp.names(in: "synced") == ["child-j.json", "child-j.json.journal"])
        let target = NotesFiles(directory: synced, name: "child-j.json")
        #expect(try target.catchUp() == .fine)
        #expect(target.notes?.notes.map(\.text).sorted() == ["first", "second"])
        #expect(try openStore(temp.path).current.notes.count == 2)
    }
}

/// A result handed from a worker thread to the test, with a wait that can time out.
final class OutcomeBox: @unchecked Sendable {
    private let lock = NSCondition()
    private var stored: String?

    var value: String? { lock.lock(); defer { lock.unlock() }; return stored }

    func set(_ value: String) {
        lock.lock()
        stored = value
        lock.broadcast()
        lock.unlock()
    }

    /// Whether a value arrived within `seconds`.
    func wait(seconds: Double) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let deadline = Date().addingTimeInterval(seconds)
        while stored == nil { if !lock.wait(until: deadline) { break } }
        return stored != nil
    }
}
