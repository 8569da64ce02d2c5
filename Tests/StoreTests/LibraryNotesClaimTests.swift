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
        #expect(library.others(besides: 1) == [b.key + ".json", b.distinctKey + ".json"])
        #expect(library.isOthers(a.key + ".json", besides: 2))
        #expect(!library.isOthers(a.key + ".json", besides: 1))
        #expect(!library.isOthers("unknown.json", besides: 1))
    }
}
