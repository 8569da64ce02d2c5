import Content
import Foundation
import GRDB
import Learning
import Search

/// The recommendation facets (theme:, agency:, status:, has:, id:, in:) answered from the library's
/// table of derived learning, so a search across the library parses no document. Themes and agencies
/// match by the words of their names (`agency:police`), as the one-document facets do without aliases.
struct RecommendationFacets {
    private let facets: [SearchQuery.Facet]
    /// The recommendations that pass the learning facets, by document and number; nil when none is asked.
    private let passing: Set<Pair>?

    private struct Pair: Hashable {
        var document: Int
        var number: Int
    }

    init(_ facets: [SearchQuery.Facet], in db: Database) throws {
        self.facets = facets
        let learningKeys: Set<String> = ["theme", "agency", "status", "has"]
        let learning = facets.filter { learningKeys.contains($0.key) }
        guard !learning.isEmpty else { passing = nil; return }
        var passing = Set<Pair>()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT document_id, number, status, themes, agencies, has_commitment, has_due, has_response FROM recommendation
            """)
        while let row = try rows.next() {
            let status: String? = row["status"]
            let themes = (row["themes"] as String).split(separator: "\n").map(String.init)
            let agencies = (row["agencies"] as String).split(separator: "\n").map(String.init)
            let flags: [String: Bool] = ["commitment": row["has_commitment"], "due": row["has_due"], "response": row["has_response"]]
            let admitted = LibraryStore.passes(learning) { facet in
                switch facet.key {
                case "theme": return themes.contains { DocumentFacets.containsWords(facet.value, in: $0) }
                case "agency": return agencies.contains { DocumentFacets.containsWords(facet.value, in: $0) }
                case "status":
                    return LearningIndex.statuses(matching: facet.value).contains { $0.rawValue == status }
                default:
                    let letters = facet.value.lowercased().filter(\.isLetter)
                    return flags.contains { !letters.isEmpty && $0.key.hasPrefix(letters) && $0.value }
                }
            }
            if admitted { passing.insert(Pair(document: row["document_id"], number: row["number"])) }
        }
        self.passing = passing
    }

    /// Whether a matched passage is let through: a recommendation's (or its part's or response's) when
    /// it passes every facet; the introduction and sections only when no recommendation facet is asked.
    func admits(document: Int, item: String?, zone: String) -> Bool {
        guard !facets.isEmpty else { return true }
        guard let item, let id = ItemID(parsing: item) else { return false }
        if let passing, !passing.contains(Pair(document: document, number: id.number)) { return false }
        return LibraryStore.passes(facets.filter { $0.key == "id" || $0.key == "in" }) { facet in
            if facet.key == "in" {
                return (SearchScope(facet.value) == .response) == (zone == "response")
            }
            guard let wanted = ItemID(parsing: facet.value) else { return false }
            return wanted.number == id.number && (wanted.part == nil || wanted == id)
        }
    }
}
