@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// A document only somewhat like the one a notes file was written on: its notes are neither adopted nor
/// ignored silently. `NoteStore` offers them (`uncertainMatch`), and uses them only when asked to.
@Suite struct UncertainNotesMatchTests {
    func id(_ raw: String) -> NoteTarget { .item(ItemID(parsing: raw)!) }

    func likeness(_ document: ReviewDocument, _ other: ReviewDocument) -> DocumentIdentity.Likeness {
        DocumentIdentity(document).likeness(to: DocumentIdentity(other).fingerprint)
    }

    func isUncertain(_ likeness: DocumentIdentity.Likeness) -> Bool {
        if case .uncertain = likeness { true } else { false }
    }

    // MARK: The band, from the fixtures

    /// Measured 6 December: over the 253 pairs of distinct fixtures with recommendations, the highest
    /// similarity is 0.146 (the median 0.03); the band starts at 0.3, twice that.
    @Test func noTwoDifferentFixturesAreEvenPerhapsTheSameDocument() throws {
        let documents = try FixtureFile.all.map { try $0.parse() }.filter { !$0.recommendations.isEmpty } + [NotesFixtures.childJ]
        for (index, document) in documents.enumerated() {
            for other in documents[(index + 1)...] where other.source != document.source {
                #expect(likeness(document, other) == .different, "\(document.source) and \(other.source)")
            }
        }
    }

    @Test func aLightEditIsTheSameAndHalfRewrittenIsUncertain() {
        let childJ = NotesFixtures.childJ
        #expect(likeness(NotesFixtures.childJEdited, childJ) == .same)
        // Three of ten rewritten: still the same document. Five or six: perhaps. Eight: another.
        #expect(likeness(NotesFixtures.childJRewritten(from: 8), childJ) == .same)
        #expect(isUncertain(likeness(NotesFixtures.childJRewritten(from: 6), childJ)))
        #expect(isUncertain(likeness(NotesFixtures.childJRewritten(from: 5), childJ)))
        #expect(likeness(NotesFixtures.childJRewritten(from: 3), childJ) == .different)
    }

    @Test func everyFifthWordChangedIsUncertain() {
        let texts = NotesFixtures.childJ.recommendations.map { recommendation in
            recommendation.fullText.split(separator: " ").enumerated()
                .map { $0.offset % 5 == 0 ? "changed\($0.offset)" : String($0.element) }.joined(separator: " ")
        }
        guard case let .uncertain(similarity) = likeness(NotesFixtures.document(texts), NotesFixtures.childJ) else {
            Issue.record("expected an uncertain match")
            return
        }
        #expect(similarity > DocumentIdentity.uncertainThreshold && similarity < DocumentIdentity.sameDocumentThreshold)
    }

    // MARK: The store

    func childJStore(_ directory: String) throws -> NoteStore {
        let store = NoteStore(document: NotesFixtures.childJ, directory: directory)
        try store.load()
        try store.save(Note(on: id("1"), in: NotesFixtures.childJ, text: "Out-of-area commissioning"))
        try store.save(Note(on: id("3b"), in: NotesFixtures.childJ, text: "Letter to the MOD"))
        try store.setMarked(ItemID(number: 2), true)
        return store
    }

    func open(_ document: ReviewDocument, in directory: String) throws -> NoteStore {
        let store = NoteStore(document: document, directory: directory)
        try store.load()
        return store
    }

    func contents(_ directory: String, _ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
    }

    @Test func anUncertainMatchIsOfferedNotAdopted() throws {
        let temp = NotesTemporaryDirectory()
        let original = try childJStore(temp.path)
        let rewritten = try open(NotesFixtures.childJRewritten(from: 6), in: temp.path)
        #expect(rewritten.current.notes.isEmpty)
        #expect(rewritten.current.marks.isEmpty)
        #expect(rewritten.fileName != original.fileName)
        #expect(rewritten.takeNotices().isEmpty)
        let match = try #require(rewritten.uncertainMatch)
        #expect(match.fileName == original.fileName)
        #expect(match.noteCount == 2 && match.markCount == 1)
        #expect(match.title == NotesFixtures.childJ.title)
        #expect(match.contents == "2 notes, 1 mark")
        #expect(match.commandLineNotice == "notes for \"\(NotesFixtures.childJ.title)\" (2 notes, 1 mark, child-j.txt) were written on a document 57% alike; they are not used here: open this document in the browser (casebook FILE) to choose")
        // Nothing is written by looking.
        #expect(temp.names().filter { $0.hasSuffix(".json") } == [original.fileName])
    }

