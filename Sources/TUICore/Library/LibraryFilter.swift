import Content
import Foundation
import Search

/// The library's filter, typed at `f` as the outline's is: words of the title or organisation, and the
/// facets a library row can answer without opening the document: `org:`, `year:2019` or
/// `year:2019..2022`, and `status:` (a review with at least one recommendation of that derived status).
/// Values of one facet are alternatives; words and different facets must all hold.
struct LibraryFilter: Sendable, Hashable {
    var words: [String] = []
    var facets: [String: [String]] = [:]

    static let facetKeys = ["org", "year", "status"]

    /// Reads the typed text; nil with the reason when a facet is not one the library knows.
    static func parse(_ text: String) -> Result<LibraryFilter, QueryError> {
        var filter = LibraryFilter()
        for token in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            guard let colon = token.firstIndex(of: ":") else {
                filter.words.append(LibraryFilter.fold(token))
                continue
            }
            let key = token[..<colon].lowercased()
            let value = String(token[token.index(after: colon)...])
            guard facetKeys.contains(key) else {
                return .failure(QueryError("the library filters by words, org:, year: and status:, not \(key):"))
            }
            if key == "year", !value.isEmpty, YearRange(value) == nil {
                return .failure(QueryError("year: takes a year or a range, as year:2019..2022"))
            }
            if !value.isEmpty { filter.facets[key, default: []].append(LibraryFilter.fold(value)) }
        }
        return .success(filter)
    }

    /// Lower case, accents and case ignored, as the document's search folds text.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    func matches(_ entry: LibraryEntry) -> Bool {
        let text = LibraryFilter.fold(entry.title + " " + (entry.organisation ?? ""))
        guard words.allSatisfy(text.contains) else { return false }
        for (key, values) in facets {
            let holds = values.contains { value in
                switch key {
                case "org": return LibraryFilter.fold(entry.organisation ?? "").contains(value)
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
