import Content
/// What is derived about one recommendation: its agencies, themes, commitments and status.
public struct RecommendationLearning: Sendable, Hashable {
    public var number: Int
    /// The agencies, themes and commitments are held packed when derived from the document, and
    /// their evidence made when read: a list or a filter that needs only names or counts reads
    /// those below (`themeNames`, `allAgencies`…).
    public var agencies: RecommendationAgencies {
        get { facts?.value.found.agencies ?? RecommendationAgencies() }
        set { update { $0.found.agencies = newValue } }
    }
    public var themes: [ThemeMatch] {
        get { facts?.value.found.themes ?? [] }
        set { update { $0.found.themes = newValue } }
    }
    public var commitments: [Commitment] {
        get { facts?.value.found.commitments ?? [] }
        set { update { $0.found.commitments = newValue } }
    }
    /// Nil when the recommendation has no response.
    public var status: RecommendationStatus? {
        get { facts?.value.status?.value }
        set { update { $0.status = newValue.map(Boxed.init) } }
    }
    /// Parts the response does not mention; such a recommendation is never "completed".
    public var unansweredParts: [UnansweredPart] {
        get { facts?.value.unansweredParts ?? [] }
        set { update { $0.unansweredParts = newValue } }
    }

    /// All but the number, boxed, and nil when nothing was found (a bare heading): inline, the facts
    /// of 100,000 bare headings took 64 bytes each; now 16.
    private var facts: Boxed<Facts>?

    private struct Facts: Sendable, Hashable {
        var found = FoundFacts.plain(.init())
        /// A status names its evidence's places, some 250 bytes: boxed again, for the recommendations
        /// with facts but no response (100,000 bare headings' facts once took 32 MB with it inline).
        var status: Boxed<RecommendationStatus>?
        var unansweredParts: [UnansweredPart] = []

        var isEmpty: Bool {
            found.isEmpty && status == nil && unansweredParts.isEmpty
        }
    }

    /// Changes the facts, keeping them nil when there are none, so that equal facts are stored alike.
    private mutating func update(_ change: (inout Facts) -> Void) {
        var value = facts?.value ?? Facts()
        change(&value)
        facts = value.isEmpty ? nil : Boxed(value)
    }

    public init(number: Int, agencies: RecommendationAgencies = RecommendationAgencies(), themes: [ThemeMatch] = [],
                commitments: [Commitment] = [], status: RecommendationStatus? = nil, unansweredParts: [UnansweredPart] = []) {
        self.number = number
        let facts = Facts(found: .plain(.init(agencies: agencies, themes: themes, commitments: commitments)),
                          status: status.map(Boxed.init), unansweredParts: unansweredParts)
        self.facts = facts.isEmpty ? nil : Boxed(facts)
    }

    public var id: ItemID { ItemID(number: number) }

    /// The same facts, packed over the document's pieces (the recommendation's being `range` of them).
    func packed(over pieces: [TextPiece], range: Range<Int>) -> RecommendationLearning {
        guard let facts else { return self }
        var copy = self, value = facts.value
        value.found = value.found.packed(number: number, over: pieces, range: range)
        copy.facts = Boxed(value)
        return copy
    }

    /// Whether the agencies, themes and commitments are held packed (for tests).
    var holdsPackedFacts: Bool {
        guard case .packed = facts?.value.found else { return false }
        return true
    }

    // MARK: Read without making every evidence

    /// The themes' names, in theme-file order (`themes.map(\.theme)`).
    public var themeNames: [String] { facts?.value.found.themeNames ?? [] }

    /// Every agency addressed or named, canonical names, without repeats (`agencies.allAgencies`).
    public var allAgencies: [String] { facts?.value.found.allAgencies ?? [] }

    /// The display names of those it is addressed to (`agencies.addressedTo.map(\.displayName)`).
    public var addresseeDisplayNames: [String] { facts?.value.found.addressees.map(\.displayName) ?? [] }

    /// The addressees the agency list does not know, by the words that name them.
    public var unlistedAddressees: [String] { facts?.value.found.addressees.filter { !$0.isListed }.map(\.name) ?? [] }

    public var commitmentCount: Int { facts?.value.found.commitmentCount ?? 0 }

    public var hasCommitments: Bool { commitmentCount > 0 }

    /// Whether a commitment states when it is due.
    public var hasDueCommitment: Bool { facts?.value.found.hasDueCommitment ?? false }
}
