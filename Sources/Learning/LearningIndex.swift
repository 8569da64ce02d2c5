import Content
/// The learning structure of a document: its glossary, and for each recommendation the agencies it
/// addresses and names, its themes, the commitments in its response and its status. Every derived
/// fact carries its evidence. Built once per document; pure value.
public struct LearningIndex: Sendable, Hashable {
    public let document: ReviewDocument
    /// The data the learning was derived with: the national data with the document's local data over it.
    public let data: LearningData
    public let glossary: Glossary
    /// The agencies recognised in this document: `data.agencies` with "The publishing partnership"
    /// resolved to the partnership that published it.
    public let agencies: [AgencyDefinition]
    /// One entry per recommendation, in the order of `document.recommendations`.
    public let recommendations: [RecommendationLearning]

    /// `data` is the national data; the user's data files (`document.userData`) are laid over it, and
    /// the document's own local data over that, for this document only.
    public init(document: ReviewDocument, data national: LearningData = .builtIn) {
        let data = LearningData.inForce(for: document, national: national)
        self.document = document
        self.data = data
        // Every piece's words and every recommendation's facts are found on their own, so on all cores at once.
        let words = WordTokens.split(document.text.pieces.map(\.text))
        let pieces = Array(zip(document.text.pieces, words))
        self.agencies = PublishingPartnership.resolve(data.agencies, for: document, words: pieces.map(\.1))
        let vocabulary = words.first?.vocabulary ?? Vocabulary(words: [])
        let agencies = AgencyFinder(agencies: self.agencies).bound(to: vocabulary)
        let themes = ThemeFinder(themes: data.themes).bound(to: vocabulary)
        let piecesByRecommendation = document.text.recommendations.map { Array(pieces[document.text.pieceIndices(of: $0)]) }
        let duePeriods = DuePeriodFinder.shared.bound(to: vocabulary)
        let recommendationItems = Set(document.text.recommendations)
        let coverage = PartCoverage(recommendations: piecesByRecommendation,
                                    otherPieces: pieces.filter { !recommendationItems.contains($0.0.place.item) })
        (glossary, recommendations) = Parallel.both({ Glossary(pieces: pieces, fieldGlossary: data.glossary) }, {
            Parallel.map(Array(zip(document.recommendations, zip(piecesByRecommendation, coverage.unanswered)))) { recommendation, both in
                let (pieces, unanswered) = both
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
        })
    }

    /// The learning for a recommendation by number.
    public func learning(for number: Int) -> RecommendationLearning? {
        recommendations.first { $0.number == number }
    }

    /// Every commitment in the document, in recommendation order (the tracker's rows).
    public var commitments: [Commitment] { recommendations.flatMap(\.commitments) }

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
