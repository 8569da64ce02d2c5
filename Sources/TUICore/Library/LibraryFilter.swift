import Content
import Foundation
import Learning
import Search

/// The library's filter, typed at `f` as the outline's is: words of the title or organisation, and the
/// facets a library row can answer without opening the document: `doc:12` (or words of its title),
/// `org:`, `year:2019` or `year:2019..2022`, and `status:`, `theme:`, `agency:` and `has:` (a review with
/// at least one recommendation of that derived status, theme, agency or flag, stored at import), each
/// value picking as library search and the tracker pick it (`StoredFacetPicker`: `agency:police` is the
/// review's constabulary by its alias).
/// Values of one facet are alternatives; words and different facets must all hold.
struct LibraryFilter: Sendable, Hashable {
    var words: [String] = []
    var facets: [String: [String]] = [:]

    static let facetKeys = ["doc", "org", "year", "status", "theme", "agency", "has"]
    /// The facets a recommendation answers: the tracker (`C`) keeps the commitments of the recommendations
    /// that hold them all, as `casebook commitments --filter` does, where the list keeps a review with any.
    static let recommendationKeys = ["status", "theme", "agency", "has"]

    /// The recommendation facets as a `--filter` query ("agency:police status:planned"); nil without any.
    var recommendationQuery: String? {
        let parts = Self.recommendationKeys.flatMap { key in
            (facets[key] ?? []).map { value in key + ":" + (value.contains(" ") ? "\"\(value)\"" : value) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The filter without its recommendation facets: the reviews the tracker reads.
    var reviewsOnly: LibraryFilter {
        var filter = self
        for key in Self.recommendationKeys { filter.facets[key] = nil }
        return filter
    }

    /// Reads the typed text; nil with the reason when a facet is not one the library knows.
    static func parse(_ text: String) -> Result<LibraryFilter, QueryError> {
        var filter = LibraryFilter()
        for token in tokens(text) {
            guard let colon = token.firstIndex(of: ":") else {
                filter.words.append(LibraryFilter.fold(token))
                continue
            }
            let key = token[..<colon].lowercased()
            let value = String(token[token.index(after: colon)...])
            guard facetKeys.contains(key) else {
                return .failure(QueryError("the library filters by words, doc: org: year: status: theme: agency: has:, not \(key):"))
            }
            if key == "year", !value.isEmpty, YearRange(value) == nil {
                return .failure(QueryError("year: takes a year or a range, as year:2019..2022"))
            }
            // The values a review's own filter refuses (status:lost), refused here too.
            if !value.isEmpty, let problem = LearningIndex.facetValueProblem(key: key, value: value) { return .failure(QueryError(problem)) }
            if !value.isEmpty { filter.facets[key, default: []].append(LibraryFilter.fold(value)) }
        }
        return .success(filter)
    }

    /// The typed words split at spaces outside double quotes, the quotes dropped (`doc:"child k"`).
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Lower case, accents and case ignored, as the document's search folds text.
    static func fold(_ text: String) -> String {
        LibraryEntry.fold(text)
    }

    /// Whether the filter keeps `entry`; `foldedText` is its title and organisation already folded, when
    /// the caller keeps them so. (For many entries, `matcher()` works out the facets' values once.)
    func matches(_ entry: LibraryEntry, foldedText: String? = nil) -> Bool { matcher()(entry, foldedText) }

    /// The test `matches` makes, with the learning facets' pickers made once for every entry tested.
    func matcher() -> (LibraryEntry, String?) -> Bool {
        let learning = Dictionary(uniqueKeysWithValues: facets.compactMap { key, values -> (String, [StoredFacetPicker])? in
            let pickers = values.compactMap { StoredFacetPicker(key: key, value: $0) }
            return pickers.isEmpty ? nil : (key, pickers)
        })
        return { entry, foldedText in
            let text = foldedText ?? LibraryFilter.fold(entry.title + " " + (entry.organisation ?? ""))
            guard words.allSatisfy(text.contains) else { return false }
            for (key, values) in facets {
                if let pickers = learning[key] {
                    let names = Self.stored(key, of: entry)
                    guard pickers.contains(where: { !$0.picks(among: names, publisher: entry.organisation).isEmpty }) else { return false }
                    continue
                }
                let holds = values.contains { value in
                    switch key {
                    case "doc": return DocumentFacets.matches(DocumentFacts(id: entry.id, title: entry.title), key: key, value: value)
                    case "org": return LibraryFilter.fold(entry.organisation ?? "").contains(value)
                    default: return entry.year.map { YearRange(value)?.contains($0) ?? false } ?? false
                    }
                }
                if !holds { return false }
            }
            return true
        }
    }

    /// A review's stored values of a learning facet: those of at least one of its recommendations.
    private static func stored(_ key: String, of entry: LibraryEntry) -> [String] {
        switch key {
        case "theme": entry.themes
        case "agency": entry.agencies
        case "status": entry.statusCounts.filter { $0.value > 0 }.map(\.key)
        default: entry.flags
        }
    }
}

/// `2019` or `2019..2022` (either end may be left open: `..2020`, `2019..`).
struct YearRange: Sendable, Hashable {
    var lower: Int
    var upper: Int

    init?(_ text: String) {
        let ends = text.components(separatedBy: "..")
        switch ends.count {
        case 1:
            guard let year = Int(ends[0]) else { return nil }
            (lower, upper) = (year, year)
        case 2:
            guard let lower = ends[0].isEmpty ? Int.min : Int(ends[0]),
                  let upper = ends[1].isEmpty ? Int.max : Int(ends[1]), lower <= upper else { return nil }
            (self.lower, self.upper) = (lower, upper)
        default:
            return nil
        }
    }

    func contains(_ year: Int) -> Bool { (lower...upper).contains(year) }
}
