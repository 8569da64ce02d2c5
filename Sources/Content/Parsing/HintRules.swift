import Foundation

/// The user's hints (`ParseHints`) made ready for the scanner: the recommendation pattern compiled
/// once, the response label folded for comparison. A line a hint matches is read as the hint says,
/// before the parser's own rules.
struct HintRules {
    private let recommendation: NSRegularExpression?
    private let responseLabel: String?

    init(_ hints: ParseHints) {
        recommendation = hints.recommendationPattern.flatMap { try? ParseHints.compile($0) }
        responseLabel = hints.responseLabel.map { TextShape.trimmed($0).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The recommendation a line opens under `--recommendations`: the match is its heading, and
    /// its number the first digits in the match; nil when the match has no digits.
    func heading(_ line: String) -> LinePatterns.Heading? {
        guard let recommendation else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        guard let match = recommendation.firstMatch(in: line, options: [.anchored], range: range),
              match.range.length > 0, let matched = Range(match.range, in: line),
              let number = TableRows.firstNumber(in: String(line[matched])) else { return nil }
        return LinePatterns.Heading(number: number, heading: String(line[matched]),
                                    rest: TextShape.trimmed(line[matched.upperBound...]))
    }

    /// The response a line opens under `--response-label`: the label, then the end of the line, a
    /// separator (":", "–", "-") or a space and more words.
    func label(_ line: String) -> LinePatterns.Label? {
        guard let responseLabel, line.utf8.count >= responseLabel.utf8.count,
              line.prefix(responseLabel.count).lowercased() == responseLabel else { return nil }
        let labelEnd = line.index(line.startIndex, offsetBy: responseLabel.count)
        var after = line[labelEnd...]
        if let next = after.first, next.isLetter || next.isNumber { return nil }
        after = after.drop { $0 == " " }
        if let separator = after.first, ":–—-.".contains(separator) {
            let end = after.index(after: after.startIndex)
            return LinePatterns.Label(label: String(line[..<end]), rest: TextShape.trimmed(line[end...]))
        }
        return LinePatterns.Label(label: String(line[..<labelEnd]), rest: TextShape.trimmed(after))
    }
}

extension ParseHints {
    /// Why a hint cannot be used ("--recommendations 'E(\\d+': …"), or nil when it can.
    public var problem: String? {
        guard let pattern = recommendationPattern else { return nil }
        do {
            let regex = try Self.compile(pattern)
            if regex.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil {
                return "--recommendations '\(pattern)' matches an empty line; it must match the start of each recommendation"
            }
            return nil
        } catch {
            return "--recommendations '\(pattern)' is not a valid regular expression"
        }
    }

    static func compile(_ pattern: String) throws -> NSRegularExpression {
        try NSRegularExpression(pattern: pattern)
    }

    /// These hints with any the other leaves unset filled from it (flags over a sidecar).
    public func over(_ other: ParseHints) -> ParseHints {
        ParseHints(recommendationPattern: recommendationPattern ?? other.recommendationPattern,
                   responseLabel: responseLabel ?? other.responseLabel)
    }
}
