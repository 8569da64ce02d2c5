import GRDB
import Learning
import Search

/// Every recommendation's stored learning that the learning facets test (status, the three `has_`
/// flags, themes and agencies), with every run of its full-text rows, held in memory as flat arrays:
/// the library screen resolves `status:`, `has:`, `theme:` and `agency:` at each key typed by scanning
/// them in Swift, where a pass in SQL over 97,000 recommendations' rows took 25–260 ms. Read once while
/// the library is unchanged (`FacetResolutionCache`); gives the spans `RecommendationFacets.spans` gives.
struct RecommendationTable: Sendable {
    /// A recommendation's names (themes or agencies) as ids into `names`, each name stored once; once
    /// read, each name's recommendations, so that a facet sets the few it picks rather than testing
    /// every recommendation's names (most of a faceted key's resolution).
    struct NameLists: Sendable {
        /// Each distinct name, as stored.
        private(set) var names: [String] = []
        /// Whether a facet may pick the name: `RecommendationFacets` picks from the reviews' names
        /// (`document_learning`), so a name only a recommendation has is never picked there either.
        fileprivate var pickable: [Bool] = []
        /// While reading: recommendation i's ids are `ids[starts[i]..<starts[i + 1]]`.
        private var starts: [Int32] = [0]
        private var ids: [Int32] = []
        /// Once read: name n's recommendations are `holders[holderStarts[n]..<holderStarts[n + 1]]`.
        private var holderStarts: [Int32] = []
        private var holders: [Int32] = []
        /// How many recommendations were appended.
        private var count = 0
        private var idOf: [String: Int32] = [:]
        /// A column's text as read (many recommendations share it) to its ids: each text split once.
        private var listOf: [String: [Int32]] = [:]

        /// Appends the next recommendation's names, from the column's text (one name a line).
        mutating func append(_ text: String) {
            if let list = listOf[text] {
                ids += list
            } else {
                let list = text.split(separator: "\n").map { name in
                    let name = String(name)
                    if let id = idOf[name] { return id }
                    names.append(name)
                    idOf[name] = Int32(names.count - 1)
                    return Int32(names.count - 1)
                }
                listOf[text] = list
                ids += list
            }
            starts.append(Int32(ids.count))
            count += 1
        }

        /// Whether each recommendation has a name among `picked` (by id).
        func having(anyOf picked: [Bool]) -> [Bool] {
            var having = Array(repeating: false, count: count)
            for name in picked.indices where picked[name] {
                for slot in Int(holderStarts[name])..<Int(holderStarts[name + 1]) { having[Int(holders[slot])] = true }
            }
            return having
        }

        /// Whether each recommendation has a name among those its document's mask picks: `masks[maskOf(r)]`
        /// for recommendation r (-1: none), each mask by name id.
        func having(masks: [[Bool]], maskOf: (Int) -> Int32) -> [Bool] {
            var having = Array(repeating: false, count: count)
            for (index, mask) in masks.enumerated() {
                for name in mask.indices where mask[name] {
                    for slot in Int(holderStarts[name])..<Int(holderStarts[name + 1]) where maskOf(Int(holders[slot])) == index {
                        having[Int(holders[slot])] = true
                    }
                }
            }
            return having
        }

        /// While reading (before `finish`): recommendation `index`'s names, by id.
        func ids(at index: Int) -> ArraySlice<Int32> { ids[Int(starts[index])..<Int(starts[index + 1])] }

        func isPickable(_ id: Int32) -> Bool { pickable[Int(id)] }

        /// Done reading: each name's recommendations are listed and the texts' lookup is no longer
        /// needed; `known` marks the names a facet may pick.
        mutating func finish(known: Set<Substring>) {
            var counts = Array(repeating: Int32(0), count: names.count + 1)
            for id in ids { counts[Int(id) + 1] += 1 }
            for name in names.indices { counts[name + 1] += counts[name] }
            holderStarts = counts
            var next = counts
            holders = Array(repeating: 0, count: ids.count)
            for recommendation in 0..<count {
                for slot in Int(starts[recommendation])..<Int(starts[recommendation + 1]) {
                    let name = Int(ids[slot])
                    holders[Int(next[name])] = Int32(recommendation)
                    next[name] += 1
                }
            }
            starts = []
            ids = []
            listOf = [:]
            idOf = [:]
            pickable = names.map { known.contains(Substring($0)) }
        }
    }

