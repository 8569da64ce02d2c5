@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// Notes follow their document through light edits: a reworded title or a changed word still finds
/// the notes file, and notes follow their text when items are renumbered.
@Suite struct NotesAnchoringTests {
    func openStore(_ directory: String, _ document: ReviewDocument) throws -> NoteStore {
        let store = NoteStore(document: document, directory: directory)
        try store.load()
        return store
    }

    func id(_ raw: String) -> NoteTarget { .item(ItemID(parsing: raw)!) }

    @Test func aLightlyEditedCopyOfChildJFindsItsNotes() throws {
        let temp = NotesTemporaryDirectory()
        let original = NotesFixtures.childJ, edited = NotesFixtures.childJEdited
        #expect(original.recommendations.count == 10)
        #expect(edited.recommendations.count == 10)
        #expect(DocumentIdentity(original).key != DocumentIdentity(edited).key)

        let store = try openStore(temp.path, original)
        try store.save(Note(on: id("1"), in: original, text: "Out-of-area commissioning"))
        try store.save(Note(on: id("3b"), in: original, text: "Letter to the MOD"))
        try store.setMarked(ItemID(number: 2), true)

        let copy = try openStore(temp.path, edited)
        #expect(copy.fileName == store.fileName)
        #expect(copy.takeNotices().map(\.kind) == [.foundByFingerprint])
        #expect(copy.current.notes.map(\.target) == [id("1"), id("3b")])
        #expect(copy.current.marks == [ItemID(number: 2)])

        // Notes written from the copy land in the same file, so the original sees them too.
        try copy.save(Note(on: id("7a"), in: edited, text: "From the edited copy"))
        try store.reload()
        #expect(store.current.notes.count == 3)
        #expect(store.current.source == "child-j-v2.txt")
        #expect(temp.names().filter { $0.hasSuffix(".json") } == [store.fileName])
    }

