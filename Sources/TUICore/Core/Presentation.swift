import Content

/// What the keys ask of presentation mode.
enum PresentRequest: Sendable, Hashable {
    case start, stop
    /// Space and Backspace: one reveal step on or back.
    case reveal, unreveal
    case next, previous
    /// Digits then Enter: go to a recommendation by number.
    case digit(Character), jump
    case blank, unblank
    case toggleClock
}

/// One step of revealing a recommendation: its opening text, each part, each response block, then
/// each reflective question.
enum RevealStep: Sendable, Hashable {
    case opening
    case part(Int)
    case response(Int)
    case question(Int)

    /// The steps of a recommendation, in the order Space reveals them.
    static func steps(of recommendation: Recommendation, questions: Int) -> [RevealStep] {
        var steps: [RevealStep] = [.opening]
        steps += recommendation.parts.indices.map(RevealStep.part)
        steps += (recommendation.response?.blocks.indices).map { $0.map(RevealStep.response) } ?? []
        steps += (0..<questions).map(RevealStep.question)
        return steps
    }
}

/// Presentation mode's place: which recommendations are presented (the session plan), which one is
/// on screen, how much of it is revealed, and the session clock.
struct Presentation: Sendable, Hashable {
    /// The recommendations presented, by their note keys (PR2 apart from E2), in document order.
    var keys: [ItemID]
    /// What the plan is, for the screen: "marked", "plan" or "all".
    var planName: String
    var index = 0
    /// How many reveal steps are showing, minus one (0: the opening only).
    var step = 0
    /// Digits typed so far for a jump.
    var typed = ""
    var clockShown = false
    /// When the session started (the first tick); elapsed time is counted from it.
    var clockStart: Double?
    var elapsedSeconds = 0
    /// Lines scrolled by Up and Down from where the screen places itself.
    var scroll = 0
    /// False once `q` went back to the browser; the clock keeps its start for the next `p`.
    var isActive = true
    /// Started by `casebook present`: `q` ends the program rather than going back to the browser.
    var quitsOnStop = false
    /// Presenting a session across the library's reviews: this review's share of it; nil for one review.
    var acrossReviews: ShareOfSession?
    /// Set when a key asked to go past this review's share: the browser opens the review before or after.
    var leaving: Leaving?

    enum Leaving: Sendable, Hashable { case forward, back }

    /// Whether there are slides after the one on screen, in this review or the next.
    var hasMore: Bool { index + 1 < keys.count || acrossReviews?.hasAfter(keys.count) == true }

    /// "3 / 10": the slide's place in the whole session.
    var progressText: String {
        "\((acrossReviews?.before ?? 0) + index + 1) / \(acrossReviews?.total ?? keys.count)"
    }

    /// The recommendation on screen, by its note key.
    var currentKey: ItemID? { keys.indices.contains(index) ? keys[index] : nil }

    /// The reflective question on screen: the last one revealed, while questions show.
    func currentQuestion(in state: BrowserState) -> String? {
        guard let key = currentKey, let recommendation = state.document.recommendation(key) else { return nil }
        let steps = RevealStep.steps(of: recommendation, questions: state.questions.count)
        guard steps.indices.contains(step), case let .question(index) = steps[step] else { return nil }
        return state.questions[index]
    }

    /// "12:05": minutes and seconds (hours too after an hour).
    var clockText: String {
        let seconds = elapsedSeconds % 60, minutes = (elapsedSeconds / 60) % 60, hours = elapsedSeconds / 3600
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(seconds))" : "\(two(minutes)):\(two(seconds))"
    }
}

/// A review's share of a session across the library: the review's name, shown on each slide, and
/// where its slides sit among the session's.
struct ShareOfSession: Sendable, Hashable {
    var reviewName: String
    /// Slides of the reviews before this one.
    var before: Int
    /// Slides in the whole session.
    var total: Int

    var hasBefore: Bool { before > 0 }
    func hasAfter(_ own: Int) -> Bool { before + own < total }
}
