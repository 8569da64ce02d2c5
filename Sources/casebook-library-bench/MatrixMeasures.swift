import Content
import Foundation
import Library
import Store
import TUICore

// The library screen's views across every review at scale (`--matrix LIBRARY [KEY]`, a process of its
// own per key so that the memory peak is that view's): the themes × reviews matrix from the store, as
// `casebook themes` builds it, then the screen's `t` (themes), `a` (agencies) or `C` (the tracker across
// reviews), each read from the tables import fills (no review parsed), the frame drawn, and for `C` the
// last of its rows drawn (`G`). `M` (the session plan across reviews) is timed with 3 reviews marked
// in the bench's own notes folder: only those 3 are parsed.
enum MatrixMeasures {
    @MainActor static func measure(_ path: String, key: Character?) throws {
        guard let key else {
            let store = try LibraryStore.open(path: path)
            var matrix = try store.themeMatrix()
            report("themes matrix from the store, \(matrix.documents.count) reviews", try median(7) { matrix = try store.themeMatrix() },
                   budget: nil, unit: "ms")
            print("  \(matrix.themes.count) themes; resident memory \(BrowsingMeasures.memoryKB("VmRSS:") / 1024) MB, "
                  + "peak \(BrowsingMeasures.memoryKB("VmHWM:") / 1024) MB")
            return
        }
        if key == "M" {
            try markThree(path)
            // Which reviews have marks, from the stored identities and the notes folder (nothing parsed).
            let store = try LibraryStore.open(path: path)
            let ids = try store.listing().map(\.id)
            let directory = try NotesLocation.directory(environment: ProcessInfo.processInfo.environment)
            var found: Set<Int> = []
            report("  finding the reviews with marks (none parsed)", try median(7) {
                let identities = try store.notesIdentities(of: ids)
                found = MarkedDocuments.find(identities, in: directory, library: LibraryNotesFiles(identities))
            }, budget: nil, unit: "ms")
            print("  reviews with marks, as their notes stores would open them: \(found.count)")
        }
        var browsing = try BrowsingMeasures.open(path)
        let time = seconds { BrowsingMeasures.press(.character(key), in: &browsing) }
        report("the library screen's `\(key)`, read and drawn", time, budget: nil)
        if key == "C" {
            report("  its last row drawn (G)", seconds { BrowsingMeasures.press(.character("G"), in: &browsing) }, budget: 0.1, unit: "ms")
        }
        report("  its peak resident memory", Double(BrowsingMeasures.memoryKB("VmHWM:")) / 1024, budget: 150, unit: "MB")
        print("  resident now \(BrowsingMeasures.memoryKB("VmRSS:") / 1024) MB; documents parsed: \(browsing.catalog.parsed)")
        print("  " + browsing.browser.render().lines.prefix(2).joined(separator: "\n  "))
    }

    /// Marks the first recommendation of 3 reviews spread through the library, in the notes folder
    /// `XDG_DATA_HOME` names (the bench's own), each in its own notes, as the library screen's `m` would.
    static func markThree(_ path: String) throws {
        let store = try LibraryStore.open(path: path)
        let library = LibraryNotesFiles(try store.keptNotesIdentities())
        let ids = try store.listing().map(\.id).filter { $0 != 1 }
        for id in [ids[ids.count / 4], ids[ids.count / 2], ids[ids.count * 3 / 4]] {
            let document = try store.document(id: id)
            guard let first = document.recommendations.first else { continue }
            let notes = try NoteStore(document: document, notAdopting: library.others(besides: id))
            try notes.load()
            try notes.setMarked(ItemID(number: first.number), true)
        }
    }
}
