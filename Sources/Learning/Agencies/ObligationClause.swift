/// "X should …": a clause obliges its subject when a modal of obligation follows it, and the
/// subject runs from the start of the clause (after punctuation, or after an earlier modal) to the
/// modal. The one rule behind who a recommendation is addressed to (`AddresseeFinder`) and the
/// lead the outline's gists drop ("The PSCP should ").
public enum ObligationClause {
    static let modals: Set<String> = ["should", "must"]

    /// A gist's lead is a short subject: at most this many words before the modal.
    static let maximumLeadWords = 6

    /// A modal (its token's index) and the character offset where its clause, and so its subject, begins.
    struct Clause {
        var modal: Int
        var start: Int
    }

    /// Every clause of `tokens` with a modal of its own. "…and should feature…" is a second verb
    /// of an earlier subject, not a clause.
    static func clauses(in tokens: WordTokens) -> [Clause] {
        tokens.tokens.indices.compactMap { index in
            guard modals.contains(tokens.tokens[index].folded) else { return nil }
            if index > 0, ["and", "or"].contains(tokens.tokens[index - 1].folded) { return nil }
            return Clause(modal: index, start: start(before: index, in: tokens))
        }
    }

    /// "The PSCP should " from "The PSCP should highlight…": the text through its first modal and
    /// the space after it, when the clause starts the text with a capital and a short subject.
    public static func lead(of text: String) -> String? {
        let tokens = WordTokens(text)
        guard text.first?.isUppercase == true, let clause = clauses(in: tokens).first, clause.start == 0,
              (1...maximumLeadWords).contains(clause.modal) else { return nil }
        let end = tokens.tokens[clause.modal].range.upperBound
        guard end < tokens.count, tokens.character(at: end) == " " else { return nil }
        return tokens.text(0..<end + 1)
    }

    /// The character offset where the clause holding token `index` begins.
    private static func start(before index: Int, in tokens: WordTokens) -> Int {
        var offset = tokens.tokens[index].range.lowerBound
        while offset > 0, !".;:,!?()".contains(tokens.character(at: offset - 1)) { offset -= 1 }
        // Nor across an earlier modal in the same clause.
        if let previous = tokens.tokens[..<index].last(where: { modals.contains($0.folded) }), previous.range.upperBound > offset {
            offset = previous.range.upperBound
        }
        return offset
    }
}
