import Content
import Learning

/// What `show` prints of casebook's reading of a recommendation, as the reader shows it: who it is
/// for, its themes and its derived status with the words behind it under the heading; what is still
/// to do after the response. Every line says it is derived.
struct DerivedFactsText {
    let wrapper: PlainTextWrapper

    /// "For: …", "Themes: …", "Status (derived): completed — ‘…’, line 120", and each part the response
    /// does not mention.
    func facts(_ learning: RecommendationLearning) -> [String] {
        var lines: [String] = []
        func add(_ label: String, _ value: String) {
            lines += wrapper.wrap(TerminalSafe.clean(value), firstPrefix: label + ": ", restPrefix: "  ")
        }
        let addressed = learning.agencies.addressedTo.map(\.displayName)
        if !addressed.isEmpty { add("For", addressed.joined(separator: ", ")) }
        if !learning.themes.isEmpty { add("Themes", learning.themes.map(\.theme).joined(separator: "; ")) }
        if let status = learning.status { add(RecommendationStatus.label, status.summary) }
        for part in learning.unansweredParts { add("Unanswered", part.summary) }
        return lines
    }

    /// "Still to do (derived from the response):" and a bullet per commitment, with owner and due period.
    func stillToDo(_ learning: RecommendationLearning) -> [String] {
        guard !learning.commitments.isEmpty else { return [] }
        var lines = ["Still to do (derived from the response):"]
        for commitment in learning.commitments {
            let facts = [commitment.owner?.displayName, commitment.due.map { "due " + $0.period }].compactMap { $0 }
            let lead = facts.isEmpty ? "" : "[" + facts.joined(separator: ", ") + "] "
            let line = commitment.sentence.line.map { " (line \($0))" } ?? ""
            lines += wrapper.wrap(TerminalSafe.clean(lead + commitment.sentence.text + line), firstPrefix: "• ", restPrefix: "  ")
        }
        return lines
    }
}
