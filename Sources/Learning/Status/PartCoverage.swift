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
        var wanted = Set<String>()
        for (index, pieces) in recommendations.enumerated() where pieces.contains(where: { $0.piece.isResponse }) {
            var parts: [(label: Character, pieces: [Tokenized])] = []
            for item in pieces {
                guard case let .part(label) = item.piece.place.zone else { continue }
                if parts.last?.label == label { parts[parts.count - 1].pieces.append(item) } else { parts.append((label, [item])) }
            }
            guard parts.count >= 2 else { continue }
            candidates[index] = parts
            for part in parts { wanted.formUnion(part.pieces.flatMap { Self.stems(of: $0.tokens) }) }
        }
        guard !candidates.isEmpty else {
            unanswered = recommendations.map { _ in [] }
            return
        }
        let owners = Self.owners(of: wanted, recommendations: recommendations, otherPieces: otherPieces)
        unanswered = recommendations.indices.map { index in
            guard let parts = candidates[index] else { return [] }
            let response = recommendations[index].filter(\.piece.isResponse)
            let said = Set(response.flatMap { Self.stems(of: $0.tokens) })
            let number = recommendations[index].first?.piece.place.itemID?.number ?? 0
            let stemsOfParts = parts.map { part in Set(part.pieces.flatMap { Self.stems(of: $0.tokens) }) }
            return zip(parts, stemsOfParts).enumerated().compactMap { position, element in
                let (part, stems) = element
                // Words of this part only: in no other part, nowhere outside this recommendation.
                let siblings = stemsOfParts.enumerated().filter { $0.offset != position }.map(\.element)
                let own = stems.filter { stem in owners[stem] == index && !siblings.contains { $0.contains(stem) } }
                guard !own.isEmpty, own.isDisjoint(with: said),
                      !response.contains(where: { Self.names(part: part.label, of: number, in: $0) }),
                      let first = part.pieces.first else { return nil }
                return UnansweredPart(id: ItemID(number: number, part: part.label), evidence: Self.opening(of: first))
            }
        }
    }

    /// For each wanted stem, the one recommendation it occurs in, or -1 when it occurs in several or outside
    /// any. Most words are ruled out by their first four bytes; the rest are looked up as written, and
    /// only each distinct word is stemmed.
    private static func owners(of wanted: Set<String>, recommendations: [[Tokenized]], otherPieces: [Tokenized]) -> [String: Int] {
        let prefixes = Set(wanted.map { prefixKey($0.utf8) })
        var ownersOfWords: [String: Int] = [:]
        func visit(_ item: Tokenized, owner: Int) {
            for token in item.tokens.tokens where token.folded.utf8.count >= minimumLength && prefixes.contains(prefixKey(token.folded.utf8)) {
                record(owner, for: token.folded, in: &ownersOfWords)
            }
        }
        for item in otherPieces { visit(item, owner: -1) }
        for (index, pieces) in recommendations.enumerated() { pieces.forEach { visit($0, owner: index) } }
        var owners: [String: Int] = [:]
        for (word, owner) in ownersOfWords {
            let stem = stem(word)
            if wanted.contains(stem) { record(owner, for: stem, in: &owners) }
        }
        return owners
    }

    /// The one owner seen so far, or -1 once a second is seen.
    private static func record(_ owner: Int, for key: String, in owners: inout [String: Int]) {
        if let known = owners[key], known != owner { owners[key] = -1 } else { owners[key] = owner }
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
    private static let minimumLength = 4

    /// The stems of a piece's content words (four letters or more, not a common function word), each
    /// distinct word stemmed once.
    private static func stems(of tokens: WordTokens) -> [String] {
        Set(tokens.tokens.map(\.folded)).compactMap { word in
            word.utf8.count >= minimumLength && !commonWords.contains(word) ? stem(word) : nil
        }
    }

    /// A crude stem, enough to match "interviews" with "interview" and "completion" with "completed";
    /// never shorter than four letters, so a stem keeps its word's first four bytes.
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

    private static let commonWords: Set<String> = [
        "that", "this", "with", "from", "their", "they", "them", "there", "these", "those", "should", "would",
        "could", "will", "have", "been", "being", "into", "also", "which", "what", "when", "where", "whether",
        "other", "such", "about", "than", "then", "were", "within", "through", "including", "order", "well",
        "must", "more", "some", "each", "only", "made", "make", "very", "over", "under", "after", "before",
    ]

    private static func prefixKey(_ utf8: String.UTF8View) -> UInt32 {
        utf8.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }
}
