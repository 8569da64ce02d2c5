import Content
import Foundation
import GRDB
@testable import Library
import Search
import Testing

/// `casebook search` with learning facets across a library of fixture reviews: every faceted query
/// must return exactly the matches of its words whose recommendation the facets let through, in the
/// same order and with the same ranks as the words alone. The expected matches are worked out here from
/// the stored learning row by row, independently of how the search resolves the facets.
@Suite struct LibraryFacetSearchTests {
    static let fixtures = ["anytown-child-k.txt", "kingsford-child-u-action-plan-aligned.txt", "oakridge-child-r-local-authority.txt",
                           "harbourside-adolescent-exploitation-e-numbered.txt", "millbrook-child-t-tracker-tabs.txt",
                           "riverside-child-p-warnings.txt", "fairhaven-child-w-board-response.txt", "northbridge-child-m-paged.txt"]

    /// One recommendation's stored learning, with its review's year and organisation.
    struct Recommendation {
        var document: Int
        var number: Int
        var status: String?
        var themes: [String]
        var agencies: [String]
        var hasResponse: Bool
        var hasCommitment: Bool
        var year: Int?
        var organisation: String
    }

    /// A match as the tests compare them.
    struct Found: Hashable, Comparable {
        var document: Int
        var item: String
        var zone: String
        var rank: Double
        static func < (a: Found, b: Found) -> Bool { (a.document, a.item, a.zone, a.rank) < (b.document, b.item, b.zone, b.rank) }
    }

    let scratch: ScratchLibrary
    let store: LibraryStore
    let recommendations: [Recommendation]

