@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// In a library, reviews written from one template pass for earlier versions of each other: a review
/// with no notes file of its own must not take another review's, while an edited copy outside the
/// library still finds its earlier version's notes.
@Suite struct LibraryNotesClaimTests {
    private let childA = NotesFixtures.templatedReview(child: "A"), childB = NotesFixtures.templatedReview(child: "B")

    private func markFirst(in document: ReviewDocument, directory: String) throws -> NoteStore {
        let store = NoteStore(document: document, directory: directory)
        try store.load()
        try store.setMarked(ItemID(number: 1), true)
        return store
    }

    @Test func theTemplatedReviewsAreAlikeEnoughToPassForEarlierVersions() throws {
        // Outside a library (no files named as others'), B adopts A's notes: the edited-copy match.
        let temp = NotesTemporaryDirectory()
        let a = try markFirst(in: childA, directory: temp.path)
        let b = NoteStore(document: childB, directory: temp.path)
        try b.load()
        #expect(b.fileName == a.fileName)
        #expect(b.current.marks == [ItemID(number: 1)])
        #expect(b.takeNotices().map(\.kind) == [.foundByFingerprint])
    }

    @Test func aReviewDoesNotAdoptAnotherReviewsNotesAndKeepsItsOwn() throws {
        let temp = NotesTemporaryDirectory()
        let a = try markFirst(in: childA, directory: temp.path)
        let library = LibraryNotesFiles([1: DocumentIdentity(childA), 2: DocumentIdentity(childB)])
        let b = NoteStore(document: childB, directory: temp.path, notAdopting: library.others(besides: 2))
        try b.load()
        #expect(b.current.marks.isEmpty)
        #expect(b.takeNotices().isEmpty)
        #expect(b.fileName == DocumentIdentity(childB).key + ".json")
        // Its edits go to its own file; A's notes are as they were.
        try b.setMarked(ItemID(number: 3), true)
        #expect(temp.names().contains(b.fileName))
        let reopenedA = NoteStore(document: childA, directory: temp.path, notAdopting: library.others(besides: 1))
        try reopenedA.load()
        #expect(reopenedA.fileName == a.fileName)
        #expect(reopenedA.current.marks == [ItemID(number: 1)])
        let reopenedB = NoteStore(document: childB, directory: temp.path, notAdopting: library.others(besides: 2))
        try reopenedB.load()
        #expect(reopenedB.current.marks == [ItemID(number: 3)])
    }

    @Test func markedDocumentsAgreesThatOnlyTheMarkedReviewHasMarks() throws {
        let temp = NotesTemporaryDirectory()
        _ = try markFirst(in: childA, directory: temp.path)
        let identities = [1: DocumentIdentity(childA), 2: DocumentIdentity(childB)]
        #expect(MarkedDocuments.find(identities, in: temp.path, library: LibraryNotesFiles(identities)) == [1])
        // Reading the marks of B alone still knows A's file is A's.
        #expect(MarkedDocuments.find([2: identities[2]!], in: temp.path, library: LibraryNotesFiles(identities)).isEmpty)
        // Without the library's files, as before: B is taken for an edited copy of A.
        #expect(MarkedDocuments.find(identities, in: temp.path) == [1, 2])
    }

    @Test func aReviewAddedAgainChangedStillFindsItsEarlierVersionsNotes() throws {
        // The library keeps the review's id and its new identity: its old file is no other review's.
        let temp = NotesTemporaryDirectory()
        let earlier = NoteStore(document: NotesFixtures.childJ, directory: temp.path)
        try earlier.load()
        try earlier.setMarked(ItemID(number: 2), true)
        let identities = [1: DocumentIdentity(NotesFixtures.childJEdited), 2: DocumentIdentity(childA)]
        let library = LibraryNotesFiles(identities)
        let edited = NoteStore(document: NotesFixtures.childJEdited, directory: temp.path, notAdopting: library.others(besides: 1))
        try edited.load()
        #expect(edited.fileName == earlier.fileName)
        #expect(edited.current.marks == [ItemID(number: 2)])
        #expect(edited.takeNotices().map(\.kind) == [.foundByFingerprint])
        #expect(MarkedDocuments.find(identities, in: temp.path, library: library) == [1])
    }

    @Test func aReviewsFilesAreItsKeysAndNotOthers() {
        let a = DocumentIdentity(childA), b = DocumentIdentity(childB)
        let library = LibraryNotesFiles([1: a, 2: b])
        #expect(library.others(besides: 1).fileNames == [b.key + ".json", b.distinctKey + ".json"])
        #expect(library.isOthers(a.key + ".json", besides: 2))
        #expect(!library.isOthers(a.key + ".json", besides: 1))
        #expect(!library.isOthers("unknown.json", besides: 1))
    }

