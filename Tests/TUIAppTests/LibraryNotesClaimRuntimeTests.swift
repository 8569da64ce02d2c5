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

    /// A library in a temporary folder, its reviews' notes in `notes`, with the runtime's answers read.
    private struct Scratch {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-notes-claim-\(UUID().uuidString)").path
        var notes: String { folder + "/notes" }
        let store: LibraryStore
        private(set) var runtime: LibraryRuntime

        init() throws {
            try FileManager.default.createDirectory(atPath: folder + "/notes", withIntermediateDirectories: true)
            store = try LibraryStore.open(path: folder + "/library.sqlite")
            runtime = Self.runtime(store, folder + "/notes")
        }

        /// A new runtime on the same library and notes, as the next `casebook` is.
        mutating func restart() { runtime = Self.runtime(store, notes) }

        private static func runtime(_ store: LibraryStore, _ notes: String) -> LibraryRuntime {
            LibraryRuntime(catalog: store, notesDirectory: notes) { document, others in
                NotesKeeper(store: NoteStore(document: document, directory: notes, notAdopting: others))
            }
        }

        func add(_ name: String, _ text: String) throws -> Int {
            let path = folder + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            _ = try LibraryImporter(store: store).add([path])
            return try #require(try store.listing().first { $0.source == path }?.id)
        }

        func opened(_ id: Int) -> (marks: Set<ItemID>?, notices: [String]) {
            let answers = runtime.perform([.openReview(document: id, at: nil)])
            let marks = answers.lazy.compactMap { if case let .reviewOpened(_, _, notes, _, _) = $0 { notes?.marks } else { nil } }.first
            return (marks, answers.compactMap { if case let .notice(text) = $0 { text } else { nil } })
        }

        func marked(_ ids: [Int]) -> [Int] {
            runtime.perform([.readMarks(ids)]).lazy.compactMap { if case let .libraryMarksRead(ids, _, _, _) = $0 { ids } else { nil } }.first ?? []
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    @Test func aReviewAddedAgainChangedKeepsItsNotesAndTheAlikeReviewDoesNotTakeThem() throws {
        var scratch = try Scratch()
        defer { scratch.remove() }
        let a = try scratch.add("westmoor-child-a.txt", NotesFixtures.templated(child: "A"))
        let b = try scratch.add("westmoor-child-b.txt", NotesFixtures.templated(child: "B"))
        _ = scratch.opened(a)
        _ = scratch.runtime.perform([.persist(.mark(ItemID(number: 1), true))])
        #expect(scratch.runtime.flush() == nil)
        // Child A added again with a recommendation more (its notes file's name changes).
        _ = scratch.opened(b)
        #expect(try scratch.add("westmoor-child-a.txt", NotesFixtures.templated(child: "A")
            + "\n\nRecommendation 4\nThe partnership should audit the template each year.\nResponse: Planned.\n") == a)
        scratch.restart()
        #expect(scratch.marked([a, b]) == [a])
        let childB = scratch.opened(b)
        #expect(childB.marks == [])
        #expect(!childB.notices.joined().contains("earlier version"), "\(childB.notices)")
        let childA = scratch.opened(a)
        #expect(childA.marks == [ItemID(number: 1)])
        #expect(childA.notices.joined().contains("earlier version"), "\(childA.notices)")
    }

    @Test func aReviewMadeFromTheBuiltInChildJDoesNotShareItsNotes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let j7 = try scratch.add("j7.txt", NotesFixtures.childJText.replacingOccurrences(of: "Child J", with: "Child J7"))
        _ = scratch.opened(1)
        _ = scratch.runtime.perform([.persist(.mark(ItemID(number: 5), true))])
        let seven = scratch.opened(j7)
        #expect(seven.marks == [])
        #expect(!seven.notices.joined().contains("earlier version"), "\(seven.notices)")
        _ = scratch.runtime.perform([.persist(.mark(ItemID(number: 2), true))])
        #expect(scratch.opened(1).marks == [ItemID(number: 5)])
        #expect(scratch.opened(j7).marks == [ItemID(number: 2)])
        #expect(Set(scratch.marked([1, j7])) == [1, j7])
    }
}