    @Test func anUnrelatedDocumentDoesNotPickUpTheNotes() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path, NotesFixtures.childJ)
        try store.save(Note(on: id("1"), in: NotesFixtures.childJ, text: "Child J only"))
        let other = try openStore(temp.path, NotesFixtures.document(NotesFixtures.sentences))
        #expect(other.current.notes.isEmpty)
        #expect(other.fileName != store.fileName)
        #expect(other.takeNotices().isEmpty)
    }

    @Test func notesFollowTheirTextWhenRecommendationsAreRenumbered() throws {
        let temp = NotesTemporaryDirectory()
        let sentences = NotesFixtures.sentences
        let parts = ["Training should cover reachable moments and how to act on them quickly.",
                     "The chair should write to the ministries to share the learning from this report."]
        let before = NotesFixtures.document(Array(sentences.prefix(3)), parts: [3: parts])
        // A new first recommendation pushes the others down by one.
        let after = NotesFixtures.document(["A new recommendation about supervision arrangements."] + Array(sentences.prefix(3)),
                                           parts: [4: parts])

        let store = try openStore(temp.path, before)
        let onOne = Note(on: id("1"), in: before, text: "about highlighting")
        let onPart = Note(on: id("3b"), in: before, text: "about the letter")
        let onIntroduction = Note(on: .introduction, in: before, text: "about the introduction")
        for note in [onOne, onPart, onIntroduction] { try store.save(note) }

        let moved = try openStore(temp.path, after)
        let notices = moved.takeNotices()
        #expect(notices.map(\.kind) == [.foundByFingerprint, .noteMoved, .noteMoved])
        #expect(notices.map(\.message).contains("a note on 3b moved to 4b, where its text is now"))
        #expect(moved.current.note(withID: onOne.id)?.target == id("2"))
        #expect(moved.current.note(withID: onPart.id)?.target == id("4b"))
        #expect(moved.current.note(withID: onIntroduction.id)?.target == .introduction)
        #expect(moved.current.notes(onRecommendation: ItemID(number: 4)).map(\.id) == [onPart.id])

        // Moving is how this document sees the notes; the file keeps them where they were written
        // until a note is edited, so the original document still finds them in place.
        #expect(try openStore(temp.path, before).current.note(withID: onPart.id)?.target == id("3b"))
        let edited = moved.current.note(withID: onPart.id)!.edited(text: "edited on 4b", in: after)
        try moved.save(edited)
        let reread = try openStore(temp.path, after)
        #expect(reread.current.note(withID: onPart.id)?.target == id("4b"))
        #expect(!reread.takeNotices().contains { $0.message.contains("3b") })
    }

    @Test func aNoteWhoseTextIsGoneStaysOnItsID() throws {
        let temp = NotesTemporaryDirectory()
        let sentences = NotesFixtures.sentences
        var changed = sentences
        changed[1] = "Entirely different wording about commissioning independent advocacy."
        let store = try openStore(temp.path, NotesFixtures.document(sentences))
        let note = Note(on: id("2"), in: NotesFixtures.document(sentences), text: "stays")
        try store.save(note)

        let reopened = try openStore(temp.path, NotesFixtures.document(changed))
        #expect(reopened.fileName == store.fileName)
        #expect(reopened.current.notes == [note])
        #expect(reopened.takeNotices().isEmpty)
    }

    @Test func aNoteOnARecommendationThatWasDroppedIsKept() throws {
        let temp = NotesTemporaryDirectory()
        let before = NotesFixtures.document(NotesFixtures.sentences + ["Short extra item."])
        let after = NotesFixtures.document(NotesFixtures.sentences)
        let store = try openStore(temp.path, before)
        let note = Note(on: id("5"), in: before, text: "its recommendation was dropped")
        try store.save(note)

        let reopened = try openStore(temp.path, after)
        #expect(reopened.current.notes == [note])
        #expect(reopened.takeNotices() == [
            NoteStoreNotice(.foundByFingerprint, "notes found for an earlier version of this document (Test review, test.txt)"),
            NoteStoreNotice(.targetMissing, "a note on 5 is kept, but this document has no 5"),
        ])
    }

    @Test func aLightlyEditedTargetKeepsItsNote() throws {
        let temp = NotesTemporaryDirectory()
        let before = NotesFixtures.document(NotesFixtures.sentences)
        var sentences = NotesFixtures.sentences
        sentences[0] = sentences[0].replacingOccurrences(of: "strategic leaders", with: "senior leaders")
        let after = NotesFixtures.document(sentences)
        let store = try openStore(temp.path, before)
        let note = Note(on: id("1"), in: before, text: "kept")
        try store.save(note)
        let reopened = try openStore(temp.path, after)
        #expect(reopened.current.notes == [note])
        #expect(reopened.takeNotices().isEmpty)
    }

    @Test func aCorruptFileOfItsOwnIsMovedAsideRatherThanAdoptingAnotherVersion() throws {
        let temp = NotesTemporaryDirectory()
        let earlier = try openStore(temp.path, NotesFixtures.childJEdited)
        try earlier.save(Note(on: id("1"), in: NotesFixtures.childJEdited, text: "from the edited copy"))
        let store = NoteStore(document: NotesFixtures.childJ, directory: temp.path)
        try "{".write(toFile: store.filePath, atomically: false, encoding: .utf8)
        try store.load()
        #expect(store.fileName != earlier.fileName)
        #expect(store.takeNotices().map(\.kind) == [.corruptFileMovedAside])
        #expect(store.current.notes.isEmpty)
    }

    @Test func theFileDescribesTheLatestVersionSaved() throws {
        let temp = NotesTemporaryDirectory()
        let store = try openStore(temp.path, NotesFixtures.childJ)
        try store.save(Note(on: id("2"), in: NotesFixtures.childJ, text: "first"))
        let copy = try openStore(temp.path, NotesFixtures.childJEdited)
        try copy.setMarked(ItemID(number: 2), true)
        try store.reload()
        #expect(store.current.fingerprint == DocumentIdentity(NotesFixtures.childJEdited).fingerprint)
        #expect(store.current.source == "child-j-v2.txt")
        #expect(store.current.title == NotesFixtures.childJEdited.title)
        #expect(store.current.documentKey == DocumentIdentity(NotesFixtures.childJ).key)
    }

    /// A mark follows its recommendation's text as a note does: with recommendations 3 and 4 swapped,
    /// the note on 4 and the mark on 3 both go where their text is now, and say so.
    @Test func marksFollowTheirTextWhenRecommendationsAreSwapped() throws {
        let temp = NotesTemporaryDirectory()
        let sentences = NotesFixtures.sentences
        var swapped = sentences
        swapped.swapAt(2, 3)
        let before = NotesFixtures.document(sentences), after = NotesFixtures.document(swapped)
        let store = try openStore(temp.path, before)
        try store.setMarked(ItemID(number: 3), true)
        try store.save(Note(on: id("4"), in: before, text: "about prevention interviews"))

        let moved = try openStore(temp.path, after)
        let messages = moved.takeNotices().map(\.message)
        #expect(messages.contains("a note on 4 moved to 3, where its text is now"))
        #expect(messages.contains("the mark on 3 moved to 4, where its text is now"))
        #expect(moved.current.marks == [ItemID(number: 4)])
        #expect(moved.current.notes.map(\.target) == [id("3")])
        // As notes do, the file keeps the mark where it was made until the marks change.
        #expect(try openStore(temp.path, before).current.marks == [ItemID(number: 3)])

        // Marking 3 now (its text is the old 4's) keeps the moved mark on 4: both are written where they show.
        try moved.setMarked(ItemID(number: 3), true)
        #expect(moved.current.marks == [ItemID(number: 3), ItemID(number: 4)])
        let reread = try openStore(temp.path, after)
        #expect(reread.current.marks == [ItemID(number: 3), ItemID(number: 4)])
        #expect(!reread.takeNotices().contains { $0.kind == .markMoved })
        // Swapped back, both follow their text again: each to the other's number, neither lost.
        let back = try openStore(temp.path, before)
        #expect(back.current.marks == [ItemID(number: 3), ItemID(number: 4)])
        #expect(back.takeNotices().filter { $0.kind == .markMoved }.count == 2)
        try back.toggleMark(ItemID(number: 4))
        #expect(try openStore(temp.path, before).current.marks == [ItemID(number: 3)])
        // The anchors are kept in the file's own form too.
        let file = try NotesFileCoding.decode(try NotesFileCoding.encode(back.current))
        #expect(file.markAnchors == back.current.markAnchors && !file.markAnchors.isEmpty)
    }
}
