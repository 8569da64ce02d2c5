import Content
import Foundation
import GRDB
import Learning
import Search

/// The recommendation facets (theme:, agency:, status:, has:, id:, in:) answered from the library's
/// table of derived learning, so a search across the library parses no document. Themes and agencies
/// match by the words of their names (`agency:police`), as the one-document facets do without aliases.
/// The learning facets are resolved once per recommendation, in SQL, before any passage is read: the
/// search then reads only the matches of the recommendations let through.
struct RecommendationFacets {
    /// The facets about the passage itself (`id:`, `in:`); others (`stated:`) only keep to recommendations.
    private let passageFacets: [SearchQuery.Facet]
    /// The recommendations that pass the learning facets, as `keySQL` numbers them, in document order;
    /// nil when no learning facet is asked.
    let passing: [Int64]?
    /// The documents with a recommendation in `passing`, in id order; nil when no learning facet is asked.
    let documents: [Int]?

    static let learningKeys: Set<String> = ["theme", "agency", "status", "has"]

    /// A recommendation of a document as one number (an item's number has at most 6 digits), in SQL
    /// from the document's id and the number.
    static func keySQL(document: String, number: String) -> String { "(\(document) * 1000000 + \(number))" }

    /// `within`: the documents the document facets let through (nil: every document).
    init(_ facets: [SearchQuery.Facet], within: [Int]?, in db: Database) throws {
        passageFacets = facets.filter { $0.key == "id" || $0.key == "in" }
        let learning = facets.filter { Self.learningKeys.contains($0.key) }
        guard !learning.isEmpty else { passing = nil; documents = nil; return }
        var condition = try Self.condition(learning, in: db)
        if within != nil {
            condition.sql += " AND document_id IN (SELECT value FROM json_each(?))"
            condition.arguments += [LibraryStore.jsonArray(within ?? [])]
        }
        let passing = try Int64.fetchAll(db, sql: """
            SELECT \(Self.keySQL(document: "document_id", number: "number")) AS key FROM recommendation
            WHERE \(condition.sql) ORDER BY key
            """, arguments: condition.arguments)
        var documents: [Int] = []
        for key in passing where documents.last != Int(key / 1_000_000) { documents.append(Int(key / 1_000_000)) }
        self.passing = passing
        self.documents = documents
    }

    /// The full-text rows of the recommendations the learning facets let through, within `within` (nil:
    /// every document). By position, so of "E2" and "PR2", both numbered 2, only the one that passes;
    /// `byNumber`, the rows of every recommendation numbered as one that passes, as `casebook search`
    /// has always read them (its matches were let through by the number of their item).
    /// (The library screen resolves them in memory instead, `RecommendationTable`, to the same rows.)
    static func spans(_ facets: [SearchQuery.Facet], within: [Int]?, byNumber: Bool = false, in db: Database) throws -> PassageSpans {
        var condition = try Self.condition(facets.filter { learningKeys.contains($0.key) }, in: db)
        if let within {
            condition.sql += " AND document_id IN (SELECT value FROM json_each(?))"
            condition.arguments += [LibraryStore.jsonArray(within)]
        }
        // Each recommendation let through as one number; then every run, in one pass over the table.
        let key = Self.keySQL(document: "document_id", number: byNumber ? "number" : "position")
        let passing = Set(try Int64.fetchAll(db, sql: "SELECT \(key) FROM recommendation WHERE \(condition.sql)", arguments: condition.arguments))
        let ranges = try PassageSpans.runs(in: db).filter { run in
            passing.contains(Int64(PassageID.document(of: run.first)) * 1_000_000 + Int64(byNumber ? run.number : run.position))
        }.map { (first: $0.first, last: $0.last) }
        return PassageSpans(ranges)
    }

    /// Whether the `id:` and `in:` facets let a passage of a recommendation through (the learning
    /// facets are the SQL's, through `passing`).
    var hasPassageFacets: Bool { !passageFacets.isEmpty }

    func admits(item: String, zone: String) -> Bool {
        guard let (id, series) = PassageItem.parse(item) else { return false }
        return LibraryStore.passes(passageFacets) { facet in
            if facet.key == "in" {
                return (SearchScope(facet.value) == .response) == (zone == "response")
            }
            // "id:PR2" is PR2 where the row names its code (not E2); "id:2", "id:R2" any 2.
            let wanted = ItemID(parsing: facet.value).map { ($0, "") } ?? PassageItem.parse(facet.value)
            guard let (wantedID, wantedSeries) = wanted else { return false }
            return wantedID.number == id.number && (wantedID.part == nil || wantedID == id)
                && (wantedSeries.isEmpty || series.isEmpty || wantedSeries == series)
        }
    }

