import Content

/// One evidence of a derived fact, packed: its piece's index in the document's pieces and the UTF-8
/// range of the words in it. 12 bytes, where an `Evidence` takes 64 (a recommendation's themes and
/// agencies keep one for every occurrence, its commitments two or more each).
struct PackedEvidence: Sendable, Hashable {
    var piece: Int32
    var start: UInt32
    var end: UInt32
}

/// A recommendation's agencies, themes and commitments as derived, held packed over the document's
/// pieces (the document's own array, shared, not a copy) and expanded to the public values only
/// when read: held as values, a 60 MB document's facts took some 150 MB.
struct PackedFacts: Sendable {
    /// An agency's names, once for each agency of the recommendation (the strings are the agency
    /// list's own, shared).
    struct AgencyName: Sendable, Hashable {
        var agency: String
        var displayName: String
        var isListed: Bool
    }

    /// An agency named: its index in `names` (-1 for a commitment without an owner) and its
    /// evidence, `evidence[start..<end]`.
    struct Mention: Sendable, Hashable {
        var name: Int32
        var start: UInt32
        var end: UInt32

        static let none = Mention(name: -1, start: 0, end: 0)
    }

    struct Theme: Sendable, Hashable {
        var name: String
        var start: UInt32
        var end: UInt32
    }

    struct Due: Sendable, Hashable {
        var period: String
        var relation: String?
        var evidence: PackedEvidence
    }

    /// `due`: its index in `dues`, -1 for none.
    struct PackedCommitment: Sendable, Hashable {
        var sentence: PackedEvidence
        var marker: PackedEvidence
        var owner: Mention
        var due: Int32
        var kind: Commitment.Kind
    }

    let number: Int
    let pieces: [TextPiece]
    private(set) var evidence: [PackedEvidence] = []
    private(set) var names: [AgencyName] = []
    /// Those addressed, then those named in the recommendation, then those in the response.
    private(set) var mentions: [Mention] = []
    private(set) var addressedCount = 0
    private(set) var namedInRecommendationCount = 0
    private(set) var themeMatches: [Theme] = []
    private(set) var packedCommitments: [PackedCommitment] = []
    private(set) var dues: [Due] = []

    /// The facts packed over `pieces`, each evidence looked for among the recommendation's own
    /// (`range`); nil when one is not words read from one of them (made from text, as tests do), so
    /// that such facts are kept as they are rather than lost.
    init?(number: Int, agencies: RecommendationAgencies, themes: [ThemeMatch], commitments: [Commitment],
          pieces: [TextPiece], range: Range<Int>) {
        self.number = number
        self.pieces = pieces
        var packer = Packer(pieces: pieces, range: range)
        var nameIndex: [AgencyName: Int32] = [:]
        /// Appends the evidence to `evidence`, giving where it is there.
        func pack(_ items: [Evidence]) -> (start: UInt32, end: UInt32)? {
            let start = UInt32(evidence.count)
            for item in items {
                guard let packed = packer.pack(item) else { return nil }
                evidence.append(packed)
            }
            return (start, UInt32(evidence.count))
        }
        func pack(_ mention: AgencyMention) -> Mention? {
            let name = AgencyName(agency: mention.agency, displayName: mention.displayName, isListed: mention.isListed)
            let index = nameIndex[name] ?? Int32(names.count)
            if index == names.count {
                names.append(name)
                nameIndex[name] = index
            }
            return pack(mention.evidence).map { Mention(name: index, start: $0.start, end: $0.end) }
        }
        for group in [agencies.addressedTo, agencies.namedInRecommendation, agencies.namedInResponse] {
            for mention in group {
                guard let packed = pack(mention) else { return nil }
                mentions.append(packed)
            }
        }
        addressedCount = agencies.addressedTo.count
        namedInRecommendationCount = agencies.namedInRecommendation.count
        for theme in themes {
            guard let (start, end) = pack(theme.evidence) else { return nil }
            themeMatches.append(Theme(name: theme.theme, start: start, end: end))
        }
        for commitment in commitments {
            guard commitment.recommendation == number, let sentence = packer.pack(commitment.sentence),
                  let marker = packer.pack(commitment.marker) else { return nil }
            var owner = Mention.none
            if let mention = commitment.owner {
                guard let packed = pack(mention) else { return nil }
                owner = packed
            }
            var due: Int32 = -1
            if let period = commitment.due {
                guard let packed = packer.pack(period.evidence) else { return nil }
                due = Int32(dues.count)
                dues.append(Due(period: period.period, relation: period.relation, evidence: packed))
            }
            packedCommitments.append(PackedCommitment(sentence: sentence, marker: marker, owner: owner, due: due, kind: commitment.kind))
        }
    }

