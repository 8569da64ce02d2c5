@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// The notes file as the store reads it: missing fields take defaults, a newer format is left alone,
/// dates come back exactly.
@Suite struct NotesFileFormatTests {
    @Test func aMinimalFileIsReadWithDefaults() throws {
        let temp = NotesTemporaryDirectory()
        let document = NotesFixtures.document(NotesFixtures.sentences)
        let store = NoteStore(document: document, directory: temp.path)
        let minimal = #"{"format": 1, "documentKey": "x", "notes": [{"id": "n1", "target": "2", "kind": "roomAnswer", "question": "Q?", "text": "A", "createdAt": "2026-01-02T03:04:05Z", "updatedAt": "2026-01-02T03:04:05.250Z", "anchor": {"capacity": 64, "hashes": ""}}]}"#
        try minimal.write(toFile: store.filePath, atomically: false, encoding: .utf8)
        try store.load()
        let note = try #require(store.current.notes.first)
        #expect(note.kind == .roomAnswer && note.question == "Q?" && note.target == .item(ItemID(number: 2)))
        #expect(note.updatedAt.timeIntervalSince(note.createdAt) == 0.25)
        #expect(store.current.marks.isEmpty && store.current.lastPosition == nil)
        #expect(store.takeNotices().isEmpty)
    }

    @Test func aFileFromANewerCasebookIsLeftAlone() throws {
        let temp = NotesTemporaryDirectory()
        let document = NotesFixtures.document(NotesFixtures.sentences)
        let store = NoteStore(document: document, directory: temp.path)
        let newer = #"{"format": 99, "documentKey": "x"}"#
        try newer.write(toFile: store.filePath, atomically: false, encoding: .utf8)
        #expect(throws: NoteStoreError.self) { try store.load() }
        do { try store.save(Note(on: .introduction, in: document, text: "kept in memory")) } catch {
            #expect(error.kind == .newerFormat)
            #expect(error.message.contains("written by a newer casebook"))
        }
        #expect(store.current.notes.count == 1)
        #expect(try String(contentsOfFile: store.filePath, encoding: .utf8) == newer)
    }

    @Test func datesSurviveTheFileExactly() throws {
        let temp = NotesTemporaryDirectory()
        let document = NotesFixtures.document(NotesFixtures.sentences)
        let store = NoteStore(document: document, directory: temp.path)
        var written: [Note] = []
        for index in 0..<40 {
            let seconds = 1_700_000_000 + Double(index) * 86_399.0123 + Double(index % 7) * 0.000_9
            let note = Note(on: .introduction, in: document, text: "\(index)", now: Date(timeIntervalSince1970: seconds))
            try store.save(note)
            written.append(note)
        }
        let reopened = NoteStore(document: document, directory: temp.path)
        try reopened.load()
        #expect(reopened.current.notes == written)
    }
}

/// Drafts go in the notes file only when there are any, and come back as they were written.
@Suite struct NoteDraftFileTests {
    @Test func aDraftRoundTripsAndAFileWithoutDraftsHasNoDraftsKey() throws {
        var notes = DocumentNotes(for: NotesFixtures.childJ)
        let empty = String(decoding: try NotesFileCoding.encode(notes), as: UTF8.self)
        #expect(!empty.contains("drafts"))
        notes.apply(NoteChange.keepDraft(NoteDraft(target: .item(ItemID(number: 2)), kind: .roomAnswer, question: "Why?",
                                         text: "line one\nline two", savedAt: Date(timeIntervalSince1970: 12.3456))))
        let read = try NotesFileCoding.decode(try NotesFileCoding.encode(notes))
        #expect(read == notes)
        #expect(read.drafts.first?.text == "line one\nline two")
        notes.apply(NoteChange.dropDraft(NoteDraft.Slot(target: .item(ItemID(number: 2)), kind: .roomAnswer, question: "Why?")))
        #expect(notes.drafts.isEmpty)
    }
}
