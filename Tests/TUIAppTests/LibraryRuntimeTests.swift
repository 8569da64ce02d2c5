@testable import Content
import Foundation
import Learning
import Testing
@testable import TUIApp
@testable import TUICore
import TUITestSupport
import Store

/// The runtime's side of the library: reviews read from a catalog with their own notes stores (in a
/// temporary directory), searches answered, and what each review keeps saved as another opens.
@Suite struct LibraryRuntimeTests {
    struct Catalog: LibraryCatalog {
        static let childJ = DocumentLoader.builtInDocument()
        static let small = try! DocumentLoader.parse(Data("""
            Littleton Safeguarding Partnership

            Response to the Review of Child Q

            Recommendation 1
            The partnership should review its missing children protocol.
            Response: The protocol was reviewed and reissued.

            Recommendation 2
            Schools should be told when a child goes missing.
            Response: A new notification will be introduced next year.
            """.utf8), source: "q.txt")

        func entries() throws -> [LibraryEntry] {
            [LibraryEntry(id: 1, title: Self.childJ.title, source: "built-in", recommendationCount: 10),
             LibraryEntry(id: 2, title: Self.small.title, source: "q.txt", recommendationCount: 2)]
        }

        func document(id: Int) throws -> ReviewDocument {
            switch id {
            case 1: return Self.childJ
            case 2: return Self.small
            default: throw LoadError("no document \(id)")
            }
        }

        func search(_ query: String, limit: Int) throws -> [LibraryHit] {
            [LibraryHit(document: 2, documentTitle: Self.small.title, item: ItemID(number: 2), snippet: "goes missing", rank: -1)]
        }
    }

    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "casebook-library-runtime-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private static func event(_ character: Character) -> KeyEvent {
        switch character {
        case "⏎": .enter
        case "⎋": .escape
        default: .character(character)
        }
    }

    @Test func reviewsOpenWithTheirOwnNotesAndKeepTheirMarks() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let runtime = LibraryRuntime(catalog: Catalog(), notesDirectory: directory) { document, others in
            NotesKeeper(store: NoteStore(document: document, directory: directory, notAdopting: others))
        }
        var browser = Browser(library: try Catalog().entries(), placeholder: Catalog.childJ, noteIDs: NoteIDSource(seed: 0),
                              width: 80, height: 24)
        func send(_ keys: String) {
            for key in keys {
                _ = TerminalApp.send([.input(Self.event(key))], to: &browser, notes: runtime)
                _ = browser.draw()
            }
        }
        // By title, Child J's "Response to the Recommendations…" comes before Child Q's "Response to the Review…".
        send("⏎")
        #expect(browser.document.title == Catalog.childJ.title)
        send(":3⏎m:5b⏎m")
        #expect(browser.screen.contains("Child J · Rec"))
        send("Lj⏎")
        #expect(browser.document.title == Catalog.small.title)
        // Child J's store has its mark and the place it was left.
        let store = NoteStore(document: Catalog.childJ, directory: directory)
        try store.load()
        #expect(store.current.marks.contains(ItemID(number: 3)))
        #expect(store.current.lastPosition != nil)
        // Child Q's 2 marked too: the plan across reviews lists both, each with its review; Enter opens one.
        send(":2⏎mLM")
        let screen = browser.screen
        #expect(screen.contains("Marked for the session: 3 across 2 reviews"))
        // A marked recommendation shows its gist, as the outline does; a marked part its own words.
        #expect(screen.contains("3   The PSCP should ensure that learning"), "\(screen)")
        #expect(screen.contains("5b  The Portsmouth Local Authority should"), "\(screen)")
        #expect(screen.contains("Child J") && screen.contains("Child Q"))
        send("⏎")
        #expect(browser.screen.contains("Child J · Rec"))
        #expect(runtime.flush() == nil)
    }

    @Test func searchIsAnsweredAndEnterOpensTheMatch() {
        let runtime = LibraryRuntime(catalog: Catalog(), notesDirectory: nil) { _, _ in NotesKeeper(store: nil) }
        var browser = Browser(library: try! Catalog().entries(), placeholder: Catalog.childJ, noteIDs: NoteIDSource(seed: 0),
                              width: 80, height: 24)
        for key in "/miss" { _ = TerminalApp.send([.input(Self.event(key))], to: &browser, notes: runtime) }
        #expect(browser.screen.contains("Search miss: 1 in 1 review"))
        _ = TerminalApp.send([.input(.enter), .input(.down), .input(.enter)], to: &browser, notes: runtime)
        #expect(browser.screen.contains("Child Q · Recommendation 2 of 2"))
    }

    @Test func aReviewTheCatalogCannotReadIsReported() {
        let runtime = LibraryRuntime(catalog: Catalog(), notesDirectory: nil) { _, _ in NotesKeeper(store: nil) }
        #expect(runtime.perform([.openReview(document: 9, at: nil)]).count == 1)
    }

    /// A query the catalog refuses comes back as the search's failure, for the prompt, not as no matches.
    @Test func aSearchTheCatalogRefusesIsAnsweredWithWhy() {
        struct Refusing: LibraryCatalog {
            func entries() throws -> [LibraryEntry] { try Catalog().entries() }
            func document(id: Int) throws -> ReviewDocument { try Catalog().document(id: id) }
            func search(_ query: String, limit: Int) throws -> [LibraryHit] { throw LoadError("bad query: give at least one word") }
        }
        let runtime = LibraryRuntime(catalog: Refusing(), notesDirectory: nil) { _, _ in NotesKeeper(store: nil) }
        let answers = runtime.perform([.searchLibrary("year:2019")])
        guard answers.count == 1, case let .librarySearched(query, hits, _, failure) = answers[0] else {
            Issue.record("\(answers)")
            return
        }
        #expect(query == "year:2019" && hits.isEmpty)
        #expect(failure?.contains("give at least one word") == true)
    }
}
