import Foundation
import Content
import Learning

/// Reads the query language; see `SearchQuery`.
enum QueryParser {
    /// `typing`: the text is still being typed, so a last word with nothing after it is a prefix
    /// (`rea` already finds "reachable"); an excluded word is not, as it lights nothing, nor a
    /// single letter, which would light half a document and cost a large one more than a frame.
    static func parse(_ text: String, typing: Bool = false) throws(QueryError) -> SearchQuery {
        var query = SearchQuery()
        query.source = text
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard !rest.isEmpty else { break }
            var excluded = false
            if rest.first == "-" {
                excluded = true
                rest = rest.dropFirst()
                if rest.isEmpty || rest.first!.isWhitespace { throw QueryError("nothing after \"-\": write -word to exclude a word") }
            }
            if rest.first == "\"" || rest.first == "“" {
                let body = rest.dropFirst()
                guard let close = body.firstIndex(where: { $0 == "\"" || $0 == "”" }) else {
                    throw QueryError("unclosed quote: add a closing \" after the phrase")
                }
                let phrase = body[..<close].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                rest = body[body.index(after: close)...]
                guard !phrase.isEmpty else { continue }
                query.terms.append(.init(text: phrase, isPhrase: true, isExcluded: excluded))
                continue
            }
            var word = rest.prefix { !$0.isWhitespace }
            // A facet's value may be quoted to hold spaces: theme:"missing children".
            if let colon = word.firstIndex(of: ":"), word[word.index(after: colon)...].first == "\"" {
                let afterQuote = rest[rest.index(after: rest.index(after: colon))...]
                guard let close = afterQuote.firstIndex(of: "\"") else {
                    throw QueryError("unclosed quote: add a closing \" after the value")
                }
                word = rest[..<rest.index(after: close)]
            }
            rest = rest.dropFirst(word.count)
            if let colon = word.firstIndex(of: ":"), colon != word.startIndex {
                let key = word[..<colon].lowercased()
                if SearchQuery.facetKeys.contains(where: { $0.key == key }) {
                    let value = String(word[word.index(after: colon)...]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    guard !value.isEmpty else { throw QueryError("\(key): needs a value, e.g. \(example(for: key))") }
                    try validate(key: key, value: value)
                    query.facets.append(.init(key: key, value: value, isExcluded: excluded))
                    continue
                }
                if word.hasSuffix(":") == false, word[word.index(after: colon)...].allSatisfy({ $0.isLetter || $0.isNumber }),
                   key.allSatisfy({ $0.isLetter }) {
                    let known = SearchQuery.facetKeys.map { $0.key + ":" }.joined(separator: ", ")
                    throw QueryError("unknown filter \"\(key):\" (known: \(known))")
                }
            }
            var term = String(word)
            var prefix = false
            if term.hasSuffix("*") {
                while term.hasSuffix("*") { term.removeLast() }
                prefix = true
                guard !term.isEmpty else { throw QueryError("\"*\" needs letters before it, e.g. exclu*") }
            }
            let beingTyped = typing && rest.isEmpty && !excluded && term.count > 1
            query.terms.append(.init(text: term, isPrefix: prefix || beingTyped, isExcluded: excluded))
        }
        // A word typed twice is looked for once: each match is shown once, however often it was asked for.
        var seen = Set<SearchQuery.Term>()
        query.terms = query.terms.filter { seen.insert($0).inserted }
        return query
    }

    /// The facet's own example from its help ("year:2019", "org:portsmouth"), so the message fits it.
    static func example(for key: String) -> String {
        let help = SearchQuery.facetKeys.first { $0.key == key }?.help ?? ""
        guard let start = help.range(of: key + ":") else { return "\(key):word" }
        return String(help[start.lowerBound...].prefix { !$0.isWhitespace && $0 != "," })
    }

    private static func validate(key: String, value: String) throws(QueryError) {
        switch key {
        case "id":
            guard ItemID(parsing: value) != nil || ItemCode(parsing: value) != nil else {
                throw QueryError("id:\(value) is not an id; write id:5, id:5b or a code such as id:PR1")
            }
        case "in":
            guard SearchScope(value) != nil else { throw QueryError("in:\(value) is not a place; write in:recommendation or in:response") }
        default:
            if let problem = LearningIndex.facetValueProblem(key: key, value: value) ?? DocumentFacets.valueProblem(key: key, value: value) {
                throw QueryError(problem)
            }
        }
    }
}

/// Where in an item a query looks.
public enum SearchScope: String, Sendable, CaseIterable {
    case recommendation, response

    public init?(_ value: String) {
        switch value.lowercased() {
        case "recommendation", "recommendations", "rec", "text", "r": self = .recommendation
        case "response", "responses", "action", "actions", "resp": self = .response
        default: return nil
        }
    }
}
