import Foundation
import Library
import TUICore

// The library screen's views across every review at scale (`--matrix LIBRARY [KEY]`, a process of its
// own per key so that the memory peak is that view's): the themes × reviews matrix from the store, as
// `casebook themes` builds it, then the screen's `t` (themes), `a` (agencies) or `C` (the tracker across
// reviews), each read from the tables import fills (no review parsed), the frame drawn, and for `C` the
// last of its rows drawn (`G`).
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
}
