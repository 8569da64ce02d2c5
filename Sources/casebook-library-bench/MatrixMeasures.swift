import Foundation
import Library
import TUICore

// The themes × reviews matrix at scale (`--matrix LIBRARY`, a process of its own so the memory is the
// matrix's): from the store's derived learning, as `casebook themes` builds it (no document parsed), and
// as the library screen's `t` builds it today (every review the filter keeps read and parsed).
enum MatrixMeasures {
    @MainActor static func measure(_ path: String) throws {
        let store = try LibraryStore.open(path: path)
        var matrix = try store.themeMatrix()
        report("themes matrix from the store, \(matrix.documents.count) reviews", try median(7) { matrix = try store.themeMatrix() },
               budget: nil, unit: "ms")
        print("  \(matrix.themes.count) themes; resident memory \(BrowsingMeasures.memoryKB("VmRSS:") / 1024) MB, "
              + "peak \(BrowsingMeasures.memoryKB("VmHWM:") / 1024) MB")
        var browsing = try BrowsingMeasures.open(path)
        let time = seconds { BrowsingMeasures.press(.character("t"), in: &browsing) }
        report("the library screen's `t` (every review parsed)", time, budget: nil)
        report("  its peak resident memory", Double(BrowsingMeasures.memoryKB("VmHWM:")) / 1024, budget: 150, unit: "MB")
        print("  documents parsed: \(browsing.catalog.parsed)")
    }
}
