import Content

/// Presentation mode: one recommendation per screen, revealed step by step, in the session plan's order.
extension BrowserState {
    mutating func handlePresent(_ request: PresentRequest) -> [Effect] {
        if request == .start { startPresentation(atOrAfter: selectedPosition); return [] }
        guard var presentation, let number = presentation.currentNumber else { mode = .browse; return [] }
        let steps = recommendation(number).map { RevealStep.steps(of: $0, questions: questions.count) } ?? [.opening]
        switch request {
        case .start: break
        case .stop:
            // Esc first clears digits being typed.
            if !presentation.typed.isEmpty { presentation.typed = ""; break }
            self.presentation = presentation
            return stopPresentation() + (presentation.quitsOnStop ? apply(.quit) : [])
        case .reveal:
            if presentation.step + 1 < steps.count {
                presentation.step += 1
                presentation.scroll = 0
            } else if presentation.index + 1 < presentation.numbers.count {
                presentation.show(index: presentation.index + 1)
            } else if presentation.hasMore {
                presentation.leaving = .forward
            } else {
                message = "End of the session: " + presentation.stopHint
            }
        case .unreveal:
            if !presentation.typed.isEmpty { presentation.typed.removeLast(); break }
            if presentation.step > 0 { presentation.step -= 1; presentation.scroll = 0 }
            else { message = "Start of recommendation \(number): Left for the one before" }
        case .next:
            if presentation.index + 1 < presentation.numbers.count { presentation.show(index: presentation.index + 1) }
            else if presentation.hasMore { presentation.leaving = .forward }
            else { message = "This is the last recommendation of the session" }
        case .previous:
            if presentation.index > 0 { presentation.show(index: presentation.index - 1) }
            else if presentation.acrossReviews?.hasBefore == true { presentation.leaving = .back }
            else { message = "This is the first recommendation of the session" }
        case let .digit(digit):
            if presentation.typed.count < 6 { presentation.typed.append(digit) }
        case .jump:
            guard let wanted = Int(presentation.typed) else { presentation.typed = ""; break }
            presentation.typed = ""
            if let index = presentation.numbers.firstIndex(of: wanted) {
                presentation.show(index: index)
            } else if recommendationIndex[wanted] != nil {
                message = "Recommendation \(wanted) is not in this session's plan"
            } else {
                message = "No such recommendation: \(wanted)"
            }
        case .blank: mode = .presenting(blank: true)
        case .unblank: mode = .presenting(blank: false)
        case .toggleClock: presentation.clockShown.toggle()
        }
        self.presentation = presentation
        return []
    }

    /// The session clock: set from the time a tick brings, counted from the start of presenting.
    mutating func tick(_ moment: Moment) {
        now = moment
        guard var presentation else { return }
        let start = presentation.clockStart ?? moment.seconds
        presentation.clockStart = start
        presentation.elapsedSeconds = max(0, Int(moment.seconds - start))
        self.presentation = presentation
    }

    func recommendation(_ number: Int) -> Recommendation? {
        recommendationIndex[number].map { document.recommendations[$0] }
    }

    /// The session plan: `present --only`, or else the saved plan, or else the marked items, or else every
    /// recommendation; always in document order, one screen per recommendation.
    var presentationPlan: (numbers: [Int], name: String) {
        let (chosen, name) = onlyPlan.map { ($0, "only") }
            ?? (notes.presentationOrder.map(\.number), notes.plan.isEmpty ? "marked" : "plan")
        let wanted = Set(chosen).filter { recommendationIndex[$0] != nil }
        if wanted.isEmpty {
            var seen = Set<Int>()
            return (document.recommendations.map(\.number).filter { seen.insert($0).inserted }, "all")
        }
        let ordered = wanted.sorted { recommendationIndex[$0]! < recommendationIndex[$1]! }
        return (ordered, name)
    }

    /// Where the selection is in the document (a section counts as its first recommendation); nil before any.
    private var selectedPosition: Int? {
        var selected = selection.recommendationNumber
        if case let .section(index) = selection.item, document.sections.indices.contains(index) {
            selected = document.sections[index].recommendations.first?.number
        }
        return selected.flatMap { recommendationIndex[$0] }
    }

    /// Starts at the recommendation at `position` in the document, or the next one in the plan.
    mutating func startPresentation(atOrAfter position: Int?, quitsOnStop: Bool = false) {
        let plan = presentationPlan
        guard !plan.numbers.isEmpty else {
            message = "Nothing to present: casebook found no recommendations in this document"
            return
        }
        var new = Presentation(numbers: plan.numbers, planName: plan.name)
        new.quitsOnStop = quitsOnStop
        if let position {
            new.index = plan.numbers.firstIndex { recommendationIndex[$0]! >= position } ?? 0
        }
        present(new, continuing: presentation)
    }

    /// Presents this review's share of a session across the library (`numbers`, in document order),
    /// from its first slide, or its last when coming back from the review after it; the clock runs on
    /// from `previous`, the slide of the review before.
    mutating func presentShare(_ numbers: [Int], of share: ShareOfSession, fromEnd: Bool, quitsOnStop: Bool,
                               continuing previous: Presentation?) {
        let known = numbers.filter { recommendationIndex[$0] != nil }
        guard !known.isEmpty else { return }
        var new = Presentation(numbers: known, planName: "marked")
        new.acrossReviews = share
        new.quitsOnStop = quitsOnStop
        new.index = fromEnd ? known.count - 1 : 0
        present(new, continuing: previous ?? presentation)
    }

    private mutating func present(_ new: Presentation, continuing previous: Presentation?) {
        var new = new
        // The clock runs for the whole session, across visits to the browser and across reviews.
        new.clockShown = previous?.clockShown ?? false
        // A new session's clock starts at the next tick, which the event loop sends right after this key.
        new.clockStart = previous?.clockStart
        new.elapsedSeconds = previous?.elapsedSeconds ?? 0
        presentation = new
        mode = .presenting(blank: false)
    }

    /// Back to the browser, at the recommendation on screen.
    private mutating func stopPresentation() -> [Effect] {
        mode = .browse
        if let number = presentation?.currentNumber, selection.recommendationNumber != number {
            go(to: .recommendation(number), remember: true)
        }
        presentation?.isActive = false
        return []
    }

    /// Whether presentation mode is on (the editor or help may be over it).
    var isPresenting: Bool { presentation?.isActive == true }
}

extension Presentation {
    /// What `q` does, for the footer and the end of the session.
    var stopHint: String {
        quitsOnStop ? "q quits" : acrossReviews != nil ? "q returns to the library" : "q returns to the browser"
    }

    mutating func show(index newIndex: Int) {
        index = newIndex
        step = 0
        scroll = 0
        typed = ""
    }
}
