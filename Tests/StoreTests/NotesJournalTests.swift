@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// The journal beside the notes file (issue 14: a save on a 167 MB store took 8 s): a save appends and
/// leaves the notes file alone; a torn last record is ignored and cut off; damage is copied aside with the
/// good records kept; a journal left from an earlier notes file, or a link, is never replayed.
@Suite struct NotesJournalTests {
    let stores = NotesStoreTests()
    let document = NotesFixtures.childJ

    func openStore(_ directory: String) throws -> NoteStore { try stores.openStore(directory) }
    func note(_ text: String, on id: String) -> Note { stores.note(text, on: id) }

    /// A store with "first" in the notes file and "second" and "third" in the journal.
    func threeSaves(_ temp: NotesTemporaryDirectory) throws -> (store: NoteStore, journal: String) {
        let store = try openStore(temp.path)
        for (index, text) in ["first", "second", "third"].enumerated() { try store.save(note(text, on: "\(index + 1)")) }
        return (store, store.filePath + ".journal")
    }

    func texts(_ temp: NotesTemporaryDirectory) throws -> [String] {
        try openStore(temp.path).current.notes.map(\.text)
    }

    @Test func aSaveAppendsToTheJournalAndLeavesTheNotesFileAlone() throws {
        let temp = NotesTemporaryDirectory()
        let (store, journal) = try threeSaves(temp)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.filePath))
        let inode = try FileManager.default.attributesOfItem(atPath: store.filePath)[.systemFileNumber] as? Int
        let journalSize = try Data(contentsOf: URL(fileURLWithPath: journal)).count
        try store.setMarked(ItemID(number: 4), true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.filePath)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: store.filePath)[.systemFileNumber] as? Int == inode)
        // One small record: a mark costs about its own size and its anchor's (the fingerprint of its
        // item's text, as a note's: 447 bytes here), whatever the notes kept.
        let grown = try Data(contentsOf: URL(fileURLWithPath: journal)).count - journalSize
        #expect(grown > 0 && grown < 700, "\(grown) bytes")
        #expect(try openStore(temp.path).current.marks == [ItemID(number: 4)])
    }

    @Test func aTornLastRecordIsIgnoredAndCutOffByTheNextSave() throws {
        let temp = NotesTemporaryDirectory()
        let (_, journal) = try threeSaves(temp)
        let whole = try Data(contentsOf: URL(fileURLWithPath: journal))
        // What a writer killed mid-append leaves: the last record's first bytes only.
        try whole.dropLast(7).write(to: URL(fileURLWithPath: journal))
        let reader = try openStore(temp.path)
        #expect(reader.current.notes.map(\.text) == ["first", "second"])
        #expect(reader.takeNotices().isEmpty)
        try reader.save(note("fourth", on: "4"))
        #expect(try texts(temp) == ["first", "second", "fourth"])
        #expect(temp.names().allSatisfy { !$0.contains("corrupt") })
    }

    @Test func aDamagedRecordIsCopiedAsideAndTheSavesBeforeItKept() throws {
        let temp = NotesTemporaryDirectory()
        let (store, journal) = try threeSaves(temp)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: journal)))
        bytes[bytes.count - 10] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: journal))
        let reader = try openStore(temp.path)
        #expect(reader.current.notes.map(\.text) == ["first", "second"])
        let notices = reader.takeNotices()
        #expect(notices.map(\.kind) == [.corruptFileMovedAside])
        #expect(notices.first?.message.contains("notes journal \(journal) was damaged; kept the notes saved before the damage and moved it aside to \(journal).corrupt-") == true)
        let aside = temp.names().filter { $0.hasPrefix(store.fileName + ".journal.corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: temp.path + "/" + aside[0])) == Data(bytes))
        // The good saves are in a rewritten notes file now: a later open gives no second message.
        let again = try openStore(temp.path)
        #expect(again.current.notes.map(\.text) == ["first", "second"])
        #expect(again.takeNotices().isEmpty)
    }

    /// A huge length whose header checksum is right reads like a torn last record, and the next save
    /// would cut off every record after it: a good record further on means damage, set aside.
    @Test func aWrongLengthBeforeGoodRecordsIsDamageNotATornRecord() throws {
        let temp = NotesTemporaryDirectory()
        let (_, journal) = try threeSaves(temp)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: journal)))
        let second = JournalFrames.read(Data(bytes)).frames[0].end
        bytes.replaceSubrange((second + 4)..<(second + 8), with: [0xFF, 0xFF, 0xFF, 0x7F])
        let check = CRC32.checksum(bytes[second..<(second + 8)])
        bytes.replaceSubrange((second + 8)..<(second + 12), with: (0..<4).map { UInt8(truncatingIfNeeded: check >> ($0 * 8)) })
        try Data(bytes).write(to: URL(fileURLWithPath: journal))
        #expect(JournalFrames.read(Data(bytes)).ending == .damaged)
        let reader = try openStore(temp.path)
        #expect(reader.current.notes.map(\.text) == ["first"])
        #expect(reader.takeNotices().map(\.kind) == [.corruptFileMovedAside])
        // "third" is not lost: it is in the copy set aside.
        let aside = try #require(temp.names().first { $0.contains(".journal.corrupt-") })
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: temp.path + "/" + aside)), as: UTF8.self).contains("third"))
    }

    @Test func aJournalLeftByACompactionCutShortIsNotReplayed() throws {
        let temp = NotesTemporaryDirectory()
        let (store, journal) = try threeSaves(temp)
        let stale = try Data(contentsOf: URL(fileURLWithPath: journal))
        // A new notes file (as compaction writes it), and the old journal put back beside it.
        let files = NotesFiles(directory: temp.path, name: store.fileName)
        #expect(try files.catchUp() == .fine)
        var only = try #require(files.notes)
        only.notes = only.notes.filter { $0.text == "first" }
        try files.compact(only, changing: nil)
        try stale.write(to: URL(fileURLWithPath: journal))
        let reader = try openStore(temp.path)
        #expect(reader.current.notes.map(\.text) == ["first"])
        #expect(reader.takeNotices().isEmpty)
        try reader.save(note("later", on: "5"))
        #expect(try texts(temp) == ["first", "later"])
    }

    /// A journal that names another notes file (a flipped byte in either name) is not replayed, and is
    /// set aside, not replaced by the next save.
    @Test func aStrayJournalIsSetAsideUnread() throws {
        let temp = NotesTemporaryDirectory()
        let (store, journal) = try threeSaves(temp)
        let text = try String(contentsOfFile: store.filePath, encoding: .utf8)
        let renamed = text.replacingOccurrences(of: #""journal" : ""#, with: #""journal" : "0"#)
        #expect(renamed != text)
        try renamed.write(toFile: store.filePath, atomically: false, encoding: .utf8)
        let reader = try openStore(temp.path)
        #expect(reader.current.notes.map(\.text) == ["first"])
        #expect(reader.takeNotices().map(\.kind) == [.corruptFileMovedAside])
        let aside = try #require(temp.names().first { $0.contains(".journal.corrupt-") })
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: temp.path + "/" + aside)), as: UTF8.self).contains("third"))
        #expect(!FileManager.default.fileExists(atPath: journal))
    }

    @Test func aLinkInPlaceOfTheJournalIsRefused() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        try store.save(note("first", on: "1"))
        let target = temp.path + "/elsewhere"
        #expect(symlink(target, store.filePath + ".journal") == 0)
        #expect(throws: NoteStoreError.self) { try openStore(temp.path) }
        #expect(throws: NoteStoreError.self) { try store.save(note("kept in memory", on: "2")) }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(store.hasUnsavedChanges)
    }

    @Test func aFileFromAnOlderCasebookIsReadAndRewrittenOnce() throws {
        let temp = NotesTemporaryDirectory()
        let probe = NoteStore(document: document, directory: temp.path)
        var old = DocumentNotes(for: document)
        old.format = 1
        old.notes = [note("from before", on: "1")]
        try NotesFileCoding.encode(old).write(to: URL(fileURLWithPath: probe.filePath))
        let store = try openStore(temp.path)
        #expect(store.current.notes.map(\.text) == ["from before"])
        try store.save(note("now", on: "2"))
        let rewritten = try NotesFileCoding.decode(NotesSnapshot.self, from: Data(contentsOf: URL(fileURLWithPath: store.filePath)))
        #expect(rewritten.notes.format == DocumentNotes.currentFormat && rewritten.generation != nil)
        #expect(try texts(temp) == ["from before", "now"])
    }

    @Test func theJournalIsCompactedIntoTheNotesFileWhenItOutgrowsIt() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path)
        let long = String(repeating: "a long note ", count: 1000)
        for index in 1...12 { try store.save(note("\(index) " + long, on: "\(index % 10 + 1)")) }
        let journal = (try? Data(contentsOf: URL(fileURLWithPath: store.filePath + ".journal")).count) ?? 0
        let snapshot = try Data(contentsOf: URL(fileURLWithPath: store.filePath)).count
        #expect(journal <= NotesFiles.journalLimit(snapshotSize: snapshot))
        // Rewritten since the first save, which held one note.
        #expect(snapshot > 50_000)
        #expect(try openStore(temp.path).current.notes.count == 12)
    }
}