    @Test func adoptingCopiesTheNotesAndLeavesTheOriginalAlone() throws {
        let temp = NotesTemporaryDirectory()
        let original = try childJStore(temp.path)
        let before = try contents(temp.path, original.fileName)
        let document = NotesFixtures.childJRewritten(from: 6)
        let rewritten = try open(document, in: temp.path)
        try rewritten.adoptUncertainMatch()
        #expect(rewritten.uncertainMatch == nil)
        #expect(rewritten.fileName == DocumentIdentity(document).key + ".json")
        #expect(rewritten.current.notes.map(\.text) == ["Out-of-area commissioning", "Letter to the MOD"])
        #expect(rewritten.current.marks == [ItemID(number: 2)])
        #expect(rewritten.takeNotices().last?.kind == .adoptedUncertainMatch)
        #expect(try contents(temp.path, original.fileName) == before)

        // Reopened, the document has its own notes, and nothing to ask.
        let reopened = try open(document, in: temp.path)
        #expect(reopened.uncertainMatch == nil)
        #expect(reopened.current.notes.count == 2)
        // Writing here does not reach Child J's notes.
        try reopened.save(Note(on: id("7"), in: document, text: "Only on the rewritten one"))
        try original.reload()
        #expect(original.current.notes.count == 2)
    }

    @Test func refusingIsRememberedAndLeavesEverythingElseAlone() throws {
        let temp = NotesTemporaryDirectory()
        let original = try childJStore(temp.path)
        let before = try contents(temp.path, original.fileName)
        let document = NotesFixtures.childJRewritten(from: 6)
        let rewritten = try open(document, in: temp.path)
        try rewritten.refuseUncertainMatch()
        #expect(rewritten.uncertainMatch == nil)
        #expect(rewritten.current.notes.isEmpty)
        #expect(try contents(temp.path, original.fileName) == before)

        let reopened = try open(document, in: temp.path)
        #expect(reopened.uncertainMatch == nil)
        #expect(reopened.current.notes.isEmpty)
        #expect(reopened.takeNotices().isEmpty)
    }

    @Test func theSameTitleAndCountWithTextOnlySomewhatAlikeIsAskedAbout() throws {
        let temp = NotesTemporaryDirectory()
        let original = try childJStore(temp.path)
        let document = NotesFixtures.childJRewritten(from: 6, sameTitle: true)
        #expect(DocumentIdentity(document).key == DocumentIdentity(NotesFixtures.childJ).key)
        let rewritten = try open(document, in: temp.path)
        #expect(rewritten.uncertainMatch?.fileName == original.fileName)
        // The question replaces the notice that the notes under its name are another document's.
        #expect(rewritten.takeNotices().isEmpty)
        try rewritten.refuseUncertainMatch()
        #expect(rewritten.fileName == DocumentIdentity(document).distinctKey + ".json")

        let reopened = try open(document, in: temp.path)
        #expect(reopened.uncertainMatch == nil)
        #expect(reopened.takeNotices().isEmpty)
    }

    @Test func theSameTitleWithUnrelatedRecommendationsNeverAsks() throws {
        let temp = NotesTemporaryDirectory()
        _ = try childJStore(temp.path)
        let document = NotesFixtures.childJRewritten(from: 1, sameTitle: true)
        let other = try open(document, in: temp.path)
        #expect(other.uncertainMatch == nil)
        #expect(other.current.notes.isEmpty)
        #expect(other.takeNotices().map(\.kind) == [.otherDocumentsNotes])
    }

    @Test func aCertainMatchIsStillAdoptedWithoutAsking() throws {
        let temp = NotesTemporaryDirectory()
        let original = try childJStore(temp.path)
        let edited = try open(NotesFixtures.childJRewritten(from: 9), in: temp.path)
        #expect(edited.uncertainMatch == nil)
        #expect(edited.fileName == original.fileName)
        #expect(edited.current.notes.count == 2)
    }

    @Test func aFileWithNothingInItIsNotOffered() throws {
        let temp = NotesTemporaryDirectory()
        let empty = try open(NotesFixtures.childJ, in: temp.path)
        try empty.setMarked(ItemID(number: 2), true)
        try empty.setMarked(ItemID(number: 2), false)
        let rewritten = try open(NotesFixtures.childJRewritten(from: 6), in: temp.path)
        #expect(rewritten.uncertainMatch == nil)
    }

    @Test func anotherReviewOfTheLibraryIsNotOffered() throws {
        let temp = NotesTemporaryDirectory()
        let original = try childJStore(temp.path)
        let store = NoteStore(document: NotesFixtures.childJRewritten(from: 6), directory: temp.path,
                              notAdopting: OtherDocumentsNotes(fileNames: [original.fileName]))
        try store.load()
        #expect(store.uncertainMatch == nil)
    }

    /// What would be used, as the question says it: only what there is, each counted.
    @Test func contentsCountsNotesAndMarks() {
        func match(notes: Int, marks: Int) -> UncertainNotesMatch {
            UncertainNotesMatch(fileName: "a.json", title: "A", source: "a.txt", noteCount: notes, markCount: marks, similarity: 0.4)
        }
        #expect(match(notes: 1, marks: 0).contents == "1 note")
        #expect(match(notes: 0, marks: 3).contents == "3 marks")
        #expect(match(notes: 12, marks: 1).contents == "12 notes, 1 mark")
    }
}
