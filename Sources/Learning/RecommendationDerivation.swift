import Content
import Dispatch
import Foundation

/// Each recommendation's own facts (agencies, themes, commitments, status), derived once, when first
/// asked for, from what the learning index found across the document. Shared by the copies of an
/// index, and safe to ask from several threads: a lock guards what has been derived.
final class RecommendationDerivation: @unchecked Sendable {
    /// What deriving a recommendation's facts needs; let go once every recommendation is derived.
    struct Inputs: Sendable {
        var recommendations: [Recommendation]
        /// The document's pieces, and each recommendation's range of them in the order of
        /// `recommendations`: split into words as each is derived, so that the words of every piece
        /// are never held at once.
        var pieces: [TextPiece]
        var ranges: [Range<Int>]
        /// Each recommendation's parts its response does not mention.
        var unanswered: [[UnansweredPart]]
        var agencies: AgencyFinder
        var themes: ThemeFinder
        var duePeriods: DuePeriodFinder
    }

    let count: Int
    private let lock = NSLock()
    /// Held while every missing recommendation is derived, so two callers do not both derive them.
    private let derivingAll = NSLock()
    private var inputs: Inputs?
    private var derived: [RecommendationLearning?]
    private var everything: [RecommendationLearning]?

    init(inputs: Inputs) {
        self.inputs = inputs
        count = inputs.recommendations.count
        derived = Array(repeating: nil, count: count)
    }

    /// `keep`: false derives without keeping what has not been derived yet, for a reader that asks
    /// for each recommendation once (an export), so that a large document's facts are not all held.
    func learning(at index: Int, keep: Bool = true) -> RecommendationLearning {
        lock.lock()
        if let everything { lock.unlock(); return everything[index] }
        if let known = derived[index] { lock.unlock(); return known }
        let inputs = self.inputs!
        lock.unlock()
        let learning = Self.derive(index, from: inputs)
        guard keep else { return learning }
        lock.lock()
        if everything == nil { derived[index] = learning }
        lock.unlock()
        return learning
    }

    func all() -> [RecommendationLearning] {
        derivingAll.lock()
        defer { derivingAll.unlock() }
        lock.lock()
        if let everything { lock.unlock(); return everything }
        let missing = derived.indices.filter { derived[$0] == nil }
        let inputs = self.inputs!
        lock.unlock()
        let found = Parallel.map(missing) { Self.derive($0, from: inputs) }
        lock.lock()
        defer { lock.unlock() }
        for (index, learning) in zip(missing, found) where derived[index] == nil { derived[index] = learning }
        let result = derived.map { $0! }
        everything = result
        // Nothing needs the recommendations' pieces now.
        self.inputs = nil
        derived = []
        return result
    }

    func deriveInBackground() {
        DispatchQueue.global(qos: .utility).async { _ = self.all() }
    }

    private static func derive(_ index: Int, from inputs: Inputs) -> RecommendationLearning {
        let recommendation = inputs.recommendations[index]
        let texts = inputs.pieces[inputs.ranges[index]], unanswered = inputs.unanswered[index]
        let words = WordTokens.split(texts.map(\.text))
        let pieces = Array(zip(texts, words))
        // The finders' rules looked up once for each distinct word of the recommendation.
        let vocabulary = words.first?.vocabulary ?? Vocabulary(words: [])
        let agencies = inputs.agencies.bound(to: vocabulary), themes = inputs.themes.bound(to: vocabulary)
        let duePeriods = inputs.duePeriods.bound(to: vocabulary)
        // Each piece's agencies, found once for who is addressed and named and who owns each commitment.
        let named = pieces.map { AgenciesInPiece(piece: $0.0, tokens: $0.1, found: agencies.find(in: $0.1)) }
        let sentences = ResponseSentence.sentences(of: named.filter(\.piece.isResponse))
        let stated = StatedFields(recommendation: recommendation, pieces: named)
        return RecommendationLearning(
            number: recommendation.number,
            agencies: Self.agencies(of: named, finder: agencies, stated: stated),
            themes: themes.themes(in: pieces),
            commitments: CommitmentFinder.commitments(recommendation: recommendation.number, sentences: sentences,
                                                     agencies: agencies, duePeriods: duePeriods, stated: stated),
            status: StatusRules.status(of: sentences, unanswered: unanswered),
            unansweredParts: unanswered)
    }

    private static func agencies(of pieces: [AgenciesInPiece], finder: AgencyFinder, stated: StatedFields) -> RecommendationAgencies {
        var addressed: [(key: AgencyFinder.Key, evidence: Evidence)] = []
        var namedInText: [(agency: Int, evidence: Evidence)] = []
        var namedInResponse: [(agency: Int, evidence: Evidence)] = []
        for named in pieces {
            let (piece, tokens, found) = (named.piece, named.tokens, named.found)
            let mentions = found.map { (agency: $0.agency, evidence: piece.evidence($0.range, in: tokens)) }
            if piece.isResponse || StatedFields.isField(piece) {
                // A table's cells (Lead, Target…) belong with the response; a Lead is used below.
                namedInResponse += mentions
            } else {
                addressed += AddresseeFinder.addressees(in: tokens, found: found).map { (key: $0.key, evidence: piece.evidence($0.range, in: tokens)) }
                namedInText += mentions
            }
        }
        // A stated Lead says who the recommendation is for, over what its sentences suggest.
        if !stated.leads.isEmpty { addressed = stated.leads }
        let addressees = Set(addressed.compactMap { item -> Int? in
            if case let .listed(index) = item.key { return index }
            return nil
        })
        return RecommendationAgencies(addressedTo: finder.mentions(keyed: addressed),
                                      namedInRecommendation: finder.mentions(namedInText.filter { !addressees.contains($0.agency) }),
                                      namedInResponse: finder.mentions(namedInResponse))
    }
}
