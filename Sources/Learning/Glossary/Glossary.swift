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
        self.init(pieces: DocumentPieces.collect(from: document).map { ($0, WordTokens($0.text)) }, fieldGlossary: fieldGlossary)
    }

    init(pieces tokenized: [(DocumentPiece, WordTokens)], fieldGlossary: [GlossaryDefinition]) {
        var byAcronym: [String: GlossaryEntry] = [:]
        var order: [String] = []
        // The document's own definitions, first one wins.
        for (piece, tokens) in tokenized {
            for definition in AcronymDefinitionFinder.definitions(in: piece, tokens: tokens) where byAcronym[definition.acronym] == nil {
                byAcronym[definition.acronym] = GlossaryEntry(acronym: definition.acronym, expansion: definition.expansion,
                                                              source: .document(definition.evidence))
                order.append(definition.acronym)
            }
        }
        // A title line the document's initials spell ("Anytown Safeguarding Children Partnership" for ASCP).
        for definition in AcronymDefinitionFinder.titleDefinitions(in: tokenized) where byAcronym[definition.acronym] == nil {
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
        let shapes = WordShapes(byAcronym.keys)
        for (piece, tokens) in tokenized {
            for token in Self.tokens(in: tokens, known: byAcronym, shapes: shapes) {
                let evidence = piece.evidence(token.range, in: tokens)
                if let key = token.entryAcronym {
                    byAcronym[key]?.occurrences.append(evidence)
                } else {
                    unexplained[token.text, default: []].append(evidence)
                }
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
        Self.tokens(in: WordTokens(text), known: expansions)
    }

    /// `shapes` of the known keys, when given, rules out most plain words without hashing them.
    private static func tokens<Value>(in tokens: WordTokens, known: [String: Value], shapes: WordShapes? = nil) -> [AcronymToken] {
        tokens.tokens.compactMap { token in
            // An ASCII word that is no key and not shaped like an acronym has no key: `key` would say nil.
            if let shapes, token.isASCII, !token.mayHaveApostrophe, !shapes.mayContain(asciiWord: token.text),
               !token.isAcronym(token.text) {
                return nil
            }
            let word = token.mayHaveApostrophe && token.text.hasSuffix("'s") ? String(token.text.dropLast(2)) : token.text
            let key = Self.key(for: word, known: known, token: token)
            guard key != nil || token.isAcronym(word) else { return nil }
            let range = token.range.lowerBound..<(token.range.lowerBound + word.count)
            return AcronymToken(range: range, text: word, entryAcronym: key)
        }
    }

    /// The glossary key a word belongs to: itself, its singular, or its plural; exact case.
    /// `token`, when the word comes from one, lets ASCII words take the byte-level acronym test.
    private static func key<Value>(for word: String, known: [String: Value], token: WordToken? = nil) -> String? {
        let word = token?.mayHaveApostrophe != false && word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        if known[word] != nil { return word }
        guard token?.isAcronym(word) ?? AcronymShape.isAcronym(word) else { return nil }
        if word.hasSuffix("s"), known[String(word.dropLast())] != nil { return String(word.dropLast()) }
        if known[word + "s"] != nil { return word + "s" }
        return nil
    }
}