    /// Child A with a recommendation added: a review added again changed, read from the same file.
    private var childAUpdated: ReviewDocument {
        ReviewParser.parse(NotesFixtures.templated(child: "A")
            + "\n\nRecommendation 4\nThe partnership should audit the home visit template each year.\nResponse: An audit is planned.\n",
            source: childA.source)
    }

    @Test func anUpdatedReviewsEarlierNotesStayItsOwnAndNoAlikeReviewTakesThem() throws {
        // Child A marked, then added again with a recommendation more: its identity (and file name) changed.
        let temp = NotesTemporaryDirectory()
        let a = try markFirst(in: childA, directory: temp.path)
        let identities = [2: DocumentIdentity(childAUpdated), 3: DocumentIdentity(childB)]
        let library = LibraryNotesFiles(identities, sources: [2: childA.source, 3: childB.source])
        #expect(!library.others(besides: 3).fileNames.contains(a.fileName), "the old file is named as no review's now")
        // Child B, word for word alike, does not take Child A's earlier notes: they were written for Child A's file.
        let b = NoteStore(document: childB, directory: temp.path, notAdopting: library.others(besides: 3))
        try b.load()
        #expect(b.current.marks.isEmpty)
        #expect(b.takeNotices().isEmpty)
        #expect(b.uncertainMatch == nil)
        try b.setMarked(ItemID(number: 3), true)
        // Child A keeps its own, re-anchored, and only it is marked there.
        let updated = NoteStore(document: childAUpdated, directory: temp.path, notAdopting: library.others(besides: 2))
        try updated.load()
        #expect(updated.fileName == a.fileName)
        #expect(updated.current.marks == [ItemID(number: 1)])
        #expect(updated.takeNotices().map(\.kind) == [.foundByFingerprint])
        #expect(MarkedDocuments.find(identities, in: temp.path, library: library) == [2, 3])
        #expect(MarkedDocuments.find([3: identities[3]!], in: temp.path, library: library) == [3])
    }

    @Test func notesWrittenForADocumentNoLongerPresentGoToTheMostAlikeAndATieToNone() throws {
        // Child A's notes, Child A gone from the library: Child B and Child C are as alike to them as each
        // other, so neither takes them; Child J is not alike at all.
        let temp = NotesTemporaryDirectory()
        _ = try markFirst(in: childA, directory: temp.path)
        let childC = NotesFixtures.templatedReview(child: "C")
        let library = LibraryNotesFiles([2: DocumentIdentity(childB), 3: DocumentIdentity(childC)],
                                        sources: [2: childB.source, 3: childC.source])
        let b = NoteStore(document: childB, directory: temp.path, notAdopting: library.others(besides: 2))
        try b.load()
        #expect(b.current.marks.isEmpty)
        #expect(b.uncertainMatch == nil)
        // With the built-in Child J the only other, Child B is the most alike and takes them.
        let alone = NoteStore(document: childB, directory: temp.path,
                              notAdopting: LibraryNotesFiles([1: DocumentIdentity(NotesFixtures.childJ), 2: DocumentIdentity(childB)],
                                                             sources: [1: "child-j.txt", 2: childB.source]).others(besides: 2))
        try alone.load()
        #expect(alone.current.marks == [ItemID(number: 1)])
    }

    @Test func aReviewMadeFromChildJDoesNotTakeChildJsNotesNorChildJItsNotes() throws {
        let temp = NotesTemporaryDirectory()
        let j7Text = NotesFixtures.childJText.replacingOccurrences(of: "Child J", with: "Child J7")
        let j7 = ReviewParser.parse(j7Text, source: "j7.txt")
        let j = try markFirst(in: NotesFixtures.childJ, directory: temp.path)
        let identities = [1: DocumentIdentity(NotesFixtures.childJ), 2: DocumentIdentity(j7)]
        let library = LibraryNotesFiles(identities, sources: [1: NotesFixtures.childJ.source, 2: j7.source])
        // Alike enough to pass for an earlier version outside a library.
        #expect(DocumentIdentity(j7).isSameDocument(as: DocumentIdentity(NotesFixtures.childJ).fingerprint))
        let seven = NoteStore(document: j7, directory: temp.path, notAdopting: library.others(besides: 2))
        try seven.load()
        #expect(seven.current.marks.isEmpty)
        #expect(seven.fileName != j.fileName)
        try seven.setMarked(ItemID(number: 5), true)
        let again = NoteStore(document: NotesFixtures.childJ, directory: temp.path, notAdopting: library.others(besides: 1))
        try again.load()
        #expect(again.current.marks == [ItemID(number: 1)])
        #expect(MarkedDocuments.find(identities, in: temp.path, library: library) == [1, 2])
    }
}
