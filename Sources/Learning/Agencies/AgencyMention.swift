/// An agency named in a recommendation or its response, with every place it is named.
public struct AgencyMention: Sendable, Hashable {
    /// The canonical name from `agencies.txt`.
    public var agency: String
    /// The short name, or the canonical name when there is none.
    public var displayName: String
    /// The words that named it, in reading order.
    public var evidence: [Evidence]
    /// False for an addressee the agency list does not know, taken from the subject of a "should"
    /// sentence ("The Youth Justice Service should…"); its name is the words as written.
    public var isListed: Bool

    public init(agency: String, displayName: String, evidence: [Evidence], isListed: Bool = true) {
        self.agency = agency
        self.displayName = displayName
        self.evidence = evidence
        self.isListed = isListed
    }
}

/// Who a recommendation asks to act, and who else it and its response name.
public struct RecommendationAgencies: Sendable, Hashable {
    /// The subjects of its "should" sentences: "The PSCP should…" → PSCP.
    public var addressedTo: [AgencyMention] = []
    /// Other agencies the recommendation's own text names ("write to the Ministry of Justice").
    public var namedInRecommendation: [AgencyMention] = []
    /// Agencies the response names.
    public var namedInResponse: [AgencyMention] = []

    public init(addressedTo: [AgencyMention] = [], namedInRecommendation: [AgencyMention] = [], namedInResponse: [AgencyMention] = []) {
        self.addressedTo = addressedTo
        self.namedInRecommendation = namedInRecommendation
        self.namedInResponse = namedInResponse
    }

    /// Every agency involved, canonical names, without repeats.
    public var allAgencies: [String] {
        var seen = Set<String>()
        return (addressedTo + namedInRecommendation + namedInResponse).map(\.agency).filter { seen.insert($0).inserted }
    }
}