    // One entry per recommendation, in the table's order (document, position).
    private var documents: [Int32] = []
    private var positions: [Int32] = []
    private var numbers: [Int32] = []
    /// 0: no status; else 1 + the status's index in `statusNames`.
    private var statuses: [UInt16] = []
    private var statusNames: [String] = []
    /// has_commitment, has_due, has_response as bits.
    private var flags: [UInt8] = []
    private var themes = NameLists()
    private var agencies = NameLists()
    /// Each document's agencies (ids into `agencies.names`, each once) and publisher: `agency:` picks
    /// among a review's own agencies as its publisher knows them (`StoredFacetPicker`).
    private var documentAgencies: [Int32: [Int32]] = [:]
    /// Each document's publisher, as an index into `publishers` (a library's reviews share a few).
    private var publisherOf: [Int32: Int] = [:]
    private var publishers: [String?] = []

    // Every run of `passage_span`, in its order (document, position, first row), with its
    // recommendation's index (-1: none, never let through by position).
    private var runFirsts: [Int64] = []
    private var runLasts: [Int64] = []
    private var runNumbers: [Int32] = []
    private var runOwners: [Int32] = []

    var count: Int { documents.count }

    /// Reads the table from the library: every row of `recommendation` and `passage_span`, in one pass each.
    init(in db: Database) throws {
        var statusIndex: [String: UInt16] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT document_id, position, number, status, themes, agencies, has_commitment, has_due, has_response
            FROM recommendation ORDER BY document_id, position
            """)
        while let row = try rows.next() {
            documents.append(row[0])
            positions.append(row[1])
            numbers.append(row[2])
            if let status: String = row[3] {
                if statusIndex[status] == nil {
                    statusNames.append(status)
                    statusIndex[status] = UInt16(statusNames.count)
                }
                statuses.append(statusIndex[status] ?? 0)
            } else {
                statuses.append(0)
            }
            themes.append(row[4])
            agencies.append(row[5])
            flags.append(((row[6] as Int64) != 0 ? 1 : 0) | ((row[7] as Int64) != 0 ? 2 : 0) | ((row[8] as Int64) != 0 ? 4 : 0))
        }
        var knownThemes = Set<Substring>(), knownAgencies = Set<Substring>()
        let reviews = try Row.fetchCursor(db, sql: "SELECT themes, agencies FROM document_learning")
        while let row = try reviews.next() {
            knownThemes.formUnion((row[0] as String).split(separator: "\n"))
            knownAgencies.formUnion((row[1] as String).split(separator: "\n"))
        }
        // Each document's agencies are read from the recommendations' lists, which `finish` lets go.
        for index in documents.indices {
            for id in agencies.ids(at: index) where !(documentAgencies[documents[index]]?.contains(id) ?? false) {
                documentAgencies[documents[index], default: []].append(id)
            }
        }
        themes.finish(known: knownThemes)
        agencies.finish(known: knownAgencies)
        let documentRows = try Row.fetchCursor(db, sql: "SELECT id, organisation FROM document")
        var publisherIndex: [String?: Int] = [:]
        while let row = try documentRows.next() {
            let publisher: String? = row[1]
            if publisherIndex[publisher] == nil {
                publisherIndex[publisher] = publishers.count
                publishers.append(publisher)
            }
            publisherOf[row[0]] = publisherIndex[publisher]
        }

        // The runs in the same order as the recommendations: each one's owner found by walking both.
        var owner = 0
        let runs = try Row.fetchCursor(db, sql: "SELECT document_id, position, first_rowid, last_rowid, number FROM passage_span ORDER BY document_id, position, first_rowid")
        while let row = try runs.next() {
            let document: Int32 = row[0], position: Int32 = row[1]
            while owner < documents.count && (documents[owner], positions[owner]) < (document, position) { owner += 1 }
            let found = owner < documents.count && documents[owner] == document && positions[owner] == position
            runFirsts.append(row[2])
            runLasts.append(row[3])
            runNumbers.append(row[4])
            runOwners.append(found ? Int32(owner) : -1)
        }
    }

    /// A review's publisher and candidate agencies, which decide what `agency:` picks in it.
    private struct Chosen: Hashable {
        var publisher: Int
        var names: [Int32]
    }

    /// One facet's test of a recommendation, worked out once per query.
    private enum Test {
        case never
        /// By status code (index 0: no status).
        case status([Bool])
        case flags(UInt8)
        case themes([Bool])
        /// By document id, the index of the mask of agencies picked in it (-1: none), and the masks.
        case agencies([Int32], [[Bool]])
    }

    private func test(_ facet: SearchQuery.Facet) -> Test {
        guard let picker = StoredFacetPicker(key: facet.key, value: facet.value) else { return .never }
        switch picker.key {
        case "theme":
            let chosen = picker.picks(among: themes.names, publisher: nil)
            let picked = themes.names.indices.map { themes.pickable[$0] && chosen.contains(themes.names[$0]) }
            return picked.contains(true) ? .themes(picked) : .never
        case "agency":
            // Only the names the facet may pick in some review (of 1,500, a few) are looked at in each.
            let candidates = picker.mayPick(among: agencies.names, publishers: Set(publishers))
            let isCandidate = agencies.names.indices.map { agencies.isPickable(Int32($0)) && candidates.contains(agencies.names[$0]) }
            // Each distinct choice once, as a mask over the names; each document's choice by index (-1: none).
            var masks: [[Bool]] = []
            var maskOf = [Int32](repeating: -1, count: Int(documents.last ?? 0) + 1)
            var chosenBy: [Chosen: Int32] = [:]
            for (document, ids) in documentAgencies {
                let own = ids.filter { isCandidate[Int($0)] }
                guard !own.isEmpty else { continue }
                // Reviews with the same publisher and candidates pick alike: worked out once for them all.
                let publisher = publisherOf[document] ?? -1
                let key = Chosen(publisher: publisher, names: own)
                if chosenBy[key] == nil {
                    let chosen = picker.picks(among: own.map { agencies.names[Int($0)] }, publisher: publisher >= 0 ? publishers[publisher] : nil)
                    var mask = [Bool](repeating: false, count: agencies.names.count)
                    for id in own where chosen.contains(agencies.names[Int(id)]) { mask[Int(id)] = true }
                    chosenBy[key] = chosen.isEmpty ? -1 : Int32(masks.count)
                    if !chosen.isEmpty { masks.append(mask) }
                }
                maskOf[Int(document)] = chosenBy[key] ?? -1
            }
            return masks.isEmpty ? .never : .agencies(maskOf, masks)
        case "status":
            let chosen = picker.picks(among: statusNames, publisher: nil)
            return .status([false] + statusNames.map(chosen.contains))
        default:
            let flags = StoredFacetPicker.flags(matching: facet.value)
            var mask: UInt8 = 0
            for (bit, name) in RecommendationFacets.flagNames.enumerated() where flags.contains(name) { mask |= 1 << bit }
            return mask == 0 ? .never : .flags(mask)
        }
    }

    /// Whether each recommendation passes `test`: one loop per facet over a flat array (a test per
    /// recommendation and facet through the enum was most of a faceted key's resolution).
    private func passing(_ test: Test) -> [Bool] {
        switch test {
        case .never: Array(repeating: false, count: count)
        case .status(let wanted): statuses.map { wanted[Int($0)] }
        case .flags(let mask): flags.map { $0 & mask != 0 }
        case .themes(let picked): themes.having(anyOf: picked)
        case let .agencies(maskOf, masks): agencies.having(masks: masks) { maskOf[Int(documents[$0])] }
        }
    }

    /// Whether the learning facets let each recommendation through, by the rule of
    /// `LibraryStore.passes`: values of one facet are alternatives, facets must all hold, `-facet` excludes.
    /// `within`: the documents the document facets let through (nil: every document).
    private func verdicts(_ facets: [SearchQuery.Facet], within: [Int]?) -> [Bool] {
        var alternatives: [(key: String, passing: [Bool])] = []
        var verdicts: [Bool]
        if let within {
            let kept = Set(within.map(Int32.init))
            verdicts = documents.map(kept.contains)
        } else {
            verdicts = Array(repeating: true, count: count)
        }
        for facet in facets where RecommendationFacets.learningKeys.contains(facet.key) {
            let passing = passing(test(facet))
            if facet.isExcluded {
                for index in verdicts.indices where passing[index] { verdicts[index] = false }
            } else if let found = alternatives.firstIndex(where: { $0.key == facet.key }) {
                for index in verdicts.indices where passing[index] { alternatives[found].passing[index] = true }
            } else {
                alternatives.append((facet.key, passing))
            }
        }
        for alternative in alternatives {
            for index in verdicts.indices where !alternative.passing[index] { verdicts[index] = false }
        }
        return verdicts
    }

    /// The full-text rows of the recommendations the learning facets let through, as
    /// `RecommendationFacets.spans` finds them in SQL (by position, or with `byNumber` by number).
    func spans(_ facets: [SearchQuery.Facet], within: [Int]?, byNumber: Bool = false) -> PassageSpans {
        let passes = verdicts(facets, within: within)
        var ranges: [(first: Int64, last: Int64)] = []
        if byNumber {
            var passing = Set<Int64>()
            for index in passes.indices where passes[index] { passing.insert(Int64(documents[index]) * 1_000_000 + Int64(numbers[index])) }
            for run in runFirsts.indices
            where passing.contains(Int64(PassageID.document(of: runFirsts[run])) * 1_000_000 + Int64(runNumbers[run])) {
                ranges.append((runFirsts[run], runLasts[run]))
            }
        } else {
            ranges.reserveCapacity(runFirsts.count)
            for run in runFirsts.indices where runOwners[run] >= 0 && passes[Int(runOwners[run])] {
                ranges.append((runFirsts[run], runLasts[run]))
            }
        }
        return PassageSpans(ranges)
    }
}
