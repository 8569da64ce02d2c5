import GRDB

/// The full-text rows of some recommendations, as sorted, disjoint ranges of rowids: what the learning
/// facets let through, tested for each match of the index from its rowid alone (no row is read).
/// The library keeps each recommendation's rows as ranges in `passage_span` (migration v5): a
/// recommendation's passages are contiguous in reading order, so it is one range, rarely a few.
struct PassageSpans: Sendable, Equatable {
    /// Each range's first and last rowid (inclusive), in rowid order, none overlapping or touching.
    private var firsts: [Int64] = []
    private var lasts: [Int64] = []

    /// The ranges in any order; overlapping or touching ones are joined.
    init(_ ranges: [(first: Int64, last: Int64)]) {
        // Most often given in order already (a library's runs are stored in reading order): not sorted again.
        let isSorted = ranges.indices.dropFirst().allSatisfy { ranges[$0 - 1].first <= ranges[$0].first }
        firsts.reserveCapacity(ranges.count)
        lasts.reserveCapacity(ranges.count)
        for range in isSorted ? ranges : ranges.sorted(by: { $0.first < $1.first }) {
            if let last = lasts.last, range.first <= last + 1 {
                lasts[lasts.count - 1] = max(last, range.last)
            } else {
                firsts.append(range.first)
                lasts.append(range.last)
            }
        }
    }

    var isEmpty: Bool { firsts.isEmpty }

    /// Whether `rowid` is in a range (a binary search).
    func contains(_ rowid: Int64) -> Bool {
        var low = 0, high = firsts.count
        while low < high {
            let middle = (low + high) / 2
            if firsts[middle] <= rowid { low = middle + 1 } else { high = middle }
        }
        return low > 0 && rowid <= lasts[low - 1]
    }

    /// Tests rowids as the index gives them, in ascending order, by walking along the ranges (a binary
    /// search for each of 35,000 matches was a fifth of a faceted key's time); a rowid below the one
    /// before is found by a binary search.
    struct AscendingTest {
        let spans: PassageSpans
        private var range = 0
        private var previous = Int64.min

        init(_ spans: PassageSpans) { self.spans = spans }

        mutating func contains(_ rowid: Int64) -> Bool {
            guard rowid >= previous else { return spans.contains(rowid) }
            previous = rowid
            let lasts = spans.lasts
            while range < lasts.count && lasts[range] < rowid { range += 1 }
            return range < lasts.count && spans.firsts[range] <= rowid
        }
    }

    /// One row of `passage_span`: a run of consecutive full-text rows of one recommendation.
    struct Run {
        var number: Int
        var position: Int
        var first: Int64
        var last: Int64
    }

    /// A document's passages as the rows of `passage_span`; `numbers`: its recommendations' numbers, by position.
    static func runs(of passages: [PreparedDocument.Passage], numbers: [Int], document: Int) -> [Run] {
        var runs: [Run] = []
        for (index, passage) in passages.enumerated() {
            guard let position = passage.position, numbers.indices.contains(position) else { continue }
            let rowid = PassageID.rowid(document: document, index: index)
            if let last = runs.last, last.position == position, last.last == rowid - 1 {
                runs[runs.count - 1].last = rowid
            } else {
                runs.append(Run(number: numbers[position], position: position, first: rowid, last: rowid))
            }
        }
        return runs
    }

    /// In the order of the recommendations' rows (document, position), read in one pass: a seek per
    /// recommendation let through cost more than reading them all. The number is for `casebook search`,
    /// which lets a number's rows through (see `RecommendationFacets.spans`).
    static let createTable = """
        CREATE TABLE IF NOT EXISTS passage_span (
            document_id INTEGER NOT NULL,
            position INTEGER NOT NULL,
            first_rowid INTEGER NOT NULL,
            last_rowid INTEGER NOT NULL,
            number INTEGER NOT NULL,
            PRIMARY KEY (document_id, position, first_rowid)
        ) WITHOUT ROWID
        """

    static func write(_ runs: [Run], document: Int, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO passage_span (document_id, number, position, first_rowid, last_rowid) VALUES (?, ?, ?, ?, ?)
            """)
        for run in runs { try statement.execute(arguments: [document, run.number, run.position, run.first, run.last]) }
    }

    /// For a library imported before v5: each recommendation's passages found by its number, as the
    /// item the index stores. Two recommendations numbered alike ("E2", "PR2") both get the passages of
    /// that number, so a facet that lets one through lets both's passages through (as `casebook search`
    /// does); a document added from v5 on is told apart by position. Reads each passage's item from the
    /// index's content table once (not its text).
    static func fillByNumber(in db: Database) throws {
        var positions: [Int: [Int: [Int]]] = [:]
        let recommendations = try Row.fetchCursor(db, sql: "SELECT document_id, number, position FROM recommendation ORDER BY document_id, position")
        while let row = try recommendations.next() {
            positions[row[0], default: [:]][row[1], default: []].append(row[2])
        }
        var document = -1
        var runs: [Run] = []
        var latestRun: [Int: Int] = [:]  // a position's last run in `runs`
        func flush() throws {
            try write(runs, document: document, in: db)
            runs = []
            latestRun = [:]
        }
        let passages = try Row.fetchCursor(db, sql: "SELECT id, \(PassageItem.numberSQL("c1")) FROM passage_content WHERE c1 IS NOT NULL ORDER BY id")
        while let row = try passages.next() {
            let rowid: Int64 = row[0]
            if PassageID.document(of: rowid) != document {
                try flush()
                document = PassageID.document(of: rowid)
            }
            let number: Int = row[1]
            for position in positions[document]?[number] ?? [] {
                if let index = latestRun[position], runs[index].last == rowid - 1 {
                    runs[index].last = rowid
                } else {
                    latestRun[position] = runs.count
                    runs.append(Run(number: number, position: position, first: rowid, last: rowid))
                }
            }
        }
        try flush()
    }
}
