import Content
/// A recommendation's agencies, themes and commitments: packed over the document's pieces when
/// derived from them, else (made from values, as tests make them) held as given.
enum FoundFacts: Sendable, Hashable {
    case plain(Plain)
    case packed(PackedFacts)

    struct Plain: Sendable, Hashable {
        var agencies = RecommendationAgencies()
        var themes: [ThemeMatch] = []
        var commitments: [Commitment] = []
    }

    var agencies: RecommendationAgencies {
        get { read(\.agencies, \.agencies) }
        set { change { $0.agencies = newValue } }
    }

    var themes: [ThemeMatch] {
        get { read(\.themes, \.themes) }
        set { change { $0.themes = newValue } }
    }

    var commitments: [Commitment] {
        get { read(\.commitments, \.commitments) }
        set { change { $0.commitments = newValue } }
    }

    /// A value read one way from plain facts, another from packed ones.
    private func read<Value>(_ plain: (Plain) -> Value, _ packed: (PackedFacts) -> Value) -> Value {
        switch self {
        case let .plain(facts): plain(facts)
        case let .packed(facts): packed(facts)
        }
    }

    /// A change is made to the facts as values.
    private mutating func change(_ body: (inout Plain) -> Void) {
        var plain = Plain(agencies: agencies, themes: themes, commitments: commitments)
        body(&plain)
        self = .plain(plain)
    }

    /// The facts packed over the document's pieces, the recommendation's being `range` of them; as
    /// they are when some evidence is not words of those pieces.
    func packed(number: Int, over pieces: [TextPiece], range: Range<Int>) -> FoundFacts {
        guard case let .plain(plain) = self,
              let packed = PackedFacts(number: number, agencies: plain.agencies, themes: plain.themes, commitments: plain.commitments,
                                       pieces: pieces, range: range) else { return self }
        return .packed(packed)
    }

    // MARK: Read without expanding the evidence

    var themeNames: [String] { read({ $0.themes.map(\.theme) }, \.themeNames) }

    var allAgencies: [String] { read(\.agencies.allAgencies, \.allAgencies) }

    var addressees: [(name: String, displayName: String, isListed: Bool)] {
        read({ $0.agencies.addressedTo.map { ($0.agency, $0.displayName, $0.isListed) } },
             { $0.addressees.map { ($0.agency, $0.displayName, $0.isListed) } })
    }

    var commitmentCount: Int { read(\.commitments.count, \.commitmentCount) }

    var hasDueCommitment: Bool { read({ $0.commitments.contains { $0.due != nil } }, \.hasDueCommitment) }

    var isEmpty: Bool { read({ $0 == Plain() }, \.isEmpty) }

    /// Equal when the facts are, however each is held.
    static func == (left: FoundFacts, right: FoundFacts) -> Bool {
        if case let .packed(one) = left, case let .packed(other) = right, one.isPackedAlike(other) { return true }
        return left.themes == right.themes && left.agencies == right.agencies && left.commitments == right.commitments
    }

    /// What equal facts share, read without expanding them.
    func hash(into hasher: inout Hasher) {
        hasher.combine(themeNames)
        hasher.combine(allAgencies)
        hasher.combine(commitmentCount)
    }
}
