import Content
import Learning

/// The `derived` object of each recommendation in the JSON export: what casebook read from the text,
/// not what the author wrote, each fact with the words it came from and their line.
extension ExportModel {
    public struct Derived: Codable, Sendable, Equatable {
        public var addressedTo: [Fact]
        public var agenciesNamed: [NamedAgency]
        public var themes: [Fact]
        @NullWhenAbsent public var status: Status?
        public var unansweredParts: [UnansweredPart]
        public var commitments: [Commitment]
    }

    /// Words of the document and where they are.
    public struct Evidence: Codable, Sendable, Equatable {
        public var words: String
        /// The item they are in: "5", "5b", "introduction".
        public var id: String
        @NullWhenAbsent public var line: Int?
    }

    public struct Fact: Codable, Sendable, Equatable {
        public var name: String
        public var evidence: [Evidence]
    }

    public struct NamedAgency: Codable, Sendable, Equatable {
        public var name: String
        /// "recommendation" or "response".
        public var namedIn: String
        public var evidence: [Evidence]
    }

    public struct Status: Codable, Sendable, Equatable {
        /// "completed", "in progress" or "planned".
        public var value: String
        public var reason: String
        public var evidence: Evidence
    }

    public struct UnansweredPart: Codable, Sendable, Equatable {
        public var id: String
        public var evidence: Evidence
    }

    public struct Commitment: Codable, Sendable, Equatable {
        public var sentence: Evidence
        /// "promised" or "under way".
        public var status: String
        /// The words that make the sentence a commitment.
        public var words: Evidence
        @NullWhenAbsent public var owner: String?
        @NullWhenAbsent public var due: Evidence?
    }
}

extension ExportModel.Derived {
    public init(_ learning: RecommendationLearning) {
        typealias Model = ExportModel
        addressedTo = learning.agencies.addressedTo.map { Model.Fact(name: $0.displayName, evidence: $0.evidence.map(Model.Evidence.init)) }
        agenciesNamed = learning.agencies.namedInRecommendation.map { Model.NamedAgency($0, in: "recommendation") }
            + learning.agencies.namedInResponse.map { Model.NamedAgency($0, in: "response") }
        themes = learning.themes.map { Model.Fact(name: $0.theme, evidence: $0.evidence.map(Model.Evidence.init)) }
        status = learning.status.map { Model.Status(value: $0.value.rawValue, reason: $0.reason, evidence: Model.Evidence($0.evidence)) }
        unansweredParts = learning.unansweredParts.map { Model.UnansweredPart(id: $0.id.description, evidence: Model.Evidence($0.evidence)) }
        commitments = learning.commitments.map { commitment in
            Model.Commitment(sentence: Model.Evidence(commitment.sentence), status: CommitmentsReport.status(of: commitment),
                             words: Model.Evidence(commitment.marker), owner: commitment.owner?.displayName,
                             due: commitment.due.map { Model.Evidence($0.evidence) })
        }
    }
}

extension ExportModel.NamedAgency {
    init(_ mention: AgencyMention, in zone: String) {
        self.init(name: mention.displayName, namedIn: zone, evidence: mention.evidence.map(ExportModel.Evidence.init))
    }
}

extension ExportModel.Evidence {
    init(_ evidence: Learning.Evidence) {
        words = evidence.text
        id = evidence.place.itemID?.description ?? "introduction"
        line = evidence.line
    }
}
