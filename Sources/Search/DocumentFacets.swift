import Foundation
import Content

/// The facets that ask about the whole document rather than a recommendation: `doc:` (a library id or
/// words of the title), `org:` (words of the organisation) and `year:` (2019, or 2019..2022). Each is
/// answered from `DocumentFacts`, so a library can filter its table without opening a document and
/// a document opened on its own answers from its title lines.
public enum DocumentFacets {
    public static let keys: [(key: String, help: String)] = [
        ("doc", "a review: its library id or words of its title, e.g. doc:12 or doc:\"child j\""),
        ("org", "the organisation that published the review, by a word of its name, e.g. org:portsmouth"),
        ("year", "the review's year, or a range, e.g. year:2019 or year:2019..2022"),
    ]

    public static func isDocumentFacet(_ key: String) -> Bool { keys.contains { $0.key == key } }

    /// Why a value can never match, for the parser; nil when it may.
    public static func valueProblem(key: String, value: String) -> String? {
        guard key == "year", years(value) == nil else { return nil }
        return "year:\(value) is not a year; write year:2019 or year:2019..2022"
    }

    /// The years `year:` accepts: one year, or a range written `2019..2022` (or `2019-2022`).
    public static func years(_ value: String) -> ClosedRange<Int>? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let ends = trimmed.contains("..") ? trimmed.components(separatedBy: "..") : trimmed.split(separator: "-").map(String.init)
        let numbers = ends.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == ends.count, let first = numbers.first, numbers.count <= 2 else { return nil }
        let last = numbers.last ?? first
        return first <= last ? first...last : nil
    }

    /// Whether the document satisfies `key:value` (the caller handles exclusion).
    public static func matches(_ facts: DocumentFacts, key: String, value: String) -> Bool {
        switch key {
        case "doc":
            if let id = Int(value.trimmingCharacters(in: .whitespaces)) { return facts.id == id }
            return containsWords(value, in: facts.title)
        case "org":
            return containsWords(value, in: facts.organisation ?? "")
        case "year":
            guard let year = facts.year, let range = years(value) else { return false }
            return range.contains(year)
        default:
            return false
        }
    }

    /// Every word of `value` starts a word of `text`, ignoring case and accents.
    public static func containsWords(_ value: String, in text: String) -> Bool {
        let wanted = words(value)
        guard !wanted.isEmpty else { return false }
        let have = words(text)
        return wanted.allSatisfy { word in have.contains { $0.starts(with: word) } }
    }

    private static func words(_ text: String) -> [[UInt8]] {
        TextFolding.fold(text, lowercase: true).split { !TextFolding.isWordByte($0) }.map(Array.init)
    }
}
