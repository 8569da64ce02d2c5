import Foundation
import Search

/// What a query's facets let through, worked out once: the documents its `doc:`, `org:` and `year:`
/// facets keep, and the full-text rows of the recommendations its learning facets keep.
struct FacetResolution: Sendable {
    /// nil: every document.
    var documents: [Int]?
    /// nil: no learning facet (every row of `documents`).
    var spans: PassageSpans?
}

/// The last facets the library screen's search resolved, so that typing the words after `status:planned`
/// does not resolve them again at each key, and the last words' matches (`MatchedRows`), so that typing
/// facets after the words does not read the index again. Kept while the facets' text is the same and the library is
/// not changed: by this store (each write moves `generation`) or by another process (SQLite's
/// `data_version`, which moves when another connection commits).
final class FacetResolutionCache: @unchecked Sendable {
    struct Key: Equatable {
        var facets: String
        var dataVersion: Int
        var generation: Int
    }

    // Guards every property below (the store is shared by the terminal loop and its effects).
    private let lock = NSLock()
    private var last: (key: Key, resolution: FacetResolution)?
    /// Every recommendation's learning and runs of full-text rows, read once while the library is
    /// unchanged: each facet typed then costs a scan of it in memory.
    private var table: (key: Key, table: RecommendationTable)?
    /// The last few words' matches, as far as they were read, the latest last (the key's `facets`: their
    /// MATCH and filter): the facet typed after `county lines agency` finds `county lines` read before.
    private var rows: [(key: Key, rows: MatchedRows)] = []
    /// How many words' matches are kept (each at most about 50,000 rowids: 400 KB).
    static let keptMatches = 8
    private var writes = 0
    private var resolved = 0
    private var tablesRead = 0
    private var indexReads = 0

    /// How many times facets were resolved rather than found here (for the tests).
    var resolutions: Int { lock.withLock { resolved } }
    /// How many times the recommendations' table was read rather than found here (for the tests).
    var tableReads: Int { lock.withLock { tablesRead } }
    /// How many times the index's matches were read rather than only found here (for the tests).
    var matchReads: Int { lock.withLock { indexReads } }

    /// The facets as one text, in the order given: the key's first part.
    static func text(of facets: [SearchQuery.Facet]) -> String {
        facets.map { ($0.isExcluded ? "-" : "") + $0.key + ":" + $0.value }.joined(separator: "\u{1F}")
    }

    /// The resolution of `facets` from the cache, or `resolve`'s, kept for the next key.
    func resolution(of facets: String, dataVersion: Int, _ resolve: () throws -> FacetResolution) rethrows -> FacetResolution {
        let key = lock.withLock { Key(facets: facets, dataVersion: dataVersion, generation: writes) }
        if let found = lock.withLock({ last?.key == key ? last?.resolution : nil }) { return found }
        let resolution = try resolve()
        lock.withLock {
            resolved += 1
            last = (key, resolution)
        }
        return resolution
    }

    /// The recommendations' table, from the cache or `read`.
    func table(dataVersion: Int, _ read: () throws -> RecommendationTable) rethrows -> RecommendationTable {
        let key = lock.withLock { Key(facets: "", dataVersion: dataVersion, generation: writes) }
        if let found = lock.withLock({ table?.key == key ? table?.table : nil }) { return found }
        let read = try read()
        lock.withLock {
            tablesRead += 1
            table = (key, read)
        }
        return read
    }

    /// The matches kept for `query` (a MATCH expression and its filter), none when they were of other
    /// words or the library changed since; and the key to keep them under once read further.
    func matchedRows(of query: String, dataVersion: Int) -> (rows: MatchedRows, key: Key) {
        lock.withLock {
            let key = Key(facets: query, dataVersion: dataVersion, generation: writes)
            return (rows.last { $0.key == key }?.rows ?? MatchedRows(), key)
        }
    }

    /// Keeps `matched` under `key` (from `matchedRows`); `readTheIndex`: whether the index was read for them.
    func keep(_ matched: MatchedRows, as key: Key, readTheIndex: Bool) {
        lock.withLock {
            if readTheIndex { indexReads += 1 }
            rows.removeAll { $0.key == key || $0.key.generation != key.generation || $0.key.dataVersion != key.dataVersion }
            rows.append((key, matched))
            if rows.count > Self.keptMatches { rows.removeFirst() }
        }
    }

    /// Forgets the words' matches kept (the bench, to measure a query typed again as if typed afresh).
    func forgetMatches() {
        lock.withLock { rows = [] }
    }

    /// The library changed through this store: what was resolved before no longer holds.
    func libraryChanged() {
        lock.withLock {
            writes += 1
            last = nil
            table = nil
            rows = []
        }
    }
}
