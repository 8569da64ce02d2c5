import Content
/// A lettered part of a recommendation that its response does not mention.
public struct UnansweredPart: Sendable, Hashable {
    public var id: ItemID
    /// The part's opening words, where it begins.
    public var evidence: Evidence

    public init(id: ItemID, evidence: Evidence) {
        self.id = id
        self.evidence = evidence
    }
}

/// Finds the parts of recommendations that their response never mentions. A part is answered when
/// the response names it ("6b", "part b", "(b)") or uses one of the part's own words: a word, stemmed,
/// in no other part and nowhere in the document outside this recommendation ("disclosed" in Child J's
/// 6b). Words used elsewhere too ("police", "interviews") cannot tell which part a response answers,
/// and a part with no word of its own is not judged.
struct PartCoverage {
    typealias Tokenized = (piece: TextPiece, tokens: WordTokens)

    /// Per recommendation (in document order), its unanswered parts.
    let unanswered: [[UnansweredPart]]

    /// What a group of pieces tells: where each stem occurs, and what each recommendation there that
    /// may be judged says in each part and in its response. Stems are kept as text, since each group
    /// numbers its words on its own.
    struct Scan: Sendable {
        /// For each stem, the one recommendation (by index) it occurs in within the group, or -1
        /// when it occurs in several or outside any.
        var owners: [String: Int] = [:]
        var candidates: [Candidate] = []
    }

    /// A recommendation with two parts or more and a response.
    struct Candidate: Sendable {
        var index: Int
        var parts: [Part]
    }

    /// Only what can still decide a part is kept (a large document has thousands): the stems that
    /// may be its own, those in no other part and, within the group, in no other recommendation
    /// nor outside any; whether the document's other groups leave them its own is known at the end.
    struct Part: Sendable {
        var id: ItemID
        /// The stems that may be the part's own, and whether its response uses each.
        var mayBeOwn: [(stem: String, said: Bool)]
        /// Whether the response names the part ("6b", "part b", "(b)"); false when that cannot matter.
        var named: Bool
        var opening: Evidence
    }

    /// `recommendations`: the index in the document's recommendations of each whose pieces are in
    /// the group; `isRecommendation`: whether a piece belongs to one.
    static func scan(_ group: PieceGroup, recommendations: [(index: Int, pieces: Range<Int>)],
                     isRecommendation: (TextPiece) -> Bool) -> Scan {
        let stems = Stems(group.vocabulary)
        let tokenized = group.tokenized
        var owners = [Int](repeating: -2, count: stems.count)
        func visit(_ tokens: WordTokens, owner: Int) {
            for token in tokens.tokens where stems.stem[token.word] >= 0 {
                let known = owners[stems.stem[token.word]]
                owners[stems.stem[token.word]] = known == -2 || known == owner ? owner : -1
            }
        }
        for item in tokenized where !isRecommendation(item.piece) { visit(item.tokens, owner: -1) }
        let pieces = recommendations.map { index, range in
            (index, tokenized[(range.lowerBound - group.first)..<(range.upperBound - group.first)].map { ($0.piece, $0.tokens) })
        }
        for (index, pieces) in pieces { for piece in pieces { visit(piece.1, owner: index) } }
        var scan = Scan()
        // The group's owners are known now, so only the stems this recommendation owns in it are kept.
        for (index, pieces) in pieces {
            if let candidate = candidate(index, pieces: pieces, stems: stems, owners: owners) { scan.candidates.append(candidate) }
        }
        for (number, owner) in owners.enumerated() where owner != -2 { scan.owners[stems.texts[number]] = owner }
        return scan
    }

    /// The recommendation's parts and response, when it has two parts or more and a response.
    /// `owners`: each stem's owner within the group, by its number.
    private static func candidate(_ index: Int, pieces: [Tokenized], stems: Stems, owners: [Int]) -> Candidate? {
        guard pieces.contains(where: { $0.piece.isResponse }) else { return nil }
        var parts: [(label: Character, pieces: [Tokenized])] = []
        for item in pieces {
            guard case let .part(label) = item.piece.place.zone else { continue }
            if parts.last?.label == label { parts[parts.count - 1].pieces.append(item) } else { parts.append((label, [item])) }
        }
        guard parts.count >= 2 else { return nil }
        let response = pieces.filter(\.piece.isResponse)
        let number = pieces.first?.piece.place.itemID?.number ?? 0
        let said = Set(response.flatMap { stems.contentStems(of: $0.tokens) })
        let stemsOfParts = parts.map { part in Set(part.pieces.flatMap { stems.contentStems(of: $0.tokens) }) }
        return Candidate(index: index, parts: zip(parts, stemsOfParts).enumerated().map { position, element in
            let (part, partStems) = element
            // Words of this part only: in no other part, nowhere outside this recommendation.
            let siblings = stemsOfParts.enumerated().filter { $0.offset != position }.map(\.element)
            let mayBeOwn = partStems.filter { stem in owners[stem] == index && !siblings.contains { $0.contains(stem) } }
            let kept = mayBeOwn.sorted().map { (stem: stems.texts[$0], said: said.contains($0)) }
            // Whether the response names the part matters only when a word of its own goes unsaid
            // (and reading the text for it is slow, so it is not done otherwise).
            return Part(id: ItemID(number: number, part: part.label), mayBeOwn: kept,
                        named: kept.contains { !$0.said } && response.contains { names(part: part.label, of: number, in: $0) },
                        opening: opening(of: part.pieces[0]))
        })
    }

