@testable import Content
import Foundation
import TestFixtures
import Testing

/// The value types behind notes: fingerprints, document keys and targets (the file format is in StoreTests).
@Suite struct NotesModelTests {
    @Test func fingerprintsScoreLightEditsHighAndOtherTextsLow() {
        let text = NotesFixtures.sentences[0]
        #expect(TextFingerprint(text).similarity(to: TextFingerprint(text)) == 1)
        #expect(TextFingerprint(text).similarity(to: TextFingerprint(text.uppercased() + "!!")) == 1)
        let oneWord = text.replacingOccurrences(of: "strategic", with: "senior")
        #expect(TextFingerprint(text).similarity(to: TextFingerprint(oneWord)) > 0.7)
        for other in NotesFixtures.sentences.dropFirst() {
            #expect(TextFingerprint(text).similarity(to: TextFingerprint(other)) < 0.2)
        }
        #expect(TextFingerprint("").similarity(to: TextFingerprint("")) == 1)
        #expect(TextFingerprint("").similarity(to: TextFingerprint(text)) == 0)
    }

    @Test func longTextsAreSketchedWithinTheirCapacity() throws {
        let long = NotesFixtures.childJ.recommendations.map(\.fullText).joined(separator: "\n")
        let fingerprint = TextFingerprint(long)
        #expect(fingerprint.hashes.count == TextFingerprint.defaultCapacity)
        let edited = NotesFixtures.childJEdited.recommendations.map(\.fullText).joined(separator: "\n")
        #expect(fingerprint.similarity(to: TextFingerprint(edited)) > 0.9)
        let rec3 = try #require(NotesFixtures.childJ.recommendation(ItemID(number: 3)))
        let rec7 = try #require(NotesFixtures.childJ.recommendation(ItemID(number: 7)))
        #expect(TextFingerprint(rec3.fullText).similarity(to: TextFingerprint(rec7.fullText)) < 0.2)
    }

    @Test func documentKeysIgnoreCaseAndPunctuationInTheTitle() {
        let plain = NotesFixtures.document(title: "Review of Child Q", NotesFixtures.sentences)
        let restyled = NotesFixtures.document(title: "REVIEW OF CHILD Q.", NotesFixtures.sentences)
        let longer = NotesFixtures.document(title: "Review of Child Q", NotesFixtures.sentences + ["One more."])
        #expect(DocumentIdentity(plain).key == DocumentIdentity(restyled).key)
        #expect(DocumentIdentity(plain).key != DocumentIdentity(longer).key)
        #expect(DocumentIdentity(plain).key.hasPrefix("review-of-child-q-4r-"))
        let key = DocumentIdentity(NotesFixtures.childJ).key
        #expect(key.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        #expect(key.hasPrefix("from-the-serious-case-review-of-child-j-10r-"))
    }

    @Test func targetsAreStoredAsIntroductionOrTheItemID() throws {
        let targets: [NoteTarget] = [.introduction, .item(ItemID(number: 3)), .item(ItemID(number: 3, part: "b"))]
        let data = try JSONEncoder().encode(targets)
        #expect(String(decoding: data, as: UTF8.self) == #"["introduction","3","3b"]"#)
        #expect(try JSONDecoder().decode([NoteTarget].self, from: data) == targets)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([NoteTarget].self, from: Data(#"["3b!"]"#.utf8)) }
        #expect(targets.sorted(by: >).last == .introduction)
    }

    @Test func thePresentationOrderIsThePlanOrElseTheMarks() {
        var notes = DocumentNotes(for: NotesFixtures.document(NotesFixtures.sentences))
        notes.apply(.mark(ItemID(number: 4), true))
        notes.apply(.mark(ItemID(number: 2), true))
        #expect(notes.presentationOrder == [ItemID(number: 2), ItemID(number: 4)])
        notes.apply(.plan([ItemID(number: 3), ItemID(number: 1)]))
        #expect(notes.presentationOrder == [ItemID(number: 3), ItemID(number: 1)])
    }
}
