import Content

/// Presentation mode: one recommendation per screen, revealed step by step, in the session plan's order.
extension BrowserState {
    mutating func handlePresent(_ request: PresentRequest) -> [Effect] {
        if request == .start { startPresentation(atOrAfter: selectedPosition); return [] }
        guard var presentation, let key = presentation.currentKey else { mode = .browse; return [] }
        let steps = document.recommendation(key).map { RevealStep.steps(of: $0, questions: questions.count) } ?? [.opening]
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
            } else if presentation.index + 1 < presentation.keys.count {
                presentation.show(index: presentation.index + 1)
            } else if presentation.hasMore {
                presentation.leaving = .forward
            } else {
                message = "End of the session: " + presentation.stopHint
            }
        case .unreveal:
            if !presentation.typed.isEmpty { presentation.typed.removeLast(); break }
            if presentation.step > 0 { presentation.step -= 1; presentation.scroll = 0 }
            else { message = "Start of recommendation \(document.name(of: .item(key))): Left for the one before" }
        case .next:
            if presentation.index + 1 < presentation.keys.count { presentation.show(index: presentation.index + 1) }
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
            if let index = presentation.keys.firstIndex(where: { $0.number == wanted }) {
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

    /// Where a note key's recommendation is in the document (PR2's own place, not E2's); nil when it has none.
    func position(of key: ItemID) -> Int? {
        document.occurrence(of: key).flatMap { recommendationIndex[.recommendation(number: key.number, occurrence: $0)] }
    }

    /// The session plan: `present --only`, or else the saved plan, or else the marked items, or else every
    /// recommendation; always in document order, one screen per recommendation (PR2 apart from E2).
    var presentationPlan: (keys: [ItemID], name: String) {
        let (chosen, name) = onlyPlan.map { ($0, "only") }
            ?? (notes.presentationOrder.map(\.recommendation), notes.plan.isEmpty ? "marked" : "plan")
        let wanted = Set(chosen).filter { position(of: $0) != nil }
        if wanted.isEmpty {
            var seen = Set<ItemID>()
            return (document.keyedRecommendations.map(\.key).filter { seen.insert($0).inserted }, "all")
        }
        let ordered = wanted.sorted { position(of: $0)! < position(of: $1)! }
        return (ordered, name)
    }

    /// Where the selection is in the document (a section counts as its first recommendation); nil before any.
    private var selectedPosition: Int? {
        if case let .section(index) = selection.item, document.sections.indices.contains(index) {
            return document.sections[index].recommendations.first.flatMap { recommendationIndex[$0.number] }
        }
        return recommendationIndex[selection.item]
    }

    /// Starts at the recommendation at `position` in the document, or the next one in the plan.
    mutating func startPresentation(atOrAfter position: Int?, quitsOnStop: Bool = false) {
        let plan = presentationPlan
        guard !plan.keys.isEmpty else {
            message = "Nothing to present: casebook found no recommendations in this document"
            return
        }
        var new = Presentation(keys: plan.keys, planName: plan.name)
        new.quitsOnStop = quitsOnStop
        if let position {
            new.index = plan.keys.firstIndex { self.position(of: $0)! >= position } ?? 0
        }
        present(new, continuing: presentation)
    }

    /// Presents this review's share of a session across the library (`keys`, in document order),
    /// from its first slide, or its last when coming back from the review after it; the clock runs on
    /// from `previous`, the slide of the review before.
    mutating func presentShare(_ keys: [ItemID], of share: ShareOfSession, fromEnd: Bool, quitsOnStop: Bool,
                               continuing previous: Presentation?) {
        let known = keys.filter { position(of: $0) != nil }
        guard !known.isEmpty else { return }
        var new = Presentation(keys: known, planName: "marked")
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
        if let key = presentation?.currentKey, selection.withoutPart != Selection(noteKey: key, in: document) {
            go(to: Selection(noteKey: key, in: document), remember: true)
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
