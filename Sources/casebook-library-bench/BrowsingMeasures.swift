import Content
import Foundation
import Library
import TUIApp
import TUICore

// The library browser at scale, as `casebook` with no FILE runs it, without a terminal: the store
// opened and listed, the core's first frame at 80×24, `/` typed a key at a time (each key's query
// and frame), and the resident memory after browsing. Runs in its own process (`--browse LIBRARY`)
// so the memory is the browser's, not the import's.
enum BrowsingMeasures {
    /// A catalog that counts the documents it is asked to parse, so the figures can say "none".
    final class CountingCatalog: LibraryCatalog, @unchecked Sendable {
        let store: LibraryStore
        private(set) var parsed = 0
        init(_ store: LibraryStore) { self.store = store }
        func entries() throws -> [LibraryEntry] { try store.entries() }
        func document(id: Int) throws -> ReviewDocument {
            parsed += 1
            return try store.document(id: id)
        }
        func search(_ query: String, limit: Int) throws -> [LibraryHit] { try store.search(query, limit: limit) }
        func searchPage(_ query: String, reviews: Int, hitsPerReview: Int) throws -> LibrarySearchPage {
            try store.searchPage(query, reviews: reviews, hitsPerReview: hitsPerReview)
        }
        func recommendations(of ids: [Int]) throws -> [LibraryRecommendation] { try store.recommendations(of: ids) }
        func commitments(of ids: [Int]) throws -> LibraryCommitments { try store.commitments(of: ids) }
        func notesIdentities(of ids: [Int]) throws -> [Int: DocumentIdentity] { try store.notesIdentities(of: ids) }
        func keptNotesIdentities() throws -> [Int: DocumentIdentity] { try store.keptNotesIdentities() }
        func unparsed(of ids: [Int], for reading: LibraryReading) throws -> [Int] { try store.unparsed(of: ids, for: reading) }
        func parse(_ ids: [Int], for reading: LibraryReading) throws { try store.parse(ids, for: reading) }
        func prepareSearch() { store.prepareSearch() }
    }

    struct Browsing {
        var browser: Browser
        let runtime: LibraryRuntime
        let catalog: CountingCatalog
    }

    /// Opens the library file and draws the first frame, as `casebook` does before its first key.
    static func open(_ path: String, width: Int = 80, height: Int = 24) throws -> Browsing {
        let catalog = CountingCatalog(try LibraryStore.open(path: path))
        var browser = Browser(library: try catalog.entries(), noteIDs: NoteIDSource(seed: 0), width: width, height: height)
        _ = browser.draw()
        return Browsing(browser: browser, runtime: LibraryRuntime(catalog: catalog), catalog: catalog)
    }

    /// What `casebook` reads ahead off the terminal loop once the first frame is drawn (the learning the
    /// search's facets are resolved from), waited for as a person's first keys would: its time, in seconds.
    static func prepareSearch(_ browsing: Browsing) -> Double {
        let done = DispatchSemaphore(value: 0)
        let start = DispatchTime.now()
        browsing.runtime.prepareSearchInBackground { done.signal() }
        done.wait()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// One key as the terminal loop handles it: the core, the effects it asks for and their answers,
    /// then the frame.
    static func press(_ key: KeyEvent, in browsing: inout Browsing) {
        var queue: [Message] = [.input(key)]
        while !queue.isEmpty {
            let message = queue.removeFirst()
            queue += browsing.runtime.perform(browsing.browser.update(message))
        }
        _ = browsing.browser.draw()
    }

    /// The processor time of each key of the last `typing`, in seconds.
    nonisolated(unsafe) static var lastTypingCPU: [Double] = []

    /// The time of each key of `/query`, in seconds (the `/` first, then each character), typed as a
    /// first time: the matches the store kept for words typed before are forgotten.
    static func typing(_ query: String, in browsing: inout Browsing) -> [Double] {
        browsing.catalog.store.forgetKeptMatches()
        let keys = [KeyEvent.character("/")] + query.map(KeyEvent.character)
        var cpu: [Double] = []
        let times = keys.map { key in
            let time = seconds { press(key, in: &browsing) }
            cpu.append(lastCPU)
            return time
        }
        lastTypingCPU = cpu
        // Enter keeps the results; Esc leaves them for the list, for the next query.
        press(.enter, in: &browsing)
        press(.escape, in: &browsing)
        return times
    }

    /// Browsing as a user would for a minute: to the end of the list and back, a filter, searches,
    /// a few reviews opened and left. Returns the resident and peak resident size in KB after it.
    static func browse(_ browsing: inout Browsing, queries: [String]) -> (resident: Int, peak: Int) {
        for key in [KeyEvent.character("G"), .character("g"), .character("s"), .character("s"), .character("s")] {
            press(key, in: &browsing)
        }
        for key in [KeyEvent.character("f")] + "agency:police status:planned".map(KeyEvent.character) + [.enter, .character("F")] {
            press(key, in: &browsing)
        }
        for query in queries { _ = typing(query, in: &browsing) }
        for _ in 0..<3 {
            press(.enter, in: &browsing)
            press(.character("L"), in: &browsing)
            press(.pageDown, in: &browsing)
        }
        return (memoryKB("VmRSS:"), memoryKB("VmHWM:"))
    }

    /// A line of /proc/self/status, in KB (0 where there is none).
    static func memoryKB(_ field: String) -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix(field) } ?? ""
        return Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? 0
    }
}
