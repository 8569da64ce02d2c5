/// Works out who a recommendation is addressed to: an agency named in the subject of an
/// `ObligationClause` ("The PSCP Independent Chair should write to…" → PSCP; the Ministry of
/// Justice it writes to is only named). The agency must stand within a few words of the verb; a
/// passive "This issue should be highlighted to the National Panel" addresses no one.
/// The evidence runs from the agency to the verb.
enum AddresseeFinder {
    /// Words allowed between the agency and the verb ("The PSCP Independent Chair should").
    static let maximumGap = 3

    static func addressees(in tokens: WordTokens, found: [AgencyFinder.Found]) -> [(key: AgencyFinder.Key, range: Range<Int>)] {
        var addressees: [(key: AgencyFinder.Key, range: Range<Int>)] = []
        for clause in ObligationClause.clauses(in: tokens) {
            let index = clause.modal
            let token = tokens.tokens[index]
            let clauseStart = clause.start
            let before = addressees.count
            for mention in found where mention.range.lowerBound >= clauseStart && mention.range.upperBound <= token.range.lowerBound {
                let gap = tokens.tokens[..<index].filter { $0.range.lowerBound >= mention.range.upperBound }.count
                guard gap <= maximumGap else { continue }
                addressees.append((.listed(mention.agency), mention.range.lowerBound..<token.range.upperBound))
            }
            if addressees.count == before, let name = unlistedSubject(before: index, in: tokens, from: clauseStart) {
                addressees.append((.unlisted(tokens.text(name)), name.lowerBound..<token.range.upperBound))
            }
        }
        return addressees
    }

    /// A name the list does not know, just before the verb: two or more capitalised words, or an
    /// acronym ("The Youth Justice Service should" → "Youth Justice Service"), small words allowed inside.
    private static func unlistedSubject(before index: Int, in tokens: WordTokens, from clauseStart: Int) -> Range<Int>? {
        var first = index
        while first > 0, tokens.tokens[first - 1].range.lowerBound >= clauseStart, tokens.joins(first - 1, first) {
            let word = tokens.tokens[first - 1]
            let isCapitalised = word.text.first?.isUppercase == true
            guard isCapitalised || (AcronymDefinitionFinder.smallWords.contains(word.folded) && first < index) else { break }
            first -= 1
        }
        // Trim small words and a leading "The" from the ends.
        while first < index, AcronymDefinitionFinder.smallWords.contains(tokens.tokens[first].folded) { first += 1 }
        guard first < index else { return nil }
        let words = tokens.tokens[first..<index]
        let capitalised = words.filter { $0.text.first?.isUppercase == true }.count
        guard capitalised >= 2 || (words.count == 1 && AcronymShape.isAcronym(words.first!.text)) else { return nil }
        return words.first!.range.lowerBound..<words.last!.range.upperBound
    }
}
