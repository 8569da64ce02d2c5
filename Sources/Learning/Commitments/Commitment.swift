import Content
/// A sentence in a response that promises future work, or reports work under way and unfinished.
public struct Commitment: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Future or intent: "The PSCP will carry out a practitioner's survey".
        case promised
        /// Under way: "Further work is underway with Police".
        case ongoing
    }

    /// The recommendation's number.
    public var recommendation: Int
    public var kind: Kind
    /// The whole sentence, exactly as written.
    public var sentence: Evidence
    /// The words that make it a commitment ("will carry", "is currently being developed").
    public var marker: Evidence
    /// Who will do it, when the sentence names an agency as its subject ("The Chair of the PSCP will…")
    /// or agent ("…will be overseen by the PSCP…").
    public var owner: AgencyMention?
    public var due: DuePeriod?

    public init(recommendation: Int, kind: Kind, sentence: Evidence, marker: Evidence, owner: AgencyMention? = nil, due: DuePeriod? = nil) {
        self.recommendation = recommendation
        self.kind = kind
        self.sentence = sentence
        self.marker = marker
        self.owner = owner
        self.due = due
    }

    public var id: ItemID { ItemID(number: recommendation) }
}
