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

    init(recommendations: [[Tokenized]], otherPieces: [Tokenized]) {
        // Only recommendations with two parts or more and a response are judged.
        var candidates: [Int: [(label: Character, pieces: [Tokenized])]] = [:]
        for (index, pieces) in recommendations.enumerated() where pieces.contains(where: { $0.piece.isResponse }) {
            var parts: [(label: Character, pieces: [Tokenized])] = []
            for item in pieces {
                guard case let .part(label) = item.piece.place.zone else { continue }
                if parts.last?.label == label { parts[parts.count - 1].pieces.append(item) } else { parts.append((label, [item])) }
            }
            guard parts.count >= 2 else { continue }
            candidates[index] = parts
        }
        guard let someParts = candidates.values.first else {
            unanswered = recommendations.map { _ in [] }
            return
        }
        // Stems are numbered once per word of the document's vocabulary, so the rest compares numbers.
        let stems = Stems(someParts[0].pieces[0].tokens.vocabulary)
        let owners = stems.owners(recommendations: recommendations, otherPieces: otherPieces)
        unanswered = recommendations.indices.map { index in
            guard let parts = candidates[index] else { return [] }
            let response = recommendations[index].filter(\.piece.isResponse)
            let said = Set(response.flatMap { stems.contentStems(of: $0.tokens) })
            let number = recommendations[index].first?.piece.place.itemID?.number ?? 0
            let stemsOfParts = parts.map { part in Set(part.pieces.flatMap { stems.contentStems(of: $0.tokens) }) }
            return zip(parts, stemsOfParts).enumerated().compactMap { position, element in
                let (part, partStems) = element
                // Words of this part only: in no other part, nowhere outside this recommendation.
                let siblings = stemsOfParts.enumerated().filter { $0.offset != position }.map(\.element)
                let own = partStems.filter { stem in owners[stem] == index && !siblings.contains { $0.contains(stem) } }
                guard !own.isEmpty, own.isDisjoint(with: said),
                      !response.contains(where: { Self.names(part: part.label, of: number, in: $0) }),
                      let first = part.pieces.first else { return nil }
                return UnansweredPart(id: ItemID(number: number, part: part.label), evidence: Self.opening(of: first))
            }
        }
    }

    /// The stem of each word of a vocabulary, numbered: words shorter than four letters have none.
    private struct Stems {
        /// By word number: its stem's number, or -1.
        let stem: [Int]
        /// By word number: whether it is a content word (not a common function word).
        let isContent: [Bool]
        let count: Int

        init(_ vocabulary: Vocabulary) {
            var numbers: [String: Int] = [:]
            stem = vocabulary.folded.map { word in
                guard word.utf8.count >= PartCoverage.minimumLength else { return -1 }
                let stem = PartCoverage.stem(word)
                if let number = numbers[stem] { return number }
                numbers[stem] = numbers.count
                return numbers.count - 1
            }
            isContent = vocabulary.folded.map { !PartCoverage.commonWords.contains($0) }
            count = numbers.count
        }

        /// The stems of a piece's content words.
        func contentStems(of tokens: WordTokens) -> [Int] {
            tokens.tokens.compactMap { isContent[$0.word] && stem[$0.word] >= 0 ? stem[$0.word] : nil }
        }

        /// For each stem, the one recommendation it occurs in, or -1 when it occurs in several or
        /// outside any (-2 when nowhere).
        func owners(recommendations: [[Tokenized]], otherPieces: [Tokenized]) -> [Int] {
            var owners = [Int](repeating: -2, count: count)
            func visit(_ item: Tokenized, owner: Int) {
                for token in item.tokens.tokens where stem[token.word] >= 0 {
                    let known = owners[stem[token.word]]
                    owners[stem[token.word]] = known == -2 || known == owner ? owner : -1
                }
            }
            for item in otherPieces { visit(item, owner: -1) }
            for (index, pieces) in recommendations.enumerated() { pieces.forEach { visit($0, owner: index) } }
            return owners
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
        return item.piece.evidence(start..<end, in: item.tokens)
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
