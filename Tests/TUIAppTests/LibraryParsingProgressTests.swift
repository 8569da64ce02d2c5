import Content
import Foundation
import Testing
@testable import TUIApp
@testable import TUICore
import TUITestSupport

/// The first `t`, `a`, `C` or `M` on a library imported by an older casebook parses its reviews once:
/// a batch at a time, the status line saying how far it has got between batches, and Esc stopping it
/// with what was parsed kept.
@Suite struct LibraryParsingProgressTests {
    /// The runtime tests' two reviews, with 5 more reviews' worth still to parse for any reading.
    final class Unparsed: LibraryCatalog, @unchecked Sendable {
        private(set) var pending: Set<Int> = [11, 12, 13, 14, 15]
        private(set) var batches: [[Int]] = []
        func entries() throws -> [LibraryEntry] { try LibraryRuntimeTests.Catalog().entries() }
        func document(id: Int) throws -> ReviewDocument { try LibraryRuntimeTests.Catalog().document(id: id) }
        func search(_ query: String, limit: Int) throws -> [LibraryHit] { [] }
        func unparsed(of ids: [Int], for reading: LibraryReading) throws -> [Int] { pending.sorted() }
        func parse(_ ids: [Int], for reading: LibraryReading) throws {
            batches.append(ids)
            // 15 cannot be parsed: it stays unparsed, and is tried once.
            pending.subtract(ids.filter { $0 != 15 })
        }
    }

    private func browser(_ catalog: Unparsed) throws -> Browser {
        Browser(library: try catalog.entries(), placeholder: LibraryRuntimeTests.Catalog.childJ, noteIDs: NoteIDSource(seed: 0),
                width: 100, height: 24)
    }

    /// Sends `key`, collecting the status line of each frame drawn between batches; `typed` are the keys
    /// typed meanwhile, one per frame.
    private func press(_ key: KeyEvent, _ browser: inout Browser, _ runtime: LibraryRuntime, typed: [KeyEvent] = []) -> [String] {
        var statuses: [String] = []
        var typed = typed[...]
        _ = TerminalApp.send([.input(key)], to: &browser, notes: runtime) { browser in
            statuses.append(browser.render().lines.last ?? "")
            return typed.popFirst().map { [.input($0)] } ?? []
        }
        return statuses
    }

    @Test func theStatusLineSaysHowFarTheParsingHasGot() throws {
        let catalog = Unparsed()
        let runtime = LibraryRuntime(catalog: catalog, notesDirectory: nil, parseBatch: 2) { _, _ in NotesKeeper(store: nil) }
        var browser = try browser(catalog)
        let statuses = press(.character("t"), &browser, runtime)
        #expect(statuses.count == 3)
        #expect(statuses[0].contains("Reading reviews for the themes… 2 of 5 (once; Esc stops)"), "\(statuses)")
        #expect(statuses[1].contains("Reading reviews for the themes… 4 of 5"))
        #expect(statuses[2].contains("Reading reviews for the themes… 5 of 5"))
        #expect(catalog.batches == [[11, 12], [13, 14], [15]])
        // Then the matrix, as without any parsing.
        #expect(browser.screen.contains("Themes × 2 reviews"), "\(browser.screen)")
    }

    @Test func escStopsTheParsingAndAskingAgainGoesOnFromThere() throws {
        let catalog = Unparsed()
        let runtime = LibraryRuntime(catalog: catalog, notesDirectory: nil, parseBatch: 2) { _, _ in NotesKeeper(store: nil) }
        var browser = try browser(catalog)
        let stopped = press(.character("C"), &browser, runtime, typed: [.escape])
        #expect(stopped.count == 1 && stopped[0].contains("Reading reviews for the tracker… 2 of 5"), "\(stopped)")
        #expect(catalog.batches == [[11, 12]])
        #expect(browser.screen.contains("Stopped: the reviews read so far are kept"), "\(browser.screen)")
        #expect(!browser.screen.contains("Still to do"))
        let again = press(.character("C"), &browser, runtime)
        #expect(again.first?.contains("Reading reviews for the tracker… 4 of 5") == true, "\(again)")
        #expect(browser.screen.contains("Still to do"), "\(browser.screen)")
    }

    @Test func theMarksSayTheirOwnPurposeAndQQuitsWhileParsing() throws {
        let catalog = Unparsed()
        let runtime = LibraryRuntime(catalog: catalog, notesDirectory: nil, parseBatch: 2) { _, _ in NotesKeeper(store: nil) }
        var browser = try browser(catalog)
        let statuses = press(.character("M"), &browser, runtime, typed: [.character("q")])
        #expect(statuses.first?.contains("Reading reviews for the marks… 2 of 5") == true, "\(statuses)")
        #expect(browser.isFinished)
        #expect(catalog.batches == [[11, 12]])
    }
}
