@testable import Content
import Foundation
import TestFixtures
import Testing
@testable import Store

/// Which documents have marks, found from their identities and the notes folder alone: the same
/// documents as opening each one's store and looking at its marks.
@Suite struct MarkedDocumentsTests {
    private func marks(of document: ReviewDocument, in directory: String) throws -> Set<ItemID> {
        let store = NoteStore(document: document, directory: directory)
        try store.load()
        return store.current.marks
    }

    private func mark(_ number: Int, in document: ReviewDocument, directory: String) throws {
        let store = NoteStore(document: document, directory: directory)
        try store.load()
        try store.setMarked(ItemID(number: number), true)
    }

    /// `MarkedDocuments` agrees with each document's own store.
    private func expectAgreement(_ documents: [Int: ReviewDocument], in directory: String) throws -> Set<Int> {
        let found = MarkedDocuments.find(documents.mapValues(DocumentIdentity.init), in: directory)
        let opened = Set(try documents.filter { !(try marks(of: $0.value, in: directory)).isEmpty }.keys)
        #expect(found == opened)
        return found
    }

    @Test func onlyTheDocumentsWithMarksAreFound() throws {
        let temp = NotesTemporaryDirectory()
        let childJ = NotesFixtures.childJ, other = NotesFixtures.document(NotesStoreHardeningTests.unrelated)
        #expect(MarkedDocuments.find([1: DocumentIdentity(childJ)], in: temp.path).isEmpty)
        try mark(2, in: childJ, directory: temp.path)
        // A notes file with notes but no marks does not count.
        let notes = NoteStore(document: other, directory: temp.path)
        try notes.load()
        try notes.save(Note(on: .introduction, in: other, text: "a note"))
        #expect(try expectAgreement([1: childJ, 2: other], in: temp.path) == [1])
        // Unmarked again: none.
        let store = NoteStore(document: childJ, directory: temp.path)
        try store.load()
        try store.setMarked(ItemID(number: 2), false)
        #expect(try expectAgreement([1: childJ, 2: other], in: temp.path).isEmpty)
    }

    @Test func anEditedCopyFindsTheMarksOfItsEarlierVersion() throws {
        let temp = NotesTemporaryDirectory()
        try mark(3, in: NotesFixtures.childJ, directory: temp.path)
        #expect(try expectAgreement([1: NotesFixtures.childJ, 2: NotesFixtures.childJEdited], in: temp.path) == [1, 2])
    }

    @Test func aDocumentWithAnotherDocumentsKeyKeepsItsOwnMarks() throws {
        let temp = NotesTemporaryDirectory()
        let original = NotesFixtures.document(NotesFixtures.sentences)
        let impostor = NotesFixtures.document(NotesStoreHardeningTests.unrelated)
        try mark(1, in: original, directory: temp.path)
        #expect(try expectAgreement([1: original, 2: impostor], in: temp.path) == [1])
        try mark(2, in: impostor, directory: temp.path)
        #expect(try expectAgreement([1: original, 2: impostor], in: temp.path) == [1, 2])
    }

    @Test func aCorruptNotesFileIsLeftToItsOwnStore() throws {
        let temp = NotesTemporaryDirectory()
        let childJ = NotesFixtures.childJ
        let name = DocumentIdentity(childJ).key + ".json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: temp.path + "/" + name))
        // Counted in, so that opening its store moves it aside and says so, as it would on opening the review.
        #expect(MarkedDocuments.find([1: DocumentIdentity(childJ)], in: temp.path) == [1])
    }
}