    /// The learning facets as one SQL condition on a row of `recommendation`, by the rule of
    /// `LibraryStore.passes`: values of one facet are alternatives, facets must all hold, `-facet`
    /// excludes. Each facet's test is never NULL, so `NOT` excludes exactly what the facet matches.
    private static func condition(_ facets: [SearchQuery.Facet], in db: Database) throws -> (sql: String, arguments: StatementArguments) {
        // The names are read only for a theme: or agency: facet (status: and has: need none).
        let names = facets.contains { $0.key == "theme" || $0.key == "agency" } ? try Self.names(in: db) : ([], [])
        var clauses: [(key: String?, tests: [String], arguments: StatementArguments)] = []
        for facet in facets {
            var arguments = StatementArguments()
            let test = Self.test(facet, names: names, arguments: &arguments)
            if facet.isExcluded {
                clauses.append((nil, ["NOT " + test], arguments))
            } else if let index = clauses.firstIndex(where: { $0.key == facet.key }) {
                clauses[index].tests.append(test)
                clauses[index].arguments += arguments
            } else {
                clauses.append((facet.key, [test], arguments))
            }
        }
        return (clauses.map { "(" + $0.tests.joined(separator: " OR ") + ")" }.joined(separator: " AND "),
                clauses.reduce(into: StatementArguments()) { $0 += $1.arguments })
    }

    /// One facet's test, parenthesised, its arguments appended.
    private static func test(_ facet: SearchQuery.Facet, names: (themes: [String], agencies: [String]),
                             arguments: inout StatementArguments) -> String {
        switch facet.key {
        case "theme", "agency":
            // The names the value's words pick, found among the recommendation's names (one a line).
            let column = facet.key == "theme" ? "themes" : "agencies"
            let known = facet.key == "theme" ? names.themes : names.agencies
            let picked = known.filter { DocumentFacets.containsWords(facet.value, in: $0) }
            guard !picked.isEmpty else { return "(0)" }
            return "(" + picked.map { Self.hasLine($0, in: column, known: known, arguments: &arguments) }.joined(separator: " OR ") + ")"
        case "status":
            let statuses = LearningIndex.statuses(matching: facet.value).map(\.rawValue)
            guard !statuses.isEmpty else { return "(0)" }
            arguments += StatementArguments(statuses)
            return "(coalesce(status IN (" + statuses.map { _ in "?" }.joined(separator: ", ") + "), 0))"
        default:
            let letters = facet.value.lowercased().filter(\.isLetter)
            let flags = ["commitment", "due", "response"].filter { !letters.isEmpty && $0.hasPrefix(letters) }
            guard !flags.isEmpty else { return "(0)" }
            return "(" + flags.map { "has_\($0) != 0" }.joined(separator: " OR ") + ")"
        }
    }

    /// Whether `name` is one of the lines of `column`, its arguments appended. A name holds no line break,
    /// so where it is found the line it is in is a name of `known` that contains it (as bytes, as instr
    /// finds it): a name no other contains is a line wherever it is found, and the plain instr says so
    /// (the delimited copy of the column, built for each row the instr lets through, was half the time of
    /// a broad `theme:`, 13 of 26 ms at 97,000 recommendations). Otherwise the copy is searched for it.
    static func hasLine(_ name: String, in column: String, known: [String], arguments: inout StatementArguments) -> String {
        arguments += [name]
        guard known.contains(where: { $0 != name && $0.utf8.firstRange(of: name.utf8) != nil }) else { return "(instr(\(column), ?) > 0)" }
        arguments += ["\n" + name + "\n"]
        return "(instr(\(column), ?) > 0 AND instr(char(10) || \(column) || char(10), ?) > 0)"
    }

    /// Every theme and agency name in the library, each once (from the small per-review table).
    private static func names(in db: Database) throws -> (themes: [String], agencies: [String]) {
        var themes = Set<Substring>(), agencies = Set<Substring>()
        let rows = try Row.fetchCursor(db, sql: "SELECT themes, agencies FROM document_learning")
        while let row = try rows.next() {
            themes.formUnion((row[0] as String).split(separator: "\n"))
            agencies.formUnion((row[1] as String).split(separator: "\n"))
        }
        return (themes.map(String.init).sorted(), agencies.map(String.init).sorted())
    }
}
