import Content
/// A document's glossary: the acronyms it defines, plus those of the field glossary it uses.
/// A document's own definition wins over the field glossary.
public struct Glossary: Sendable, Hashable {
    /// Entries used or defined in the document, sorted by acronym ignoring case.
    public var entries: [GlossaryEntry]
    /// Acronym-shaped words neither the document nor the field glossary explains, with their occurrences.
    public var unexplained: [String: [Evidence]]

    private var expansions: [String: String]

    public init(document: ReviewDocument, fieldGlossary: [GlossaryDefinition]) {
        let pieces = document.text.pieces
        self.init(pieces: Array(zip(pieces, WordTokens.split(pieces.map(\.text)))), fieldGlossary: fieldGlossary)
    }

    init(pieces tokenized: [(TextPiece, WordTokens)], fieldGlossary: [GlossaryDefinition]) {
        var byAcronym: [String: GlossaryEntry] = [:]
        var order: [String] = []
        let words = AcronymWords(tokenized.first?.1.vocabulary ?? Vocabulary(words: []))
        // The document's own definitions, first one wins.
        for (piece, tokens) in tokenized {
            for definition in AcronymDefinitionFinder.definitions(in: piece, tokens: tokens) where byAcronym[definition.acronym] == nil {
                byAcronym[definition.acronym] = GlossaryEntry(acronym: definition.acronym, expansion: definition.expansion,
                                                              source: .document(definition.evidence))
                order.append(definition.acronym)
            }
        }
        // A title line the document's initials spell ("Anytown Safeguarding Children Partnership" for ASCP).
        for definition in AcronymDefinitionFinder.titleDefinitions(in: tokenized, words: words) where byAcronym[definition.acronym] == nil {
            byAcronym[definition.acronym] = GlossaryEntry(acronym: definition.acronym, expansion: definition.expansion,
                                                          source: .document(definition.evidence))
            order.append(definition.acronym)
        }
        // The field glossary fills in the rest; its senses are kept as alternatives.
        for definition in fieldGlossary {
            if var entry = byAcronym[definition.acronym] {
                if entry.expansion.lowercased() != definition.expansion.lowercased() && !entry.otherExpansions.contains(definition.expansion) {
                    entry.otherExpansions.append(definition.expansion)
                }
                byAcronym[definition.acronym] = entry
            } else {
                byAcronym[definition.acronym] = GlossaryEntry(acronym: definition.acronym, expansion: definition.expansion,
                                                              source: .fieldGlossary(file: definition.file, line: definition.line))
                order.append(definition.acronym)
            }
        }
        var unexplained: [String: [Evidence]] = [:]
        // Acronyms with several senses in the glossary files, and the pieces they occur in.
        let senses = Dictionary(grouping: fieldGlossary, by: \.acronym).filter { $0.value.count > 1 }
        var piecesOf: [String: [Int]] = [:]
        let keys = words.keys(known: byAcronym)
        for (index, (piece, tokens)) in tokenized.enumerated() {
            for token in Self.tokens(in: tokens, words: words, keys: keys) {
                let evidence = piece.evidence(token.range, in: tokens)
                if let key = token.entryAcronym {
                    byAcronym[key]?.occurrences.append(evidence)
                    if senses[key] != nil { piecesOf[key, default: []].append(index) }
                } else {
                    unexplained[token.text, default: []].append(evidence)
                }
            }
        }
        for (acronym, pieces) in piecesOf {
            guard let entry = byAcronym[acronym], !entry.isDefinedInDocument, let options = senses[acronym] else { continue }
            // The distinct words of the distinct pieces, by number: not a string per word of them.
            var numbers = Set<Int>()
            for piece in Set(pieces) { numbers.formUnion(tokenized[piece].1.tokens.lazy.map(\.word)) }
            let vocabulary = tokenized[pieces[0]].1.vocabulary
            let nearby = Set(numbers.map { vocabulary.folded[$0] })
            if let best = GlossarySenses.bestFit(options, wordsNearby: nearby) {
                byAcronym[acronym] = GlossarySenses.entry(entry, ledBy: best, of: options)
            }
        }
        entries = order.compactMap { byAcronym[$0] }
            .filter { $0.isDefinedInDocument || !$0.occurrences.isEmpty }
            .sorted { ($0.acronym.lowercased(), $0.acronym) < ($1.acronym.lowercased(), $1.acronym) }
        self.unexplained = unexplained
        expansions = byAcronym.mapValues(\.expansion)
    }

    public func entry(for acronym: String) -> GlossaryEntry? {
        let key = Self.key(for: acronym, known: expansions) ?? acronym
        return entries.first { $0.acronym == key }
    }

    /// The expansion of an acronym as written in the text ("ACE", "PSCP's"), for the key that explains it.
    public func expansion(of word: String) -> String? {
        Self.key(for: word, known: expansions).flatMap { expansions[$0] }
    }

    /// The acronyms in a piece of text, known or not, for the reader to mark.
    public func acronymTokens(in text: String) -> [AcronymToken] {
        let tokens = WordTokens(text)
        let words = AcronymWords(tokens.vocabulary)
        return Self.tokens(in: tokens, words: words, keys: words.keys(known: expansions))
    }

    /// `words` and `keys`: what is known of each word of the tokens' vocabulary.
    private static func tokens(in tokens: WordTokens, words: AcronymWords, keys: [String?]) -> [AcronymToken] {
        tokens.tokens.compactMap { token in
            let key = keys[token.word]
            guard key != nil || words.isAcronym[token.word] else { return nil }
            let word = words.stems[token.word]
            return AcronymToken(range: tokens.range(of: token, characters: word.count), text: word, entryAcronym: key)
        }
    }

    /// The glossary key a word belongs to: itself, its singular, or its plural; exact case.
    static func key<Value>(for word: String, known: [String: Value]) -> String? {
        let word = AcronymWords.stem(word)
        if known[word] != nil { return word }
        guard AcronymShape.isAcronym(word) else { return nil }
        if word.hasSuffix("s"), known[String(word.dropLast())] != nil { return String(word.dropLast()) }
        if known[word + "s"] != nil { return word + "s" }
        return nil
    }
}
