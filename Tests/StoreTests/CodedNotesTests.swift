@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// In a document coded in series (E1, E2, PR1, PR2), a note or mark on PR2 is PR2's alone: E2 is the
/// first numbered 2, and notes name it by its number as they always did; PR2 by its number and series.
@Suite struct CodedNotesTests {
    static let coded: ReviewDocument = (try? FixtureFile.named("ashby-letter-codes.txt").parse()) ?? ReviewParser.parse("", source: "")
    let pr2 = ItemID(number: 2, series: "PR")
    let e2 = ItemID(number: 2)

    @Test func eachRecommendationHasItsOwnNoteKey() {
        #expect(Self.coded.noteTargets.map(\.description) == ["introduction", "1", "2", "PR1", "PR2"])
        #expect(Self.coded.anchorText(for: .item(pr2))?.hasPrefix("GP practices") == true)
        #expect(Self.coded.anchorText(for: .item(e2))?.hasPrefix("The partnership should train") == true)
        #expect(Self.coded.occurrence(of: pr2) == 1 && Self.coded.occurrence(of: e2) == 0)
    }

    @Test func aNoteOnPR2DoesNotShowOnE2() {
        var notes = DocumentNotes(for: Self.coded)
        let note = Note(on: .item(pr2), in: Self.coded, text: "ask the ICB")
        notes.notes.append(note)
        #expect(notes.notes(onRecommendation: e2).isEmpty)
        #expect(notes.notes(on: .item(e2)).isEmpty)
        #expect(notes.notes(onRecommendation: pr2) == [note])
        #expect(NoteAnchoring(Self.coded).placement(of: note) == .stays)
    }

    @Test func notesMarksPlanAndPositionOnPR2SurviveTheStoreAndItsJournal() throws {
        let temp = NotesTemporaryDirectory()
        let store = NoteStore(document: Self.coded, directory: temp.path)
        try store.load()
        let note = Note(on: .item(pr2), in: Self.coded, text: "ask the ICB")
        try store.save(note)  // the first save writes the notes file; the rest go to its journal
        try store.setMarked(pr2, true)
        try store.setPlan([pr2, ItemID(number: 1)])
        try store.setLastPosition(ReadingPosition(target: .item(pr2), scrollLine: 2))
        #expect(FileManager.default.fileExists(atPath: store.filePath + ".journal"))

        let reopened = NoteStore(document: Self.coded, directory: temp.path)
        try reopened.load()
        #expect(reopened.current.notes == [note])
        #expect(reopened.current.notes(onRecommendation: e2).isEmpty)
        #expect(reopened.current.marks == [pr2])
        #expect(reopened.current.plan == [pr2, ItemID(number: 1)])
        #expect(reopened.current.lastPosition?.target == .item(pr2))

        // Written whole in the notes file's format, the series is still there.
        try reopened.writeCopy(to: temp.path + "/copy")
        #expect(try NotesFileCoding.decode(Data(contentsOf: URL(fileURLWithPath: temp.path + "/copy"))) == reopened.current)
    }

    /// The id is written as before ("2"), its series beside it, so an older casebook reads the file (and
    /// takes PR2's note for the first numbered 2's, as it always did) rather than setting it aside.
    @Test func theSeriesIsWrittenBesideTheIdAsBefore() throws {
        var notes = DocumentNotes(for: Self.coded)
        notes.notes.append(Note(on: .item(ItemID(number: 2, part: "a", series: "PR")), in: Self.coded, text: "x"))
        notes.marks = [pr2, ItemID(number: 1)]
        notes.plan = [pr2]
        let json = try #require(try JSONSerialization.jsonObject(with: NotesFileCoding.encode(notes)) as? [String: Any])
        let written = try #require((json["notes"] as? [[String: Any]])?.first)
        #expect(written["target"] as? String == "2a" && written["series"] as? String == "PR")
        #expect(json["marks"] as? [String] == ["1", "2"] && json["markSeries"] as? [String] == ["", "PR"])
        #expect(json["plan"] as? [String] == ["2"] && json["planSeries"] as? [String] == ["PR"])
        #expect(try NotesFileCoding.decode(NotesFileCoding.encode(notes)) == notes)
    }

    /// A notes file as casebook wrote it before series were kept reads as it did, nothing lost, and
    /// is written back without any series.
    @Test func aNotesFileInTodaysFormatReadsAsBefore() throws {
        let today = #"""
        {"documentKey":"k","fingerprint":{"capacity":64,"hashes":""},"format":2,
         "lastPosition":{"scrollLine":3,"target":"3b"},"marks":["2","3b"],
         "notes":[{"anchor":{"capacity":64,"hashes":""},"createdAt":"2026-01-02T03:04:05.000Z","id":"n1","kind":"note",
                   "target":"2","text":"on two","updatedAt":"2026-01-02T03:04:05.000Z"},
                  {"anchor":{"capacity":64,"hashes":""},"createdAt":"2026-01-02T03:04:06.000Z","id":"n2","kind":"roomAnswer",
                   "question":"Why?","target":"introduction","text":"because","updatedAt":"2026-01-02T03:04:06.000Z"}],
         "plan":["3","2"],"source":"a.txt","title":"T",
         "drafts":[{"kind":"note","savedAt":"2026-01-02T03:04:07.000Z","target":"1","text":"half"}]}
        """#
        let read = try NotesFileCoding.decode(Data(today.utf8))
        #expect(read.notes.map(\.target) == [.item(e2), .introduction])
        #expect(read.notes.map(\.text) == ["on two", "because"])
        #expect(read.marks == [e2, ItemID(number: 3, part: "b")])
        #expect(read.plan == [ItemID(number: 3), e2])
        #expect(read.lastPosition == ReadingPosition(target: .item(ItemID(number: 3, part: "b")), scrollLine: 3))
        #expect(read.drafts.map(\.target) == [.item(ItemID(number: 1))])
        // The note on "2" is the first numbered 2's: E2's in the coded document, not PR2's.
        #expect(read.notes(onRecommendation: e2).count == 1 && read.notes(onRecommendation: pr2).isEmpty)
        let rewritten = String(decoding: try NotesFileCoding.encode(read), as: UTF8.self)
        #expect(!rewritten.contains("eries"))
    }

    /// A journal record of a mark on PR2 names the id as before, its series beside it.
    @Test func theJournalKeepsTheSeriesBesideTheId() throws {
        let notes = DocumentNotes(for: Self.coded)
        let (operations, _) = notes.resolve(.mark(pr2, true), after: JournalRecord(), stored: { _ in nil })
        let record = JournalRecord(operations)
        let data = try NotesFileCoding.encode(record, pretty: false)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""item":"2""#) && text.contains(#""series":"PR""#))
        var applied = notes
        applied.apply(try NotesFileCoding.decode(JournalRecord.self, from: data))
        #expect(applied.marks == [pr2])
    }
}
