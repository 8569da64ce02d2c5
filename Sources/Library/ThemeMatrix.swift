import Content
import GRDB

/// The themes × reviews matrix: how many recommendations of each review carry each theme, from the
/// library's table of derived learning (no document is parsed).
public struct ThemeMatrix: Sendable, Equatable {
    /// The reviews with at least one themed recommendation, in id order.
    public var documents: [LibraryEntry]
    /// Every theme found, the most frequent first.
    public var themes: [String]
    /// counts[theme][document id].
    public var counts: [String: [Int: Int]]

    public func count(theme: String, document: Int) -> Int { counts[theme]?[document] ?? 0 }
    public func total(theme: String) -> Int { counts[theme]?.values.reduce(0, +) ?? 0 }
}

extension LibraryStore {
    public func themeMatrix() throws(LibraryError) -> ThemeMatrix {
        let entries = try listing()
        var counts: [String: [Int: Int]] = [:]
        try reading { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT document_id, themes FROM recommendation WHERE themes != ''")
            while let row = try rows.next() {
                let document: Int = row["document_id"]
                for theme in (row["themes"] as String).split(separator: "\n") {
                    counts[String(theme), default: [:]][document, default: 0] += 1
                }
            }
        }
        let themed = Set(counts.values.flatMap(\.keys))
        let themes = counts.keys.sorted { left, right in
            let (a, b) = (counts[left]!.values.reduce(0, +), counts[right]!.values.reduce(0, +))
            return a != b ? a > b : left < right
        }
        return ThemeMatrix(documents: entries.filter { themed.contains($0.id) }, themes: themes, counts: counts)
    }
}
