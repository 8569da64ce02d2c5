import Content
import Foundation
import Search

/// The library's filter, typed at `f` as the outline's is: words of the title or organisation, and the
/// facets a library row can answer without opening the document: `doc:12` (or words of its title),
/// `org:`, `year:2019` or `year:2019..2022`, and `status:`, `theme:` and `agency:` (a review with at
/// least one recommendation of that derived status, theme or agency, stored at import).
/// Values of one facet are alternatives; words and different facets must all hold.
struct LibraryFilter: Sendable, Hashable {
    var words: [String] = []
    var facets: [String: [String]] = [:]

    static let facetKeys = ["doc", "org", "year", "status", "theme", "agency"]
    /// The facets a recommendation answers: the tracker (`C`) keeps the commitments of the recommendations
    /// that hold them all, as `casebook commitments --filter` does, where the list keeps a review with any.
    static let recommendationKeys = ["status", "theme", "agency"]

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
                return .failure(QueryError("the library filters by words, doc: org: year: status: theme: agency:, not \(key):"))
            }
            if key == "year", !value.isEmpty, YearRange(value) == nil {
                return .failure(QueryError("year: takes a year or a range, as year:2019..2022"))
            }
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
    /// the caller keeps them so.
    func matches(_ entry: LibraryEntry, foldedText: String? = nil) -> Bool {
        let text = foldedText ?? LibraryFilter.fold(entry.title + " " + (entry.organisation ?? ""))
        guard words.allSatisfy(text.contains) else { return false }
        for (key, values) in facets {
            let holds = values.contains { value in
                switch key {
                case "doc": return DocumentFacets.matches(DocumentFacts(id: entry.id, title: entry.title), key: key, value: value)
                case "org": return LibraryFilter.fold(entry.organisation ?? "").contains(value)
                case "theme": return entry.themes.contains { DocumentFacets.containsWords(value, in: $0) }
                case "agency": return entry.agencies.contains { DocumentFacets.containsWords(value, in: $0) }
                case "year": return entry.year.map { YearRange(value)?.contains($0) ?? false } ?? false
                default:
                    return entry.statusCounts.contains { status, count in
                        count > 0 && LibraryFilter.fold(status).replacingOccurrences(of: " ", with: "").hasPrefix(
                            value.replacingOccurrences(of: " ", with: ""))
                    }
                }
            }
            if !holds { return false }
        }
        return true
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
