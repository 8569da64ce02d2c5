import Content
/// What is derived about one recommendation: its agencies, themes, commitments and status.
public struct RecommendationLearning: Sendable, Hashable {
    public var number: Int
    public var agencies: RecommendationAgencies
    public var themes: [ThemeMatch]
    public var commitments: [Commitment]
    /// Nil when the recommendation has no response.
    public var status: RecommendationStatus? {
        get { statusBox?.value }
        set { statusBox = newValue.map(Boxed.init) }
    }
    /// A status names its evidence's places, some 250 bytes held inline for every recommendation,
    /// with a response or not (100,000 bare headings' facts took 32 MB); boxed, the 8 bytes of a pointer.
    private var statusBox: Boxed<RecommendationStatus>?
    /// Parts the response does not mention; such a recommendation is never "completed".
    public var unansweredParts: [UnansweredPart]

    public init(number: Int, agencies: RecommendationAgencies = RecommendationAgencies(), themes: [ThemeMatch] = [],
                commitments: [Commitment] = [], status: RecommendationStatus? = nil, unansweredParts: [UnansweredPart] = []) {
        self.number = number
        self.agencies = agencies
        self.themes = themes
        self.commitments = commitments
        statusBox = status.map(Boxed.init)
        self.unansweredParts = unansweredParts
    }

    public var id: ItemID { ItemID(number: number) }
}