    /// `scans`: each group of the document's pieces, in any order; `count`: how many recommendations.
    init(scans: [Scan], recommendations count: Int) {
        var unanswered = [[UnansweredPart]](repeating: [], count: count)
        let candidates = scans.flatMap(\.candidates)
        guard !candidates.isEmpty else {
            self.unanswered = unanswered
            return
        }
        var owners: [String: Int] = [:]
        for scan in scans {
            for (stem, owner) in scan.owners {
                let known = owners[stem]
                owners[stem] = known == nil || known == owner ? owner : -1
            }
        }
        for candidate in candidates {
            unanswered[candidate.index] = candidate.parts.compactMap { part in
                let own = part.mayBeOwn.filter { owners[$0.stem] == candidate.index }
                guard !own.isEmpty, !own.contains(where: \.said), !part.named else { return nil }
                return UnansweredPart(id: part.id, evidence: part.opening)
            }
        }
        self.unanswered = unanswered
    }

    /// The stem of each word of a vocabulary, numbered: words shorter than four letters have none.
    private struct Stems {
        /// By word number: its stem's number, or -1.
        let stem: [Int]
        /// By word number: whether it is a content word (not a common function word).
        let isContent: [Bool]
        /// Each stem's text, by its number.
        let texts: [String]
        var count: Int { texts.count }

        init(_ vocabulary: Vocabulary) {
            var numbers: [String: Int] = [:]
            var texts: [String] = []
            stem = vocabulary.folded.map { word in
                guard word.utf8.count >= PartCoverage.minimumLength else { return -1 }
                let stem = PartCoverage.stem(word)
                if let number = numbers[stem] { return number }
                numbers[stem] = texts.count
                texts.append(stem)
                return texts.count - 1
            }
            isContent = vocabulary.folded.map { !PartCoverage.commonWords.contains($0) }
            self.texts = texts
        }

        /// The stems of a piece's content words, by number.
        func contentStems(of tokens: WordTokens) -> [Int] {
            tokens.tokens.compactMap { isContent[$0.word] && stem[$0.word] >= 0 ? stem[$0.word] : nil }
        }
    }

    /// Whether a response piece names a part: "6b", "part b", "(b)" or "b)".
    private static func names(part label: Character, of number: Int, in item: Tokenized) -> Bool {
        let letter = String(label).lowercased()
        let words = item.tokens.tokens.map(\.folded)
        if words.contains("\(number)\(letter)") { return true }
        if zip(words, words.dropFirst()).contains(where: { $0 == "part" && $1 == letter }) { return true }
        let text = item.piece.text.lowercased()
        return text.contains("(\(letter))") || text.hasPrefix("\(letter))") || text.contains(" \(letter))")
    }

    /// The first few words of a part's first piece.
    private static func opening(of item: Tokenized) -> Evidence {
        let tokens = item.tokens.tokens
        let end = tokens.prefix(openingWords).last?.range.upperBound ?? item.tokens.count
        let start = tokens.first?.range.lowerBound ?? 0
        return item.piece.evidence(start..<end)
    }

    private static let openingWords = 10
    fileprivate static let minimumLength = 4

    /// A crude stem, enough to match "interviews" with "interview" and "completion" with "completed";
    /// never shorter than four letters.
    static func stem(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        for suffix in suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= minimumLength {
            if suffix == "s" && word.hasSuffix("ss") { continue }
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static let suffixes = ["ations", "ation", "ings", "ions", "ing", "ion", "ies", "ied", "ed", "es", "s", "e"]

    fileprivate static let commonWords: Set<String> = [
        "that", "this", "with", "from", "their", "they", "them", "there", "these", "those", "should", "would",
        "could", "will", "have", "been", "being", "into", "also", "which", "what", "when", "where", "whether",
        "other", "such", "about", "than", "then", "were", "within", "through", "including", "order", "well",
        "must", "more", "some", "each", "only", "made", "make", "very", "over", "under", "after", "before",
    ]
}
