import Content
import Foundation
import GRDB
import Learning
import Search

/// The learning facets (status:, has:, theme:, agency:) of each recommendation, answered from what import
/// stored with the meaning a parsed review gives them (`LearningIndex.recommendationsMatching`): a theme
/// by the words of its name, an agency by name or alias among the built-in agencies as the review
/// resolves its publisher, or by an addressee's own name. So `casebook commitments --filter
/// agency:police` parses no review where it parsed every one.
enum StoredFacetVerdicts {
    static let keys: Set<String> = ["status", "has", "theme", "agency"]

    /// Whether the facets let each recommendation of `documents` through, by document and position.
    /// A document is left out where only parsing it answers: the built-in one and any with local data
    /// beside its source (its own agencies and themes), or one whose publisher's initials the value may
    /// name (whether they are its agency's name depends on its text).
    static func verdicts(_ facets: [SearchQuery.Facet], documents: [Int], in db: Database) throws -> [Int: [Bool]] {
        var publishers: [Int: String?] = [:]
        let reviews = try Row.fetchCursor(db, sql: "SELECT id, organisation, source FROM document WHERE id IN (SELECT value FROM json_each(?))",
                                          arguments: [LibraryStore.jsonArray(documents)])
        while let row = try reviews.next() {
            let id: Int = row[0], source: String = row[2]
            guard id != LibrarySchema.builtInID, !FileManager.default.fileExists(atPath: LocalDataSidecar.name(for: source)) else { continue }
            publishers[id] = .some(row[1])
        }
        var recommendations: [Int: [StoredRecommendation]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT document_id, status, themes, agencies, has_commitment, has_due, has_response FROM recommendation
            WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, position
            """, arguments: [LibraryStore.jsonArray(Array(publishers.keys))])
        while let row = try rows.next() {
            recommendations[row[0], default: []].append(StoredRecommendation(
                status: row[1], themes: Self.lines(row[2]), agencies: Self.lines(row[3]),
                flags: [("commitment", row[4]), ("due", row[5]), ("response", row[6])].filter { $0.1 as Bool }.map(\.0)))
        }
        let themeTests = facets.filter { $0.key == "theme" }.map { ($0.value, LearningIndex.themeTest($0.value)) }
        let statuses = facets.filter { $0.key == "status" }.map { ($0.value, Set(LearningIndex.statuses(matching: $0.value).map(\.rawValue))) }
        var resolved: [String?: (agencies: [AgencyDefinition], initials: String?)] = [:]
        var verdicts: [Int: [Bool]] = [:]
        for (id, publisher) in publishers {
            let rows = recommendations[id] ?? []
            // The agency: values' names in this review (resolved once per publisher; many share one).
            var agencyNames: [String: Set<String>] = [:]
            if facets.contains(where: { $0.key == "agency" }) {
                let known = resolved[publisher] ?? LearningIndex.agencies(publishedBy: publisher)
                resolved[publisher] = known
                let listed = Set(known.agencies.map(\.name))
                var seen = Set<String>()
                let unlisted = rows.flatMap(\.agencies).filter { !listed.contains($0) && seen.insert($0).inserted }
                var ambiguous = false
                for facet in facets where facet.key == "agency" {
                    let wanted = LearningIndex.normalised(facet.value)
                    if let initials = known.initials, !wanted.isEmpty, LearningIndex.normalised(initials).hasPrefix(wanted) { ambiguous = true }
                    agencyNames[facet.value] = Set(LearningIndex.matchingAgencies(facet.value, among: known.agencies, unlisted: unlisted))
                }
                if ambiguous { continue }
            }
            verdicts[id] = rows.map { recommendation in
                LibraryStore.passes(facets) { facet in
                    switch facet.key {
                    case "theme":
                        let test = themeTests.first { $0.0 == facet.value }?.1
                        return recommendation.themes.contains { test?($0) ?? false }
                    case "agency": return recommendation.agencies.contains { agencyNames[facet.value]?.contains($0) ?? false }
                    case "status":
                        let wanted = statuses.first { $0.0 == facet.value }?.1 ?? []
                        return recommendation.status.map(wanted.contains) ?? false
                    default:
                        let letters = facet.value.lowercased().filter(\.isLetter)
                        return !letters.isEmpty && recommendation.flags.contains { $0.hasPrefix(letters) }
                    }
                }
            }
        }
        return verdicts
    }

    private struct StoredRecommendation {
        var status: String?
        var themes: [String]
        var agencies: [String]
        /// "commitment", "due", "response": those it has.
        var flags: [String]
    }

    private static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }
}
