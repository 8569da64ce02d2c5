import Content
/// A document's glossary: the acronyms it defines, plus those of the field glossary it uses.
/// A document's own definition wins over the field glossary.
public struct Glossary: Sendable, Hashable {
    /// Entries used or defined in the document, sorted by acronym ignoring case.
    public var entries: [GlossaryEntry]
    /// Acronym-shaped words neither the document nor the field glossary explains, with their occurrences.
    public var unexplained: [String: EvidenceList]

    private var expansions: [String: String]

    public init(document: ReviewDocument, fieldGlossary: [GlossaryDefinition]) {
        let fieldKeys = Set(fieldGlossary.map(\.acronym))
        self.init(pieces: document.text.pieces, scans: DocumentWords.map(document.text) { GlossaryScan($0, fieldKeys: fieldKeys) },
                  fieldGlossary: fieldGlossary)
    }

    /// `scans`: each group of the document's `pieces`, in reading order (`GlossaryScan`).
    init(pieces: [TextPiece], scans: consuming [GlossaryScan], fieldGlossary: [GlossaryDefinition]) {
        var byAcronym: [String: GlossaryEntry] = [:]
        // Each acronym's occurrences are kept as places in these pieces (12 bytes each).
        let none = EvidenceList(pieces: pieces)
        var order: [String] = []
        // The document's own definitions, first one wins.
        for definition in scans.lazy.flatMap(\.definitions) where byAcronym[definition.acronym] == nil {
            byAcronym[definition.acronym] = GlossaryEntry(acronym: definition.acronym, expansion: definition.expansion,
                                                          source: .document(definition.evidence), occurrences: none)
            order.append(definition.acronym)
        }
        // A title line the document's initials spell ("Anytown Safeguarding Children Partnership" for ASCP).
        var seen = Set<String>()
        let used = scans.flatMap(\.used).filter { seen.insert($0).inserted }
        let titles = pieces.filter { $0.place.item == .introduction && $0.place.zone == .title }
        let titleWords = Array(zip(titles, WordTokens.split(titles.map(\.text))))
        for definition in AcronymDefinitionFinder.titleDefinitions(in: titleWords, used: used) where byAcronym[definition.acronym] == nil {
            byAcronym[definition.acronym] = GlossaryEntry(acronym: definition.acronym, expansion: definition.expansion,
                                                          source: .document(definition.evidence), occurrences: none)
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
                                                              source: .fieldGlossary(file: definition.file, line: definition.line),
                                                              occurrences: none)
                order.append(definition.acronym)
            }
        }
        var unexplained: [String: EvidenceList] = [:]
        // Acronyms with several senses in the glossary files, and the pieces they occur in.
        let senses = Dictionary(grouping: fieldGlossary, by: \.acronym).filter { $0.value.count > 1 }
        var piecesOf: [String: [Int]] = [:]
        // Each word's key, looked up once per distinct word.
        var keys: [String: String?] = [:]
        for group in scans.indices {
            for candidate in scans[group].candidates {
                let key = keys[candidate.word] ?? {
                    let key = Self.key(for: candidate.word, known: byAcronym)
                    keys[candidate.word] = key
                    return key
                }()
                if let key {
                    byAcronym[key]?.occurrences.append(piece: candidate.piece, range: candidate.range)
                    if senses[key] != nil { piecesOf[key, default: []].append(candidate.piece) }
                } else {
                    unexplained[candidate.word, default: none].append(piece: candidate.piece, range: candidate.range)
                }
            }
            // Let go of each group's as its occurrences are filed, so the two are not all held at once.
            scans[group].candidates = []
        }
        for (acronym, indices) in piecesOf {
            guard let entry = byAcronym[acronym], !entry.isDefinedInDocument, let options = senses[acronym] else { continue }
            // The distinct words of the distinct pieces, each piece split again on its own.
            var nearby = Set<String>()
            for index in Set(indices) { nearby.formUnion(WordTokens(pieces[index].text).tokens.lazy.map(\.folded)) }
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
