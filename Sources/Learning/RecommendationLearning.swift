import Content
/// What is derived about one recommendation: its agencies, themes, commitments and status.
public struct RecommendationLearning: Sendable, Hashable {
    public var number: Int
    public var agencies: RecommendationAgencies {
        get { facts?.value.agencies ?? RecommendationAgencies() }
        set { update { $0.agencies = newValue } }
    }
    public var themes: [ThemeMatch] {
        get { facts?.value.themes ?? [] }
        set { update { $0.themes = newValue } }
    }
    public var commitments: [Commitment] {
        get { facts?.value.commitments ?? [] }
        set { update { $0.commitments = newValue } }
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
        var agencies = RecommendationAgencies()
        var themes: [ThemeMatch] = []
        var commitments: [Commitment] = []
        /// A status names its evidence's places, some 250 bytes: boxed again, for the recommendations
        /// with facts but no response (100,000 bare headings' facts once took 32 MB with it inline).
        var status: Boxed<RecommendationStatus>?
        var unansweredParts: [UnansweredPart] = []

        var isEmpty: Bool {
            agencies == RecommendationAgencies() && themes.isEmpty && commitments.isEmpty && status == nil && unansweredParts.isEmpty
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
        let facts = Facts(agencies: agencies, themes: themes, commitments: commitments, status: status.map(Boxed.init),
                          unansweredParts: unansweredParts)
        self.facts = facts.isEmpty ? nil : Boxed(facts)
    }

    public var id: ItemID { ItemID(number: number) }
}
