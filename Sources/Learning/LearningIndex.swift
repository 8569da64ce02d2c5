import Content
/// The learning structure of a document: its glossary, and for each recommendation the agencies it
/// addresses and names, its themes, the commitments in its response and its status. Every derived
/// fact carries its evidence. The glossary and what each recommendation's facts depend on across
/// the document (the words of every piece, which parts' words are their own) are derived when the
/// index is made; each recommendation's own facts when first asked for (`learning(at:)`), or all at
/// once (`recommendations`), so a first screen waits only for what it shows. A value: copies share
/// the facts derived so far, and equal indexes are those of the same document and data.
public struct LearningIndex: Sendable, Hashable {
    public let document: ReviewDocument
    /// The data the learning was derived with: the national data with the document's local data over it.
    public let data: LearningData
    public let glossary: Glossary
    /// The agencies recognised in this document: `data.agencies` with "The publishing partnership"
    /// resolved to the partnership that published it.
    public let agencies: [AgencyDefinition]
    private let derivation: RecommendationDerivation

    /// `data` is the national data; the user's data files (`document.userData`) are laid over it, and
    /// the document's own local data over that, for this document only.
    public init(document: ReviewDocument, data national: LearningData = .builtIn) {
        self.init(document: document, data: national, groupBytes: DocumentWords.groupBytes)
    }

    /// `groupBytes`: about how much text each group of pieces read at a time holds (tests make it
    /// small, to compare many groups with one). `packsFacts` false holds each recommendation's facts
    /// as plain values (tests compare them with the packed ones).
    init(document: ReviewDocument, data national: LearningData = .builtIn, groupBytes: Int, packsFacts: Bool = true) {
        let data = LearningData.inForce(for: document, national: national)
        self.document = document
        self.data = data
        let pieces = document.text.pieces
        self.agencies = PublishingPartnership.resolve(data.agencies, for: document) { word in
            // Only the pieces holding the word's letters are split into words.
            pieces.contains { $0.text.containsBytes(of: word) && WordTokens($0.text).tokens.contains { $0.text == word || $0.text == word + "'s" } }
        }
        // The glossary and which parts' words are their own read every word of the document, a group of
        // pieces at a time (on all cores), so that only a group's words are held, not the document's.
        let fieldKeys = Set(data.glossary.map(\.acronym))
        let ranges = document.text.recommendations.map { document.text.pieceIndices(of: $0) }
        // Only recommendations with words can own one: 100,000 bare headings, a table of every one
        // (and one filtered for each group) held 14 MB.
        let withPieces = ranges.indices.filter { !ranges[$0].isEmpty }.map { ($0, ranges[$0]) }
        var glossaryScans: [GlossaryScan] = [], coverageScans: [PartCoverage.Scan] = []
        for (glossaryScan, coverageScan) in DocumentWords.map(document.text, bytes: groupBytes, { group in
            let inGroup = withPieces.filter { group.pieces.indices.contains($0.1.lowerBound) }
            return (GlossaryScan(group, fieldKeys: fieldKeys),
                    PartCoverage.scan(group, recommendations: inGroup, isRecommendation: \.place.item.isRecommendation))
        }) {
            glossaryScans.append(glossaryScan)
            coverageScans.append(coverageScan)
        }
        let coverage = PartCoverage(scans: consume coverageScans, recommendations: ranges.count)
        // Handed over, so that the glossary lets go of each group's occurrences as it files them.
        glossary = Glossary(pieces: pieces, scans: consume glossaryScans, fieldGlossary: data.glossary)
        derivation = RecommendationDerivation(inputs: .init(
            sections: document.sections, pieces: pieces, ranges: ranges, unanswered: coverage.unanswered,
            agencies: AgencyFinder(agencies: agencies), themes: ThemeFinder(themes: data.themes), duePeriods: .shared,
            packsFacts: packsFacts))
    }

    /// One entry per recommendation, in the order of `document.recommendations`: every
    /// recommendation's facts, derived now (on all cores) where they have not been yet.
    public var recommendations: [RecommendationLearning] { derivation.all() }

    /// The facts of the recommendation at an index of `document.recommendations`, derived now if
    /// they have not been yet (a screen showing a few recommendations asks only for those). With
    /// `keep` false, facts not derived yet are derived and not kept: for a command that reads each
    /// recommendation's once (an export), so that a large document's are not all held at once.
    public func learning(at index: Int, keep: Bool = true) -> RecommendationLearning { derivation.learning(at: index, keep: keep) }

    /// How many recommendations there are (as `recommendations.count`, without deriving them).
    public var recommendationCount: Int { derivation.count }

    /// The learning of a document being opened: made now, and each recommendation's own facts derived
    /// in the background while the first frame is drawn, ready for a filter or a list.
    public static func opening(_ document: ReviewDocument) -> LearningIndex {
        let learning = LearningIndex(document: document)
        learning.deriveRemainingInBackground()
        return learning
    }

    /// Derives every recommendation's facts on another thread, so that they are ready by the time a
    /// browser's user asks for a filter or a list of them; asking earlier still answers at once.
    public func deriveRemainingInBackground() { derivation.deriveInBackground() }

    /// Whether every recommendation's facts are derived, without deriving any (a bench waits for the
    /// background derivation to finish).
    public var isFullyDerived: Bool { derivation.isComplete }

    public static func == (left: LearningIndex, right: LearningIndex) -> Bool {
        left.document == right.document && left.data == right.data
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(data)
    }

    /// The learning for a recommendation by number.
    public func learning(for number: Int) -> RecommendationLearning? {
        document.indexedRecommendation(number: number).map { learning(at: $0.index) }
    }

    /// Every commitment in the document, in recommendation order (the tracker's rows).
    public var commitments: [Commitment] { recommendations.flatMap(\.commitments) }
}
