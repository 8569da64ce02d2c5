@testable import Content
import Foundation
import Library
import Store
import TestFixtures
import Testing
@testable import TUIApp
@testable import TUICore

/// A library of two reviews from one template: marking one leaves the other's notes its own, when it
/// opens, when it is marked and when the marks across the library are read.
@Suite struct LibraryNotesClaimRuntimeTests {
    @Test func anAlikeReviewOpensWithItsOwnNotesNotTheMarkedOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-notes-claim-\(UUID().uuidString)").path
        let notes = folder + "/notes"
        try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try ["A", "B"].map { child in
            let path = folder + "/westmoor-child-\(child.lowercased()).txt"
            try NotesFixtures.templated(child: child).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let store = try LibraryStore.open(path: folder + "/library.sqlite")
        #expect(try LibraryImporter(store: store).add(files).added == 2)
        let listing = try store.listing()
        let a = try #require(listing.first { $0.source.hasSuffix("child-a.txt") }?.id)
        let b = try #require(listing.first { $0.source.hasSuffix("child-b.txt") }?.id)
        let runtime = LibraryRuntime(catalog: store, notesDirectory: notes) { document, others in
            NotesKeeper(store: NoteStore(document: document, directory: notes, notAdopting: others))
        }
        func opened(_ id: Int) -> (marks: Set<ItemID>?, notices: [String]) {
            let answers = runtime.perform([.openReview(document: id, at: nil)])
            let marks = answers.lazy.compactMap { if case let .reviewOpened(_, _, notes, _, _) = $0 { notes?.marks } else { nil } }.first
            return (marks, answers.compactMap { if case let .notice(text) = $0 { text } else { nil } })
        }
        func markedReviews() -> [Int] {
            runtime.perform([.readMarks([a, b])]).lazy.compactMap { if case let .libraryMarksRead(ids, _, _, _) = $0 { ids } else { nil } }.first ?? []
        }
        // Child A's first recommendation marked.
        _ = opened(a)
        _ = runtime.perform([.persist(.mark(ItemID(number: 1), true))])
        #expect(markedReviews() == [a])
        // Child B opens with no marks and says nothing of an earlier version.
        let childB = opened(b)
        #expect(childB.marks == [])
        #expect(!childB.notices.joined().contains("earlier version"), "\(childB.notices)")
        // Its mark goes to its own notes file: Child A's notes are as they were.
        _ = runtime.perform([.persist(.mark(ItemID(number: 3), true))])
        #expect(runtime.flush() == nil)
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: notes).filter { $0.hasSuffix(".json") }).count == 2)
        #expect(opened(a).marks == [ItemID(number: 1)])
        #expect(opened(b).marks == [ItemID(number: 3)])
        #expect(Set(markedReviews()) == [a, b])
    }
}
