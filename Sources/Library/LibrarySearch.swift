import Content
import Foundation
import GRDB
import Learning
import Search

/// A search across the library: matches ranked by bm25, grouped by document, best document first.
public struct LibrarySearchResult: Sendable {
    /// One match: the hit, and where in the item it is.
    public struct Match: Sendable {
        public var hit: LibraryHit
        /// recommendation, part, response, introduction or section.
        public var zone: String
        /// The snippet with each matched word between `LibrarySearchResult.markOpen` and `markClose`.
        public var markedSnippet: String
    }

    public struct Group: Sendable {
        public var document: Int
        public var title: String
        /// How many recommendations, parts, responses and other passages of the document match.
        public var count: Int
        /// The best matches, best first (at most the number asked for).
        public var matches: [Match]
    }

    /// Marks around a matched word in `markedSnippet` (private-use characters, never in a document's
    /// words as shown): the report replaces them with bold or brackets.
    public static let markOpen: Character = "\u{E000}"
    public static let markClose: Character = "\u{E001}"

    public var groups: [Group]
    /// Documents that matched beyond the number asked for, not in `groups`.
    public var moreDocuments = 0
    public var totalCount: Int { groups.reduce(0) { $0 + $1.count } }
}

extension LibraryStore {
    /// `LibraryCatalog`: the best matches across every document, plain snippets.
    public func search(_ query: String, limit: Int) throws -> [LibraryHit] {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(parsing: query) } catch { throw LibraryError(.failed, "bad query: \(error.message)") }
        return try search(parsed, matchesPerDocument: limit).groups.flatMap { $0.matches.map(\.hit) }
            .sorted { $0.rank < $1.rank }.prefix(limit).map { $0 }
    }

    /// Every passage that holds the query's words (unicode61, accents and case folded), within the
    /// documents and recommendations its facets let through, grouped by document.
    /// At most `documentLimit` documents are returned (the best), with how many more matched.
    public func search(_ query: SearchQuery, matchesPerDocument: Int = 3, documentLimit: Int = .max) throws(LibraryError) -> LibrarySearchResult {
        let library = try LibraryQuery(query)
        let entries = try listing()
        let documents = entries.filter { entry in
            Self.passes(library.documentFacets) { DocumentFacets.matches(Self.facts(of: entry), key: $0.key, value: $0.value) }
        }
        let titles = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.title) })
        let restrictToDocuments = documents.count < entries.count
        return try reading { db in
            let allowed = try RecommendationFacets(library.recommendationFacets, in: db)
            var filter = ""
            var arguments: StatementArguments = [library.match]
            if restrictToDocuments {
                filter = " AND document_id IN (SELECT value FROM json_each(?))"
                arguments += ["[" + documents.map { String($0.id) }.joined(separator: ",") + "]"]
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT rowid, document_id, item, zone, bm25(passage) AS rank FROM passage
                WHERE passage MATCH ?\(filter) ORDER BY rank
                """, arguments: arguments)
            var groups: [Int: (best: Double, count: Int, rows: [(rowid: Int64, item: String?, zone: String, rank: Double)])] = [:]
            var order: [Int] = []
            while let row = try rows.next() {
                let document: Int = row["document_id"]
                let item: String? = row["item"]
                let zone: String = row["zone"]
                guard allowed.admits(document: document, item: item, zone: zone) else { continue }
                let rank: Double = row["rank"]
                if groups[document] == nil { order.append(document); groups[document] = (rank, 0, []) }
                groups[document]!.count += 1
                if groups[document]!.rows.count < matchesPerDocument {
                    groups[document]!.rows.append((row["rowid"], item, zone, rank))
                }
            }
            let more = max(0, order.count - documentLimit)
            order = Array(order.prefix(documentLimit))
            let shown = order.flatMap { groups[$0]!.rows.map(\.rowid) }
            let snippets = try Self.snippets(of: shown, match: library.match, in: db)
            return LibrarySearchResult(groups: order.map { document in
                let group = groups[document]!
                return LibrarySearchResult.Group(document: document, title: titles[document] ?? "", count: group.count,
                                                 matches: group.rows.map { row in
                    let marked = snippets[row.rowid] ?? ""
                    let plain = String(marked.filter { $0 != LibrarySearchResult.markOpen && $0 != LibrarySearchResult.markClose })
                    let hit = LibraryHit(document: document, documentTitle: titles[document] ?? "",
                                         item: row.item.flatMap(ItemID.init(parsing:)), snippet: plain, rank: row.rank)
                    return LibrarySearchResult.Match(hit: hit, zone: row.zone, markedSnippet: marked)
                })
            }, moreDocuments: more)
        }
    }

    /// Values of one facet are alternatives, different facets must all hold, `-facet` excludes.
    public static func passes(_ facets: [SearchQuery.Facet], _ matches: (SearchQuery.Facet) -> Bool) -> Bool {
        var either: [String: Bool] = [:]
        for facet in facets {
            let hit = matches(facet)
            if facet.isExcluded { if hit { return false } } else { either[facet.key] = (either[facet.key] ?? false) || hit }
        }
        return either.values.allSatisfy { $0 }
    }

    /// The marked snippets of the passages shown, by rowid.
    private static func snippets(of rowids: [Int64], match: String, in db: Database) throws -> [Int64: String] {
        guard !rowids.isEmpty else { return [:] }
        let open = String(LibrarySearchResult.markOpen), close = String(LibrarySearchResult.markClose)
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, snippet(passage, 3, ?, ?, '…', 14) AS snippet FROM passage
            WHERE passage MATCH ? AND rowid IN (SELECT value FROM json_each(?))
            """, arguments: [open, close, match, "[" + rowids.map(String.init).joined(separator: ",") + "]"])
        return Dictionary(rows.map { ($0["rowid"], $0["snippet"]) }, uniquingKeysWith: { first, _ in first })
    }
}
