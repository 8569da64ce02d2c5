import Foundation
import Library

/// A short fingerprint of a search's results and their order (documents, counts, the matches shown with
/// their items, zones, snippets and ranks), printed by `--search` so two builds can be compared.
enum ResultDigest {
    static func of(_ result: LibrarySearchResult) -> String {
        var text = "more \(result.moreDocuments)\n"
        for group in result.groups {
            text += "\(group.document) \(group.count) \(group.title)\n"
            for match in group.matches {
                text += "  \(match.hit.item?.description ?? "-") \(match.zone) \(String(format: "%.9g", match.hit.rank)) \(match.markedSnippet)\n"
            }
        }
        // FNV-1a, 64 bits: the same on every run and machine (Swift's Hasher is seeded per process).
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return String(format: "%016llx", hash)
    }
}