    /// Finds each evidence's piece among a recommendation's, starting from the last one found (a
    /// fact's evidence is mostly in reading order, a commitment's all in one piece).
    private struct Packer {
        let pieces: [TextPiece]
        let range: Range<Int>
        var last: Int

        init(pieces: [TextPiece], range: Range<Int>) {
            self.pieces = pieces
            self.range = range
            last = range.lowerBound
        }

        mutating func pack(_ evidence: Evidence) -> PackedEvidence? {
            guard !range.isEmpty, let start = UInt32(exactly: evidence.place.range.lowerBound),
                  let end = UInt32(exactly: evidence.place.range.upperBound) else { return nil }
            let candidates = [last..<range.upperBound, range.lowerBound..<last].joined()
            guard let found = candidates.first(where: { evidence.isWords(of: pieces[$0]) }),
                  let index = Int32(exactly: found) else { return nil }
            last = found
            return PackedEvidence(piece: index, start: start, end: end)
        }
    }

    // MARK: Expanded, when read

    func expand(_ packed: PackedEvidence) -> Evidence {
        pieces[Int(packed.piece)].evidence(Int(packed.start)..<Int(packed.end))
    }

    private func expand(_ mention: Mention) -> AgencyMention? {
        guard mention.name >= 0 else { return nil }
        let name = names[Int(mention.name)]
        return AgencyMention(agency: name.agency, displayName: name.displayName,
                             evidence: evidence[Int(mention.start)..<Int(mention.end)].map(expand), isListed: name.isListed)
    }

    var agencies: RecommendationAgencies {
        let expanded = mentions.compactMap(expand)
        let responseStart = addressedCount + namedInRecommendationCount
        return RecommendationAgencies(addressedTo: Array(expanded[..<addressedCount]),
                                      namedInRecommendation: Array(expanded[addressedCount..<responseStart]),
                                      namedInResponse: Array(expanded[responseStart...]))
    }

    var themes: [ThemeMatch] {
        themeMatches.map { ThemeMatch(theme: $0.name, evidence: evidence[Int($0.start)..<Int($0.end)].map(expand)) }
    }

    var commitments: [Commitment] {
        packedCommitments.map { packed in
            Commitment(recommendation: number, kind: packed.kind, sentence: expand(packed.sentence), marker: expand(packed.marker),
                       owner: expand(packed.owner),
                       due: packed.due < 0 ? nil : dues[Int(packed.due)].expanded(with: expand))
        }
    }

    // MARK: Read without expanding

    var themeNames: [String] { themeMatches.map(\.name) }

    /// Every agency addressed or named, canonical names, without repeats (`RecommendationAgencies.allAgencies`).
    var allAgencies: [String] {
        var seen = Set<String>()
        return mentions.map { names[Int($0.name)].agency }.filter { seen.insert($0).inserted }
    }

    var addressees: [AgencyName] { mentions[..<addressedCount].map { names[Int($0.name)] } }

    var commitmentCount: Int { packedCommitments.count }

    var hasDueCommitment: Bool { packedCommitments.contains { $0.due >= 0 } }

    var isEmpty: Bool { mentions.isEmpty && themeMatches.isEmpty && packedCommitments.isEmpty }

    /// Whether both were packed alike from the same facts over the same pieces: equal facts, without
    /// expanding them. (False does not mean different.)
    func isPackedAlike(_ other: PackedFacts) -> Bool {
        let samePieces = pieces.withUnsafeBufferPointer { mine in
            other.pieces.withUnsafeBufferPointer { $0.baseAddress == mine.baseAddress && $0.count == mine.count }
        }
        return samePieces && number == other.number && evidence == other.evidence && names == other.names && mentions == other.mentions
            && addressedCount == other.addressedCount && namedInRecommendationCount == other.namedInRecommendationCount
            && themeMatches == other.themeMatches && packedCommitments == other.packedCommitments && dues == other.dues
    }
}

private extension PackedFacts.Due {
    func expanded(with expand: (PackedEvidence) -> Evidence) -> DuePeriod {
        DuePeriod(period: period, relation: relation, evidence: expand(evidence))
    }
}
