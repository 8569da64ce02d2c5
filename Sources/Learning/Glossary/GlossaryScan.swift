import Content
/// What the glossary needs of a group of pieces, found while the group's words are held: the
/// acronyms the group defines, the acronym-shaped words it uses, and where each word that may be a
/// glossary key occurs. Which key a word belongs to is settled once every group is read, since a
/// definition may come after a use.
struct GlossaryScan: Sendable {
    struct Candidate: Sendable {
        /// The index of the piece in the document's pieces.
        var piece: Int
        /// The word less its possessive ("PSCP's" → "PSCP").
        var word: String
        /// The word's UTF-8 range in the piece (an occurrence's `Evidence` is made once filed, compact).
        var range: Range<Int>
    }

    /// The group's own definitions, in reading order: the first of each acronym only, since the
    /// document's first definition wins (a large document repeats its definitions).
    var definitions: [AcronymDefinition] = []
    /// The acronym-shaped words (less a possessive) used, in order of first use.
    var used: [String] = []
    /// Each acronym-shaped word or field glossary key, in reading order.
    var candidates: [Candidate] = []

    /// `fieldKeys`: the field glossary's acronyms. A word may be a key only when it is shaped like an
    /// acronym (as every acronym the document defines is) or is one of these.
    init(_ group: PieceGroup, fieldKeys: Set<String>) {
        let words = AcronymWords(group.vocabulary)
        let isCandidate = words.stems.indices.map { words.isAcronym[$0] || fieldKeys.contains(words.stems[$0]) }
        var seen = Set<String>(), defined = Set<String>()
        for (index, piece, tokens) in group.tokenized {
            definitions += AcronymDefinitionFinder.definitions(in: piece, tokens: tokens).filter { defined.insert($0.acronym).inserted }
            for token in tokens.tokens where isCandidate[token.word] {
                let word = words.stems[token.word]
                if words.isAcronym[token.word] && seen.insert(word).inserted { used.append(word) }
                let range = tokens.range(of: token, characters: word.count)
                candidates.append(Candidate(piece: index, word: word, range: range))
            }
        }
    }
}
