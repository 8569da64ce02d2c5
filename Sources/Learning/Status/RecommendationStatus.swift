/// Where the work on a recommendation stands, judged from its response, with the sentence that shows it.
public struct RecommendationStatus: Sendable, Hashable {
    public enum Value: String, Sendable, Hashable, CaseIterable, Codable {
        case completed
        case inProgress = "in progress"
        case planned
    }

    public var value: Value
    /// The sentence that justifies the status.
    public var sentence: Evidence
    /// The words in it that decided ("has been shared", "will be in"); nil when none stood out.
    public var marker: Evidence?
    /// Why, in a few words, for a tooltip or a `--explain`.
    public var reason: String

    public init(value: Value, sentence: Evidence, marker: Evidence?, reason: String) {
        self.value = value
        self.sentence = sentence
        self.marker = marker
        self.reason = reason
    }
}

/// The status rules, applied to a response's sentences (a sentence reports done work when a
/// done marker comes before any promise in it, so "has been written and will be published" is both):
/// - no commitment at all → completed (justified by the first sentence reporting done work, else the first sentence);
/// - work under way ("is underway", "is being developed"), or promises beside done work → in progress
///   (justified by the first ongoing commitment, else the first promise);
/// - only promises → planned (justified by the first promise);
/// - a part the response does not mention makes "completed" "in progress" (justified by the part's words).
enum StatusRules {
    static func status(of sentences: [ResponseSentence], unanswered: [UnansweredPart] = []) -> RecommendationStatus? {
        guard let first = sentences.first else { return nil }
        let promised = sentences.filter { $0.commitmentMarker?.kind == .promised }
        let ongoing = sentences.filter { $0.commitmentMarker?.kind == .ongoing }
        let done = sentences.filter { $0.doneMarker != nil }
        func marker(_ sentence: ResponseSentence, _ range: Range<Int>?) -> Evidence? {
            range.map { sentence.piece.evidence($0) }
        }
        if promised.isEmpty && ongoing.isEmpty, let part = unanswered.first {
            let ids = unanswered.map { "\($0.id)" }.joined(separator: ", ")
            return RecommendationStatus(value: .inProgress, sentence: part.evidence, marker: nil,
                                        reason: "the response reports work done but does not mention \(unanswered.count == 1 ? "part" : "parts") \(ids)")
        }
        if promised.isEmpty && ongoing.isEmpty {
            let justification = done.first ?? first
            return RecommendationStatus(value: .completed, sentence: justification.evidence, marker: marker(justification, justification.doneMarker),
                                        reason: done.isEmpty ? "the response promises no further work" : "the response reports work done and promises none")
        }
        if let sentence = ongoing.first ?? (done.isEmpty ? nil : promised.first) {
            return RecommendationStatus(value: .inProgress, sentence: sentence.evidence, marker: marker(sentence, sentence.commitmentMarker?.range),
                                        reason: ongoing.isEmpty ? "the response reports work done and promises more" : "the response reports work under way")
        }
        let sentence = promised[0]
        return RecommendationStatus(value: .planned, sentence: sentence.evidence, marker: marker(sentence, sentence.commitmentMarker?.range),
                                    reason: "the response only promises work")
    }
}
