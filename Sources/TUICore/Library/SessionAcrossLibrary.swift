import Content

/// A session presented across the library's reviews (`p` in the library, `casebook present` on it):
/// each review's share of the marked recommendations, and which share is on screen. The review whose
/// share is presented is the review open, so the room's answers go to its own notes store.
struct SessionAcrossLibrary: Sendable {
    var shares: [SessionRun]
    /// The share on screen (or being opened).
    var current = 0
    /// The share that was on screen before `current` was asked for: where a failed opening goes back to.
    var shown: Int?
    /// Coming back from the review after: its last slide first.
    var fromEnd = false
    var quitsOnStop: Bool

    var total: Int { shares.reduce(0) { $0 + $1.keys.count } }

    func place(of index: Int) -> ShareOfSession {
        ShareOfSession(reviewName: shares[index].name, before: shares[..<index].reduce(0) { $0 + $1.keys.count }, total: total)
    }
}

extension Browser {
    /// The marks the runtime read, for `M`'s list or for presenting the session.
    mutating func marksRead(ids: [Int], documents: [ReviewDocument], marks: [[ItemID]], lookedIn: Int) -> [Effect] {
        guard var library else { return [] }
        defer { self.library = library }
        let wanted = library.marksWanted
        library.marksWanted = nil
        guard case let .present(quitsOnStop)? = wanted else {
            library.showMarks(ids: ids, documents: documents, marks: marks)
            return []
        }
        library.message = nil
        let reviews = zip(ids, zip(documents, marks)).map { id, read in
            (id: id, name: library.name(of: id, title: read.0.title), document: read.0, marks: read.1)
        }
        let shares = SessionAcrossReviews.runs(reviews)
        guard !shares.isEmpty else {
            library.message = "Nothing marked in " + (lookedIn == 1 ? "this review" : "these \(lookedIn) reviews")
                + ": mark recommendations with m (in a review or in / results)"
            return []
        }
        session = SessionAcrossLibrary(shares: shares, quitsOnStop: quitsOnStop)
        self.library = library
        return openShare(0, fromEnd: false)
    }

    /// Opens the review of share `index` (unless it is the one open) and presents its slides.
    private mutating func openShare(_ index: Int, fromEnd: Bool) -> [Effect] {
        guard var session, session.shares.indices.contains(index) else { return [] }
        session.shown = state.isPresenting ? session.current : nil
        session.current = index
        session.fromEnd = fromEnd
        self.session = session
        let share = session.shares[index]
        if library?.openReview == share.document {
            presentShare(continuing: state.presentation)
            return []
        }
        // Where the review open was left is saved before another replaces it (not mid-session).
        let saved = state.isPresenting ? [] : state.positionEffects
        let first = share.keys[fromEnd ? share.keys.count - 1 : 0]
        return saved + [.openReview(document: share.document, at: first.withoutSeries, series: first.series)]
    }

    /// A review the runtime opened: when it is the session's next share, its slides show.
    mutating func presentArrived(_ id: Int, continuing previous: Presentation?) -> [Effect] {
        guard let session, session.shares[session.current].document == id else { return [] }
        presentShare(continuing: previous)
        return []
    }

    private mutating func presentShare(continuing previous: Presentation?) {
        guard let session else { return }
        let share = session.shares[session.current]
        state.presentShare(share.keys, of: session.place(of: session.current), fromEnd: session.fromEnd,
                           quitsOnStop: session.quitsOnStop, continuing: previous)
        showsLibrary = false
    }

    /// After a key while the session runs: on to the review before or after, or back to the library
    /// once presenting stopped (`casebook present` has quit by then).
    mutating func followSession() -> [Effect] {
        guard var session else { return [] }
        if let leaving = state.presentation?.leaving {
            state.presentation?.leaving = nil
            return openShare(session.current + (leaving == .forward ? 1 : -1), fromEnd: leaving == .back)
        }
        guard state.presentation?.isActive != true else { return [] }
        // Stopped: the library again, the review left open at the recommendation last shown.
        session.shown = nil
        self.session = nil
        if !session.quitsOnStop { showsLibrary = true }
        return []
    }

    /// The session's next review could not be read: the slide before stays (or the library, at the start).
    mutating func sessionReviewFailed() {
        guard var session else { return }
        if let shown = session.shown, state.isPresenting {
            session.current = shown
            self.session = session
        } else {
            self.session = nil
        }
    }
}
