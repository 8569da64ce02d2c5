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
        // The browser searches as the user types: the word being typed matches as a prefix.
        let parsed: SearchQuery
        do { parsed = try SearchQuery(typing: query) } catch { throw LibraryError(.failed, "bad query: \(error.message)") }
        return try search(parsed, matchesPerDocument: limit).groups.flatMap { $0.matches.map(\.hit) }
            .sorted { $0.rank < $1.rank }.prefix(limit).map { $0 }
    }

    /// The library screen's search, at every key the user types, within a frame's time at 2,000 reviews.
    /// The matches are counted per review from the index alone (a row's id carries its review), up to
    /// `countingBound` of them, in one pass; the reviews with the most matches come first, each with its
    /// first `hitsPerReview` matches in reading order and their snippets. Nothing is ranked by bm25 here:
    /// bm25 scores every match of the query (or, within one review, reads the whole library's counts of
    /// each word), which a common word makes slower than a frame. The word being typed is a prefix from
    /// its second character (a one-letter prefix reads the index of every word with that letter).
    /// Learning facets (`theme:`, `agency:`, `status:`, `has:`) are the same pass, each match tested from
    /// its rowid against the rows of the recommendations they let through; those are found once for the
    /// facets as typed and kept while only the words change, from every recommendation's learning read
    /// into memory at the first faceted key (`RecommendationTable`) and kept while the library is unchanged;
    /// the matches read for the words are kept too (`MatchedRows`), so a key that changes only the facets
    /// reads the index no further than they were read. Other recommendation facets (`id:`, `in:`,
    /// `stated:`) read every match, as `casebook search` does.
    public func searchPage(_ query: String, reviews: Int, hitsPerReview: Int) throws -> LibrarySearchPage {
        try searchPage(query, reviews: reviews, hitsPerReview: hitsPerReview, countingBound: Self.countingBound)
    }

    func searchPage(_ query: String, reviews: Int, hitsPerReview: Int, countingBound: Int) throws -> LibrarySearchPage {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(typing: query) } catch { throw LibraryError(.failed, "bad query: \(error.message)") }
        let library = try LibraryQuery(parsed, shortestPrefix: 2)
        guard library.recommendationFacets.allSatisfy({ RecommendationFacets.learningKeys.contains($0.key) }) else {
            let result = try search(parsed, matchesPerDocument: hitsPerReview, documentLimit: reviews)
            let counts = Dictionary(uniqueKeysWithValues: result.groups.map { ($0.document, $0.count) })
            return LibrarySearchPage(hits: result.groups.flatMap { $0.matches.map(\.hit) },
                                     counts: LibrarySearchCounts(matchesByReview: counts, isComplete: result.moreDocuments == 0))
        }
        return try reading { db in
            let resolution = try resolution(of: library, in: db)
            if resolution.spans?.isEmpty == true { return LibrarySearchPage(hits: [], counts: LibrarySearchCounts(matchesByReview: [:])) }
            // With spans, the documents are theirs: each match is tested against them, not the list.
            let (filter, arguments) = Self.documentFilter(resolution.spans == nil ? resolution.documents : nil, match: library.match)
            // One pass over the index's list of matching rows, in row order: every review's count, and its
            // first matches (each later query for the same words would read that list again). A facet
            // that lets few rows through is read up to twice the bound, so a common word stays quick.
            var tally = ReviewTally(firstPerReview: hitsPerReview)
            var counted = 0, read = 0, isComplete = true
            let (kept, key) = facetCache.matchedRows(of: filter + "\u{1F}" + arguments.description, dataVersion: try Self.dataVersion(db))
            var rowids = MatchedRows.Reader(kept, sql: "SELECT rowid FROM passage WHERE passage MATCH ?\(filter)", arguments: arguments, in: db)
            defer { facetCache.keep(rowids.rows, as: key, readTheIndex: rowids.readTheIndex) }
            var admitted = resolution.spans.map(PassageSpans.AscendingTest.init)
            while let rowid = try rowids.next() {
                read += 1
                guard admitted?.contains(rowid) ?? true else {
                    if read > 2 * countingBound { isComplete = false; break }
                    continue
                }
                tally.add(rowid)
                counted += 1
                if counted > countingBound { isComplete = false; break }
            }
            tally.flush()
            let (counts, firstOf) = (tally.counts, tally.firstOf)
            let shown = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(reviews).map(\.key)
            let first = shown.flatMap { document in (firstOf[document] ?? []).map { (document: document, rowid: $0) } }
            let passages = Dictionary(try Row.fetchAll(db, sql: "SELECT rowid, item, text FROM passage WHERE rowid IN (SELECT value FROM json_each(?))",
                                                       arguments: [Self.jsonArray(first.map(\.rowid))])
                .map { ($0["rowid"] as Int64, (item: $0["item"] as String?, text: $0["text"] as String)) }, uniquingKeysWith: { first, _ in first })
            let titles = try Self.titles(of: shown, in: db)
            let hits = first.map { found in
                let passage = passages[found.rowid]
                return LibraryHit(document: found.document, documentTitle: titles[found.document] ?? "",
                                  storedItem: passage?.item,
                                  snippet: PassageSnippet.around(library.words, in: passage?.text ?? ""), rank: 0)
            }
            return LibrarySearchPage(hits: hits, counts: LibrarySearchCounts(matchesByReview: counts, isComplete: isComplete))
        }
    }

    /// Forgets the matches the screen's search kept for the words typed (`MatchedRows`): the bench types
    /// each query twice, the first to bring the file's pages in, and measures the second as a first.
    public func forgetKeptMatches() { facetCache.forgetMatches() }

    /// How many matches the library screen's search counts at most (about 5 ms of the index on this
    /// machine): past it, the counts are "at least" and the reviews shown are those counted.
    public static let countingBound = 25_000

    /// Every recommendation's learning read into the store's cache (about 150 ms at 2,000 reviews), so
    /// that the first key of the screen's search with a learning facet does not wait for it. Unread on
    /// failure: the search reads it then, as before.
    public func prepareSearch() {
        _ = try? reading { db in try recommendationTable(in: db, dataVersion: Self.dataVersion(db)) }
    }

    /// SQLite's count of other connections' commits: what the store's caches are kept against.
    private static func dataVersion(_ db: Database) throws -> Int { try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }

    /// Every recommendation's learning, from the store's cache while the library is unchanged.
    private func recommendationTable(in db: Database, dataVersion: Int) throws -> RecommendationTable {
        try facetCache.table(dataVersion: dataVersion) { try RecommendationTable(in: db) }
    }

    /// What the query's facets let through, from the store's cache while their text is the same and the
    /// library unchanged (the screen's search asks at every key; the learning facets are resolved from the
    /// recommendations' table in memory, read once while the library is unchanged).
    private func resolution(of library: LibraryQuery, in db: Database) throws -> FacetResolution {
        let facets = library.documentFacets + library.recommendationFacets
        guard !facets.isEmpty else { return FacetResolution() }
        let dataVersion = try Self.dataVersion(db)
        return try facetCache.resolution(of: FacetResolutionCache.text(of: facets), dataVersion: dataVersion) {
            let documents = try Self.documents(library, in: db)
            guard !library.recommendationFacets.isEmpty else { return FacetResolution(documents: documents) }
            let table = try recommendationTable(in: db, dataVersion: dataVersion)
            return FacetResolution(documents: documents, spans: table.spans(library.recommendationFacets, within: documents))
        }
    }

    /// The documents the query's document facets (`doc:`, `org:`, `year:`) let through; nil when it has none.
    private func documents(_ library: LibraryQuery) throws(LibraryError) -> [Int]? {
        guard !library.documentFacets.isEmpty else { return nil }
        return try reading { db in try Self.documents(library, in: db) }
    }

    /// Only the columns the facets ask (from the `document_listing` index): the whole entry split every
    /// review's themes and agencies, a third of `year:2018..2022`'s own time at 2,000 reviews.
    private static func documents(_ library: LibraryQuery, in db: Database) throws -> [Int]? {
        guard !library.documentFacets.isEmpty else { return nil }
        return try Row.fetchAll(db, sql: "SELECT id, title, organisation, year FROM document ORDER BY id").compactMap { row in
            let id: Int = row[0]
            let facts = DocumentFacts(id: id, title: row[1], organisation: row[2], year: row[3])
            return Self.passes(library.documentFacets) { DocumentFacets.matches(facts, key: $0.key, value: $0.value) } ? id : nil
        }
    }

    /// The SQL that keeps only the rows of `documents` (all when nil), with its arguments after the MATCH
    /// expression's; `rowid` names the full-text table's rowid.
    private static func documentFilter(_ documents: [Int]?, match: String, rowid: String = "rowid") -> (sql: String, arguments: StatementArguments) {
        guard let documents else { return ("", [match]) }
        return (" AND (\(rowid) >> \(PassageID.indexBits)) IN (SELECT value FROM json_each(?))", [match, jsonArray(documents)])
    }

    private static func titles(of documents: [Int], in db: Database) throws -> [Int: String] {
        Dictionary(try Row.fetchAll(db, sql: "SELECT id, title FROM document WHERE id IN (SELECT value FROM json_each(?))",
                                    arguments: [jsonArray(documents)]).map { ($0["id"] as Int, $0["title"] as String) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// A marked snippet without its marks.
    private static func plain(_ snippet: String) -> String {
        String(snippet.filter { $0 != LibrarySearchResult.markOpen && $0 != LibrarySearchResult.markClose })
    }

    /// Every passage that holds the query's words (unicode61, accents and case folded), within the
    /// documents and recommendations its facets let through, grouped by document. At most
    /// `documentLimit` documents are returned (the best), with how many more matched.
    public func search(_ query: SearchQuery, matchesPerDocument: Int = 3, documentLimit: Int = .max) throws(LibraryError) -> LibrarySearchResult {
        let library = try LibraryQuery(query)
        let documents = try documents(library)
        return try reading { db in
            let (filter, arguments) = Self.documentFilter(documents, match: library.match)
            let candidates = library.recommendationFacets.isEmpty
                ? try Self.rankedByIndex(library.match, filter: filter, arguments: arguments,
                                         perDocument: matchesPerDocument, documentLimit: documentLimit, in: db)
                : try Self.rankedByFacets(library, documents: documents, perDocument: matchesPerDocument, in: db)
            let more = max(0, candidates.order.count - documentLimit)
            let order = Array(candidates.order.prefix(documentLimit))
            let shown = order.flatMap { candidates.best[$0] ?? [] }
            let details = try Self.details(of: shown.map(\.rowid), match: library.match, in: db)
            let titles = try Self.titles(of: order, in: db)
            return LibrarySearchResult(groups: order.map { document in
                let title = titles[document] ?? ""
                return LibrarySearchResult.Group(document: document, title: title, count: candidates.counts[document] ?? 0,
                                                 matches: (candidates.best[document] ?? []).map { row in
                    let detail = details[row.rowid] ?? (nil, "", "")
                    let hit = LibraryHit(document: document, documentTitle: title, storedItem: detail.item,
                                         snippet: Self.plain(detail.snippet), rank: row.rank)
                    return LibrarySearchResult.Match(hit: hit, zone: detail.zone, markedSnippet: detail.snippet)
                })
            }, moreDocuments: more)
        }
    }

    /// Documents in order of their best match, each one's best rows, and its count of matches.
    private struct Candidates {
        var order: [Int] = []
        var best: [Int: [(rowid: Int64, rank: Double)]] = [:]
        var counts: [Int: Int] = [:]

        mutating func add(document: Int, rowid: Int64, rank: Double, perDocument: Int) {
            if best[document] == nil { order.append(document); best[document] = [] }
            if best[document]!.count < perDocument { best[document]!.append((rowid, rank)) }
        }
    }

    /// Without recommendation facets everything comes from the index: the counts per document from the
    /// rowids, and only as many of the best matches as it takes to fill `documentLimit` documents.
    private static func rankedByIndex(_ match: String, filter: String, arguments: StatementArguments, perDocument: Int,
                                      documentLimit: Int, in db: Database) throws -> Candidates {
        var candidates = Candidates()
        let counts = try Row.fetchAll(db, sql: """
            SELECT \(PassageID.documentSQL) AS document, count(*) AS matches FROM passage
            WHERE passage MATCH ?\(filter) GROUP BY 1
            """, arguments: arguments)
        for row in counts { candidates.counts[row["document"]] = row["matches"] }
        let total = candidates.counts.values.reduce(0, +)
        let wanted = min(documentLimit, candidates.counts.count)
        // Enough of the best matches for `wanted` documents at the average matches per document, twice
        // over; when that is not enough, all of them (each pass costs a ranking of every match).
        let average = total / max(1, candidates.counts.count)
        // (Capped at the total first, so that "every match" asked for as `.max` cannot overflow.)
        var limit = min(total, max(256, wanted * min(total, max(perDocument, average)) * 2))
        while true {
            candidates.order = []
            candidates.best = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT rowid, \(rankSQL(filter)) AS rank FROM passage WHERE passage MATCH ?\(filter) ORDER BY rank LIMIT ?
                """, arguments: arguments + [limit])
            while let row = try rows.next() {
                let rowid: Int64 = row["rowid"]
                candidates.add(document: PassageID.document(of: rowid), rowid: rowid, rank: row["rank"], perDocument: perDocument)
            }
            // The first `wanted` documents are ranked right once that many have appeared.
            if candidates.order.count >= wanted || limit >= total { break }
            limit = total
        }
        // Documents past the best matches read were counted; they are "more".
        for document in candidates.counts.keys where candidates.best[document] == nil {
            candidates.order.append(document)
        }
        return candidates
    }

    /// With recommendation facets, the recommendations they let through are found first, once each, from
    /// the stored learning; then only their documents' matches are read, each one's item from the
    /// full-text table's content (its shadow table `passage_content`, column c1: read there, the
    /// passage's text is not, where a column read through `passage` loads the whole row), and bm25 is
    /// scored only for the matches of those recommendations. Scoring every match and reading every row,
    /// then letting a few through in Swift, took seconds at 2,000 reviews.
    private static func rankedByFacets(_ library: LibraryQuery, documents: [Int]?, perDocument: Int,
                                       in db: Database) throws -> Candidates {
        if library.recommendationFacets.allSatisfy({ RecommendationFacets.learningKeys.contains($0.key) }) {
            return try rankedBySpans(library, documents: documents, perDocument: perDocument, in: db)
        }
        let allowed = try RecommendationFacets(library.recommendationFacets, within: documents, in: db)
        var (filter, arguments) = documentFilter(allowed.documents ?? documents, match: library.match, rowid: "passage.rowid")
        if let passing = allowed.passing {
            // An item is stored as written ("3", "3b", "PR3b"): its digits are its number.
            let key = RecommendationFacets.keySQL(document: "(passage.rowid >> \(PassageID.indexBits))",
                                                  number: PassageItem.numberSQL("content.c1"))
            filter += " AND \(key) IN (SELECT value FROM json_each(?))"
            arguments += [jsonArray(passing)]
        }
        var candidates = Candidates()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT passage.rowid, content.c1, content.c2, bm25(passage) AS rank
            FROM passage CROSS JOIN passage_content AS content ON content.id = passage.rowid
            WHERE passage MATCH ?\(filter) AND content.c1 IS NOT NULL ORDER BY rank
            """, arguments: arguments)
        while let row = try rows.next() {
            if allowed.hasPassageFacets && !allowed.admits(item: row[1], zone: row[2]) { continue }
            let rowid: Int64 = row[0]
            let document = PassageID.document(of: rowid)
            candidates.counts[document, default: 0] += 1
            candidates.add(document: document, rowid: rowid, rank: row[3], perDocument: perDocument)
        }
        return candidates
    }

    /// With learning facets only, each match is let through by its rowid, from the rows of the
    /// recommendations they let through (`passage_span`, by number: the same matches as before): no
    /// match's item is looked up (a lookup per match in the content table was most of a broad facet's
    /// time), and bm25 is scored for the matches of the documents those recommendations are in.
    private static func rankedBySpans(_ library: LibraryQuery, documents: [Int]?, perDocument: Int,
                                      in db: Database) throws -> Candidates {
        let spans = try RecommendationFacets.spans(library.recommendationFacets, within: documents, byNumber: true, in: db)
        // The rows let through are tested in the WHERE clause, so bm25 scores only theirs (bm25 asked for
        // as a column is computed for the rows the clause keeps): 37,000 of 52,000 for a broad facet.
        let admitted = DatabaseFunction("casebook_admitted", argumentCount: 1, pure: true) { values in
            Int64.fromDatabaseValue(values[0]).map(spans.contains) ?? false
        }
        db.add(function: admitted)
        defer { db.remove(function: admitted) }
        var candidates = Candidates()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT rowid, bm25(passage) AS rank FROM passage WHERE passage MATCH ? AND casebook_admitted(rowid) ORDER BY rank
            """, arguments: [library.match])
        while let row = try rows.next() {
            let rowid: Int64 = row[0]
            let document = PassageID.document(of: rowid)
            candidates.counts[document, default: 0] += 1
            candidates.add(document: document, rowid: rowid, rank: row[1], perDocument: perDocument)
        }
        return candidates
    }

    /// The rank of a match. FTS5's own `rank` order scores every match of the words before a document
    /// filter is applied (`superv* org:northmoor` scored the prefix's matches in every review); bm25
    /// asked for as a column is computed only for the rows the filter lets through. The same score.
    private static func rankSQL(_ filter: String) -> String {
        filter.isEmpty ? "rank" : "bm25(passage)"
    }

    static func jsonArray(_ numbers: [some BinaryInteger]) -> String {
        "[" + numbers.map { String($0) }.joined(separator: ",") + "]"
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

    /// The item, zone and marked snippet of each passage shown, by rowid. `+rowid` keeps SQLite from
    /// looking up each rowid in the index: every lookup evaluates the whole MATCH again (a prefix such as
    /// `superv*` expanded each time, 90 times 1.5 ms), where one pass over the matches takes a few ms.
    private static func details(of rowids: [Int64], match: String, in db: Database) throws
        -> [Int64: (item: String?, zone: String, snippet: String)] {
        guard !rowids.isEmpty else { return [:] }
        let open = String(LibrarySearchResult.markOpen), close = String(LibrarySearchResult.markClose)
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, item, zone, \(LinearSnippetFunction.name)(passage, 3, ?, ?, '…', 14) AS snippet FROM passage
            WHERE passage MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
            """, arguments: [open, close, match, jsonArray(rowids)])
        return Dictionary(rows.map { ($0["rowid"], (item: $0["item"], zone: $0["zone"], snippet: $0["snippet"])) },
                          uniquingKeysWith: { first, _ in first })
    }
}
