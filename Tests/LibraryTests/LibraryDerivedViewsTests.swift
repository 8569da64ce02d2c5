import Content
import Foundation
import GRDB
import Learning
@testable import Library
import Search
import Testing

/// What the library screen's `t`, `a` and `C` read: the rows import stored, the same as parsing each
/// review gives, and an older library's filled once on the first read.
@Suite struct LibraryDerivedViewsTests {
    static let fixtures = ["anytown-child-k.txt", "oakridge-child-r-local-authority.txt", "cresswell-progress-timeline.txt",
                           "eastvale-briefing-no-recommendations.txt",
                           // E1, E2, PR1, PR2: two recommendations numbered alike, of different statuses.
                           "ashby-letter-codes.txt"]

    /// The library's documents read and parsed one by one, as the screen did before the store held the rows.
    struct Parsing: LibraryCatalog {
        let store: LibraryStore
        func entries() throws -> [LibraryEntry] { try store.entries() }
        func document(id: Int) throws -> ReviewDocument { try store.document(id: id) }
        func search(_ query: String, limit: Int) throws -> [LibraryHit] { [] }
    }

    private func library(_ scratch: ScratchLibrary) throws -> (LibraryStore, [Int]) {
        let store = try scratch.open()
        _ = try LibraryImporter(store: store).add(try Self.fixtures.map { try scratch.copy(fixture: $0) })
        // Not in id order: the rows come in the order asked (the screen's sort), each document's in its own.
        return (store, try store.listing().map(\.id).reversed())
    }

    @Test func theStoredRowsAreWhatParsingEachReviewGives() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let (store, ids) = try library(scratch)
        #expect(ids.count == Self.fixtures.count + 1)
        let recommendations = try store.recommendations(of: ids)
        let commitments = try store.commitments(of: ids)
        #expect(recommendations == (try Parsing(store: store).recommendations(of: ids)))
        #expect(commitments == (try Parsing(store: store).commitments(of: ids)))
        // Something to compare: themes, agencies addressed, commitments with owners and due periods, in several reviews.
        #expect(Set(recommendations.map(\.document)).count >= 3)
        #expect(recommendations.contains { !$0.themes.isEmpty } && recommendations.contains { !$0.addressedTo.isEmpty })
        #expect(Set(commitments.map(\.document)).count >= 2)
        #expect(commitments.contains { $0.owner != nil } && commitments.contains { $0.line != nil })
        #expect(recommendations.map(\.document).first == ids.first { id in recommendations.contains { $0.document == id } })
        // A review the filter leaves out is not read; one asked twice is not stored twice.
        #expect(Array(try store.commitments(of: [1])) == commitments.filter { $0.document == 1 })
    }

    /// `casebook commitments --filter` across the library: the stored commitments of the recommendations
    /// the learning facets let through are those parsing each review gives, agencies by alias
    /// ("police" is Hampshire Constabulary) and by an addressee's own name; no review is parsed but the
    /// built-in one (its own local data).
    @Test func theStoredCommitmentsAreFilteredAsEachParsedReviewIs() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let (store, ids) = try library(scratch)
        var narrowed = 0
        let every = try store.commitments(of: ids).count
        for filter in ["status:planned", "status:prog", "has:due", "has:response", "agency:police", "agency:police status:planned",
                       "agency:health", "agency:council", "agency:partnership", "agency:the partnership", "agency:children",
                       "agency:a", "agency:nhs", "agency:police agency:health", "-agency:police", "agency:ascp",
                       "theme:missing", "theme:neglect", "theme:ed", "theme:missing -status:completed", "theme:nowhere",
                       "theme:neglect agency:police has:commitment"] {
            let query = try SearchQuery(parsing: filter)
            let expected = try ids.flatMap { id -> [LibraryCommitment] in
                LibraryCommitment.rows(document: id, learning: LearningIndex(document: try store.openDocument(id: id)), matching: query)
            }
            let stored = Array(try store.commitments(of: ids, matching: query, userData: nil))
            #expect(stored == expected, "\(filter)")
            if !stored.isEmpty && stored.count < every { narrowed += 1 }
        }
        #expect(narrowed >= 12)
        // Answered from the stored learning: every review but the built-in one.
        let verdicts = try store.queue.read { db in
            try StoredFacetVerdicts.verdicts(try SearchQuery(parsing: "agency:police theme:neglect").facets, documents: ids, in: db)
        }
        #expect(Set(verdicts.keys) == Set(ids).subtracting([1]))
    }

    @Test func anOlderLibraryIsFilledOnceOnTheFirstRead() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        var (store, ids) = try library(scratch)
        let expected = (try store.recommendations(of: ids), try store.commitments(of: ids))
        // As a library made before migration v4: no titles nor agencies addressed, no commitments.
        try store.queue.write { db in
            try db.execute(sql: """
                DROP TABLE commitment;
                ALTER TABLE recommendation DROP COLUMN title;
                ALTER TABLE recommendation DROP COLUMN addressed;
                DROP TABLE document_notes;
                DROP TABLE passage_span;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%' OR identifier LIKE 'v5:%' OR identifier LIKE 'v6:%';
                """)
        }
        store = try scratch.open()
        func unfilled() throws -> Int {
            try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM recommendation WHERE title IS NULL") ?? 0 }
        }
        #expect(try unfilled() > 0)
        // The first read fills only the documents it asks for.
        _ = try store.commitments(of: [ids[0]])
        let afterOne = try unfilled()
        #expect(afterOne > 0)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM recommendation WHERE document_id = ? AND title IS NULL",
                                                        arguments: [ids[0]]) } == 0)
        #expect(try store.recommendations(of: ids) == expected.0)
        #expect(try store.commitments(of: ids) == expected.1)
        #expect(try unfilled() == 0)
        let stored = try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM commitment") }
        #expect(stored == expected.1.count)
    }

    @Test func codedRecommendationsCommitmentsAreNamedByTheirCodes() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let (store, _) = try library(scratch)
        let ashby = try #require(try store.listing().first { $0.source.hasSuffix("ashby-letter-codes.txt") }?.id)
        let commitments = Array(try store.commitments(of: [ashby]))
        #expect(!commitments.isEmpty)
        // E2 and PR2 are both numbered 2: each commitment is named and cited by its recommendation's code.
        for commitment in commitments {
            #expect(["E", "PR"].contains(commitment.series), "\(commitment)")
            #expect(commitment.citation.hasPrefix("Recommendation \(commitment.code)"), "\(commitment.citation)")
        }
    }

    @Test func aNewLibraryFillsTheBuiltInDocumentOnItsFirstRead() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let childJ = DocumentLoader.builtInDocument()
        let learning = LearningIndex(document: childJ)
        #expect(try store.recommendations(of: [1]) == LibraryRecommendation.rows(document: 1, of: childJ, learning: learning))
        #expect(Array(try store.commitments(of: [1])) == LibraryCommitment.rows(document: 1, learning: learning))
        #expect(!(try store.commitments(of: [1])).isEmpty)
    }

    @Test func removingAReviewRemovesItsCommitments() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let (store, ids) = try library(scratch)
        let withCommitments = try #require(try store.commitments(of: ids).map(\.document).first { $0 != 1 })
        _ = try store.remove([withCommitments])
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM commitment WHERE document_id = ?",
                                                        arguments: [withCommitments]) } == 0)
    }
}
