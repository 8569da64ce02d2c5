import Content
import Dispatch
import Foundation

/// Each recommendation's own facts (agencies, themes, commitments, status), derived once, when first
/// asked for, from what the learning index found across the document. Shared by the copies of an
/// index, and safe to ask from several threads: a lock guards what has been derived.
final class RecommendationDerivation: @unchecked Sendable {
    /// What deriving a recommendation's facts needs; let go once every recommendation is derived.
    struct Inputs: Sendable {
        /// The document's sections (shared with it, not a copy of every recommendation) and where
        /// each recommendation is in them, in order.
        var sections: [Section]
        var positions: [(section: Int32, offset: Int32)]
        /// The document's pieces, and each recommendation's range of them in the order of `positions`:
        /// split into words as each is derived, so that the words of every piece are never held at once.
        var pieces: [TextPiece]
        var ranges: [Range<Int>]
        /// Each recommendation's parts its response does not mention.
        var unanswered: [[UnansweredPart]]
        var agencies: AgencyFinder
        var themes: ThemeFinder
        var duePeriods: DuePeriodFinder
        /// Whether each recommendation's facts are held packed over the pieces (`PackedFacts`).
        var packsFacts: Bool

        init(sections: [Section], pieces: [TextPiece], ranges: [Range<Int>], unanswered: [[UnansweredPart]],
             agencies: AgencyFinder, themes: ThemeFinder, duePeriods: DuePeriodFinder, packsFacts: Bool = true) {
            self.sections = sections
            positions = sections.indices.flatMap { section in
                sections[section].recommendations.indices.map { (Int32(section), Int32($0)) }
            }
            self.pieces = pieces
            self.ranges = ranges
            self.unanswered = unanswered
            self.agencies = agencies
            self.themes = themes
            self.duePeriods = duePeriods
            self.packsFacts = packsFacts
        }

        func recommendation(at index: Int) -> Recommendation {
            let (section, offset) = positions[index]
            return sections[Int(section)].recommendations[Int(offset)]
        }
    }

    let count: Int
    private let lock = NSLock()
    /// Held while every missing recommendation is derived, so two callers do not both derive them.
    private let derivingAll = NSLock()
    private var inputs: Inputs?
    /// The facts derived one at a time before all were asked for (the browser's first screens), by
    /// index: a table of every recommendation, made up front, held 320 bytes for each before any was.
    private var derived: [Int: RecommendationLearning] = [:]
    private var everything: [RecommendationLearning]?

    init(inputs: Inputs) {
        self.inputs = inputs
        count = inputs.positions.count
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
        let known = derived
        let inputs = self.inputs!
        lock.unlock()
        // Derived a batch of recommendations at a time, each batch's words split with one vocabulary,
        // so that the finders' rules are looked up once for each distinct word of a batch, not of
        // every recommendation (a few batches for each core, so that the cores stay busy).
        // Each batch is written straight into the one array, taking what is already derived: the
        // batches' facts, joined after, held every recommendation's facts twice.
        let size = max(1, min(16, count / 16))
        let result = Parallel.batched(count: count, size: size) { batch in
            var fresh = Self.derive(batch.filter { known[$0] == nil }, from: inputs).makeIterator()
            return batch.map { known[$0] ?? fresh.next()! }
        }
        lock.lock()
        defer { lock.unlock() }
        everything = result
        // Nothing needs the recommendations' pieces now.
        self.inputs = nil
        derived = [:]
        return result
    }

    /// Whether every recommendation's facts are derived and held (`all()` has finished).
    var isComplete: Bool {
        lock.lock()
        defer { lock.unlock() }
        return everything != nil
    }

    func deriveInBackground() {
        DispatchQueue.global(qos: .utility).async { _ = self.all() }
    }

    private static func derive(_ index: Int, from inputs: Inputs) -> RecommendationLearning {
        derive([index], from: inputs)[0]
    }

    /// The facts of the recommendations at these indices, their words split together.
    private static func derive(_ indices: [Int], from inputs: Inputs) -> [RecommendationLearning] {
        let texts = indices.flatMap { inputs.pieces[inputs.ranges[$0]] }
        let words = WordTokens.split(texts.map(\.text))
        // The finders' rules looked up once for each distinct word of the batch.
        let vocabulary = words.first?.vocabulary ?? Vocabulary(words: [])
        let finders = Finders(agencies: inputs.agencies.bound(to: vocabulary), themes: inputs.themes.bound(to: vocabulary),
                              duePeriods: inputs.duePeriods.bound(to: vocabulary))
        var start = 0
        return indices.map { index in
            let end = start + inputs.ranges[index].count
            defer { start = end }
            return derive(index, pieces: Array(zip(texts[start..<end], words[start..<end])), finders: finders, from: inputs)
        }
    }

    /// The finders, bound to a batch's vocabulary.
    private struct Finders {
        var agencies: AgencyFinder
        var themes: ThemeFinder
        var duePeriods: DuePeriodFinder
    }

    private static func derive(_ index: Int, pieces: [(TextPiece, WordTokens)], finders: Finders, from inputs: Inputs) -> RecommendationLearning {
        let recommendation = inputs.recommendation(at: index), unanswered = inputs.unanswered[index]
        let (agencies, themes, duePeriods) = (finders.agencies, finders.themes, finders.duePeriods)
        // Each piece's agencies, found once for who is addressed and named and who owns each commitment.
        let named = pieces.map { AgenciesInPiece(piece: $0.0, tokens: $0.1, found: agencies.find(in: $0.1)) }
        let sentences = ResponseSentence.sentences(of: named.filter(\.piece.isResponse))
        let stated = StatedFields(recommendation: recommendation, pieces: named)
        let learning = RecommendationLearning(
            number: recommendation.number,
            agencies: Self.agencies(of: named, finder: agencies, stated: stated),
            themes: themes.themes(in: pieces),
            commitments: CommitmentFinder.commitments(recommendation: recommendation.number, sentences: sentences,
                                                     agencies: agencies, duePeriods: duePeriods, stated: stated),
            status: StatusRules.status(of: sentences, unanswered: unanswered),
            unansweredParts: unanswered)
        return inputs.packsFacts ? learning.packed(over: inputs.pieces, range: inputs.ranges[index]) : learning
    }

    private static func agencies(of pieces: [AgenciesInPiece], finder: AgencyFinder, stated: StatedFields) -> RecommendationAgencies {
        var addressed: [(key: AgencyFinder.Key, evidence: Evidence)] = []
        var namedInText: [(agency: Int, evidence: Evidence)] = []
        var namedInResponse: [(agency: Int, evidence: Evidence)] = []
        for named in pieces {
            let (piece, tokens, found) = (named.piece, named.tokens, named.found)
            let mentions = found.map { (agency: $0.agency, evidence: piece.evidence($0.range)) }
            if piece.isResponse || StatedFields.isField(piece) {
                // A table's cells (Lead, Target…) belong with the response; a Lead is used below.
                namedInResponse += mentions
            } else {
                addressed += AddresseeFinder.addressees(in: tokens, found: found).map { (key: $0.key, evidence: piece.evidence($0.range)) }
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