    init() throws {
        let scratch = try ScratchLibrary()
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add(try Self.fixtures.map { try scratch.copy(fixture: $0) })
        let entries = Dictionary(uniqueKeysWithValues: try store.listing().map { ($0.id, $0) })
        (self.scratch, self.store) = (scratch, store)
        recommendations = try store.reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM recommendation").map { row in
                let entry = entries[row["document_id"]]
                return Recommendation(document: row["document_id"], number: row["number"], status: row["status"],
                                      themes: (row["themes"] as String).split(separator: "\n").map(String.init),
                                      agencies: (row["agencies"] as String).split(separator: "\n").map(String.init),
                                      hasResponse: row["has_response"], hasCommitment: row["has_commitment"],
                                      year: entry?.year, organisation: entry?.organisation ?? "")
            }
        }
    }

    /// Every match of the query, document by document in the order shown, each one's matches in order.
    /// (Asks for `.max` matches a document: that once overflowed where the words alone were searched.)
    func found(_ query: String) throws -> [[Found]] {
        try store.search(SearchQuery(parsing: query), matchesPerDocument: .max).groups.map { group in
            #expect(group.count == group.matches.count, "the count is of the matches let through")
            return group.matches.map { Found(document: group.document, item: $0.hit.item?.description ?? "", zone: $0.zone, rank: $0.hit.rank) }
        }
    }

    /// The matches of `words` alone whose recommendation `keep` lets through, grouped as the search groups.
    func expected(_ words: String, keep: (Recommendation) -> Bool) throws -> [[Found]] {
        let kept = Set(recommendations.filter(keep).map { [$0.document, $0.number] })
        let groups = try found(words).map { group in
            group.filter { match in ItemID(parsing: match.item).map { kept.contains([match.document, $0.number]) } ?? false }
        }.filter { !$0.isEmpty }
        return groups.sorted { $0[0].rank < $1[0].rank }
    }

    /// Checks the faceted query against the words alone filtered here, and returns the recommendations found.
    @discardableResult
    func check(_ words: String, _ facets: String, keep: (Recommendation) -> Bool,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> Set<[Int]> {
        let got = try found(words + " " + facets)
        let want = try expected(words, keep: keep)
        // The same matches in each review, the reviews in the same order, the ranks of the words alone.
        #expect(got.map { $0.sorted() } == want.map { $0.sorted() }, "\(words) \(facets)", sourceLocation: sourceLocation)
        for group in got {
            #expect(group.map(\.rank) == group.map(\.rank).sorted(), "each review's matches best first", sourceLocation: sourceLocation)
        }
        return Set(got.joined().map { [$0.document, ItemID(parsing: $0.item)?.number ?? 0] })
    }

    /// Numbers a review uses for more than one recommendation (numbering restarted): a passage names
    /// only its number, so it is let through when any recommendation of that number passes.
    var renumbered: Set<[Int]> {
        var seen: [[Int]: Int] = [:]
        for rec in recommendations { seen[[rec.document, rec.number], default: 0] += 1 }
        return Set(seen.filter { $0.value > 1 }.keys)
    }

    static func named(_ names: [String], _ word: String) -> Bool {
        names.contains { $0.lowercased().split { !$0.isLetter }.contains { $0.hasPrefix(word) } }
    }

    @Test func statusFacetsKeepTheRecommendationsWithThatStatusAndNegationsTheOthers() throws {
        defer { scratch.remove() }
        let statuses = Set(recommendations.compactMap(\.status))
        #expect(statuses.count >= 2, "the fixtures give several statuses: \(statuses)")
        let planned = try check("the", "status:planned") { $0.status == "planned" }
        let notCompleted = try check("the", "-status:completed") { $0.status != "completed" }
        let completed = try check("the", "status:done") { $0.status == "completed" }
        #expect(!completed.isEmpty && !notCompleted.isEmpty)
        #expect(completed.intersection(notCompleted).isSubset(of: renumbered))
        #expect(planned.isSubset(of: notCompleted))
        // Two values of one facet are alternatives.
        try check("the", "status:planned status:completed") { $0.status == "planned" || $0.status == "completed" }
        try check("the", "status:in-progress -status:planned") { $0.status == "in progress" }
    }

    @Test func agencyAndThemeFacetsMatchByTheWordsOfTheirNames() throws {
        defer { scratch.remove() }
        let police = try check("the", "agency:police") { Self.named($0.agencies, "police") }
        #expect(!police.isEmpty)
        let notPolice = try check("the", "-agency:police") { !Self.named($0.agencies, "police") }
        #expect(!notPolice.isEmpty && police.intersection(notPolice).isSubset(of: renumbered))
        let missing = try check("the", "theme:\"missing children\"") { rec in
            rec.themes.contains { Self.named([$0], "missing") && Self.named([$0], "children") }
        }
        #expect(!missing.isEmpty)
        try check("the", "theme:\"missing children\" agency:police") { rec in
            rec.themes.contains { Self.named([$0], "missing") && Self.named([$0], "children") } && Self.named(rec.agencies, "police")
        }
        #expect(try found("the agency:nobodyatall").isEmpty)
    }

    @Test func hasFacetsAndDocumentFacetsCombine() throws {
        defer { scratch.remove() }
        let responded = try check("the", "has:response") { $0.hasResponse }
        let unanswered = try check("the", "-has:response") { !$0.hasResponse }
        #expect(!responded.isEmpty && !unanswered.isEmpty && responded.intersection(unanswered).isSubset(of: renumbered))
        try check("the", "has:commitment status:planned") { $0.hasCommitment && $0.status == "planned" }
        let years = recommendations.compactMap(\.year)
        let (low, high) = (try #require(years.min()), try #require(years.max()))
        #expect(low < high, "the fixtures span several years")
        let range = try check("the", "-status:completed year:\(low + 1)..\(high)") {
            $0.status != "completed" && ($0.year.map { (low + 1)...high ~= $0 } ?? false)
        }
        #expect(!range.isEmpty)
        let organisation = try #require(recommendations.first { $0.status != nil && !$0.organisation.isEmpty })
        let word = try #require(organisation.organisation.split(separator: " ").first).lowercased()
        let inOrganisation = try check("the", "org:\(word) status:\(organisation.status!.replacingOccurrences(of: " ", with: ""))") {
            Self.named([$0.organisation], word) && $0.status == organisation.status
        }
        #expect(inOrganisation.contains([organisation.document, organisation.number]))
        try check("the", "-org:\(word) has:response") { !Self.named([$0.organisation], word) && $0.hasResponse }
    }

    @Test func passageFacetsStillApplyWithinTheRecommendationsLetThrough() throws {
        defer { scratch.remove() }
        let got = try found("the in:response -status:completed")
        #expect(!got.isEmpty)
        #expect(got.joined().allSatisfy { $0.zone == "response" })
        let kept = Set(recommendations.filter { $0.status != "completed" }.map { [$0.document, $0.number] })
        #expect(got.joined().allSatisfy { kept.contains([$0.document, ItemID(parsing: $0.item)!.number]) })
        let one = try #require(recommendations.first { $0.status == "planned" })
        let idQuery = try found("the id:\(one.number) status:planned")
        #expect(idQuery.joined().allSatisfy { ItemID(parsing: $0.item)?.number == one.number })
        #expect(idQuery.joined().contains { $0.document == one.document })
    }
}
