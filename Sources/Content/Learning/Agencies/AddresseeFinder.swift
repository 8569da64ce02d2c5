/// Works out who a recommendation is addressed to: an agency named in the subject of a clause
/// whose verb is "should" or "must" ("The PSCP Independent Chair should write to…" → PSCP; the
/// Ministry of Justice it writes to is only named). The agency must stand within a few words of
/// the verb; a passive "This issue should be highlighted to the National Panel" addresses no one.
/// The evidence runs from the agency to the verb.
enum AddresseeFinder {
    static let obligationWords: Set<String> = ["should", "must"]

    /// Words allowed between the agency and the verb ("The PSCP Independent Chair should").
    static let maximumGap = 3

    static func addressees(in tokens: WordTokens, found: [AgencyFinder.Found]) -> [AgencyFinder.Found] {
        var addressees: [AgencyFinder.Found] = []
        for (index, token) in tokens.tokens.enumerated() where obligationWords.contains(token.folded) {
            // "…and should feature…": a second verb of an earlier subject.
            if index > 0, ["and", "or"].contains(tokens.tokens[index - 1].folded) { continue }
            let clauseStart = clauseStart(before: index, in: tokens)
            for mention in found where mention.range.lowerBound >= clauseStart && mention.range.upperBound <= token.range.lowerBound {
                let gap = tokens.tokens[..<index].filter { $0.range.lowerBound >= mention.range.upperBound }.count
                guard gap <= maximumGap else { continue }
                addressees.append(AgencyFinder.Found(agency: mention.agency, range: mention.range.lowerBound..<token.range.upperBound))
            }
        }
        return addressees
    }

    /// The character offset where the clause holding token `index` begins.
    private static func clauseStart(before index: Int, in tokens: WordTokens) -> Int {
        var offset = tokens.tokens[index].range.lowerBound
        while offset > 0, !".;:,!?()".contains(tokens.characters[offset - 1]) { offset -= 1 }
        // Nor across an earlier "should" in the same clause.
        if let previous = tokens.tokens[..<index].last(where: { obligationWords.contains($0.folded) }), previous.range.upperBound > offset {
            offset = previous.range.upperBound
        }
        return offset
    }
}
