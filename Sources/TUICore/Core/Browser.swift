import Content

/// The browser's pure core: messages in (`update`), effects out, a cell grid to show (`render`).
/// No terminal, clock, id source or file of its own: the runtime feeds it all of them.
public struct Browser: Sendable {
    var state: BrowserState
    /// What `start()` hands the runtime, once.
    private var startEffects: [Effect]
    /// The reader's laid-out text from the last frame, outside the state (see `ReaderLayoutMemo`).
    private var readerMemo = ReaderLayoutMemo()
    /// The library, when casebook opened on one: kept whole while a review is open.
    var library: LibraryScreen?
    /// Whether the library is in front (else the review in `state`).
    var showsLibrary = false
    /// A session presented across the library's reviews, while it runs.
    var session: SessionAcrossLibrary?
    /// What the command line chose, for each review the library opens.
    private let options: BrowserOptions

    public var document: ReviewDocument { state.document }
    public var width: Int { state.width }
    public var height: Int { state.height }
    public var isFinished: Bool { state.isFinished }
    /// Whether the review's facts, derived in the background from its opening, are all derived.
    public var factsDerived: Bool { state.learning.isFullyDerived }

    /// `notes` are the document's notes as loaded (reopening at their last position); none for a
    /// browser without a notes store. New notes take their ids from `noteIDs`.
    public init(document: ReviewDocument, options: BrowserOptions = BrowserOptions(), notes: DocumentNotes? = nil,
                noteIDs: NoteIDSource, width: Int, height: Int) {
        self.options = options
        state = BrowserState(document: document, width: width, height: height,
                             colorEnabled: options.colorEnabled, mouseEnabled: options.mouseEnabled, noteIDs: noteIDs)
        state.colorTheme = options.colorTheme
        state.measure = options.measure
        state.go(to: .introduction, remember: false)
        startEffects = state.startSession(notes: notes, options: options)
    }

    /// A browser that opens on the library's reviews (`entries`, as the catalog lists them); Enter asks
    /// the runtime for a review (`Effect.openReview`). `placeholder` stands in as the review until one is
    /// opened; it is never shown, so by default it is an empty document: the library's first frame parses
    /// nothing, not even the built-in Child J, which is read when it is opened like any other review.
    /// `opening`: a review to open first (`casebook 12:5b`), its row the one selected when `L` shows the list.
    public init(library entries: [LibraryEntry], placeholder: ReviewDocument = ReviewDocument(source: "library"),
                options: BrowserOptions = BrowserOptions(), opening: LibraryOpening? = nil,
                noteIDs: NoteIDSource, width: Int, height: Int) {
        // `casebook present` on the library presents the session across its reviews, not the placeholder.
        var placeholderOptions = options
        placeholderOptions.startInPresentation = false
        self.init(document: placeholder, options: placeholderOptions, notes: nil, noteIDs: noteIDs, width: width, height: height)
        library = LibraryScreen(entries: entries)
        showsLibrary = true
        if options.startInPresentation, let ask = library?.askForMarks(.present(quitsOnStop: true)) { startEffects += ask }
        if let opening {
            library?.select(id: opening.id)
            startEffects.append(opening.effect)
        }
    }

    private var theme: Theme { Theme(colorEnabled: state.colorEnabled, colors: state.colorTheme) }

    /// Effects to perform once before the first frame (saving an `--only` plan).
    public mutating func start() -> [Effect] {
        defer { startEffects = [] }
        return startEffects
    }

    /// Whether the screen shows a running clock, so the runtime should send a tick each second.
    public var wantsClockTicks: Bool { !showsLibrary && state.isPresenting && state.presentation?.clockShown == true }

    /// The one way in: applies a message to the state and returns what the runtime should do.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case let .input(event): return handle(event)
        case let .tick(moment): state.tick(moment)
        case let .notesChanged(notes):
            state.notes = notes
            // The store wrote every change it held (it answers `.notesFailed` after this one if not).
            state.unsavedNotesReason = nil
        case let .notesFailed(reason):
            state.message = reason
            state.unsavedNotesReason = reason
        case let .notice(reason):
            // On the screen in front: the library's list has its own status line.
            if showsLibrary { library?.message = reason } else { state.message = reason }
        case .terminate: return state.endSession()
        case let .notesWritten(path): return state.notesWritten(to: path)
        case let .notesFileExists(path): state.askToReplace(path)
        case let .notesOffered(offer): state.offerNotes(offer)
        case let .reviewOpened(id, document, notes, item, series):
            let previous = state.presentation
            return openReview(id: id, document: document, notes: notes, at: item, series: series) + presentArrived(id, continuing: previous)
        case let .reviewFailed(reason):
            library?.message = reason
            state.message = reason
            sessionReviewFailed()
        case let .librarySearched(query, hits, counts, failure):
            library?.searched(query, hits: hits, counts: counts, failure: failure)
        case let .libraryRecommendationsRead(ids, recommendations, failure):
            library?.recommendationsRead(ids: ids, recommendations: recommendations, failure: failure)
        case let .libraryCommitmentsRead(ids, commitments, failure):
            library?.commitmentsRead(ids: ids, commitments: commitments, failure: failure)
        case let .libraryMarksRead(ids, documents, marks, lookedIn):
            return marksRead(ids: ids, documents: documents, marks: marks, lookedIn: lookedIn)
        case let .libraryMarked(document, item, marked, failure):
            library?.marked(document: document, item: item, now: marked, failure: failure)
        case let .libraryParsing(done, total, then):
            guard library?.awaits(then) == true else { return [] }
            library?.parsing(done: done, of: total)
            return [.drawThenResume(then)]
        case let .resumeReading(effect):
            return library?.awaits(effect) == true && !isFinished ? [effect] : []
        case let .libraryChanged(entries):
            return library?.replaceEntries(entries) ?? []
        }
        return []
    }

    /// Feeds one input through the keymap and the reducer.
    private mutating func handle(_ event: KeyEvent) -> [Effect] {
        switch event {
        case let .resize(width, height):
            state.resize(width: width, height: height)
            return []
        case let .mouse(mouse):
            if showsLibrary {
                // The wheel moves through the reviews; clicks do nothing there yet.
                guard state.mouseEnabled, mouse.kind != .press else { return [] }
                return library?.apply(.move(mouse.kind == .wheelUp ? .up : .down)) ?? []
            }
            state.message = nil
            guard let action = MouseInput.action(for: mouse, in: state) else { return [] }
            return state.apply(action)
        default:
            if showsLibrary, library != nil { return handleInLibrary(event) }
            // A message lasts until the next key.
            state.message = nil
            guard let action = Keymap.action(for: event, in: state.mode.input) else { return [] }
            if action == .library(.show), library != nil {
                showsLibrary = true
                return state.positionEffects
            }
            let effects = state.apply(action)
            return session == nil ? effects : effects + followSession()
        }
    }

    /// The library's keys; quitting (and what the review under it saves first) is the review's business.
    private mutating func handleInLibrary(_ event: KeyEvent) -> [Effect] {
        library?.message = nil
        guard let action = Keymap.action(for: event, in: library?.inputMode ?? .library) else { return [] }
        switch action {
        case .quit:
            // Notes the store could not save: the review asks what to do with them, as it does on its own.
            if state.unsavedNotesReason != nil { showsLibrary = false }
            return state.apply(.quit)
        case .interrupt: return state.endSession()
        default: break
        }
        let effects = library?.apply(action) ?? []
        if case .readMarks? = effects.first { session = nil }
        // The review already open needs no reading: back to it, at the match when one was chosen.
        if case let .openReview(id, item, series)? = effects.first, id == library?.openReview {
            showsLibrary = false
            if let item, let selection = Selection.address(item, series: series, in: state.document) { state.go(to: selection, remember: true) }
            return []
        }
        // Where the review open was left is saved before another replaces it.
        if case .openReview? = effects.first, library?.openReview != nil { return state.positionEffects + effects }
        return effects
    }

    /// A review the runtime read from the library replaces the one open; the library stays as it was.
    mutating func openReview(id: Int, document: ReviewDocument, notes: DocumentNotes?, at item: ItemID?, series: String = "") -> [Effect] {
        var review = BrowserState(document: document, width: state.width, height: state.height,
                                  colorEnabled: state.colorEnabled, mouseEnabled: state.mouseEnabled, noteIDs: state.noteIDs)
        review.colorTheme = state.colorTheme
        review.measure = state.measure
        review.now = state.now
        review.promptHistory = state.promptHistory
        review.go(to: .introduction, remember: false)
        var sessionOptions = options
        (sessionOptions.startInPresentation, sessionOptions.presentOnly, sessionOptions.savePlan) = (false, nil, false)
        let effects = review.startSession(notes: notes, options: sessionOptions)
        if let item {
            if let selection = Selection.address(item, series: series, in: document) {
                review.go(to: selection, remember: true)
            } else {
                review.message = "This review has no \(series.isEmpty ? item.description : series + item.plainDescription)"
            }
        }
        review.documentLabel = library?.name(of: id, title: document.title) ?? ReviewName.label(document.title)
        state = review
        readerMemo = ReaderLayoutMemo()
        library?.openReview = id
        showsLibrary = false
        return effects
    }

    /// The frame to show; the overlays' scroll positions are kept in view as they draw and
    /// remembered, as ratatui's stateful widgets do. The runtime draws before every input.
    public mutating func draw() -> CellGrid {
        if showsLibrary, var library {
            defer { self.library = library }
            return LibraryView.render(&library, layout: state.layout, theme: theme)
        }
        let content = readerMemo.content(for: state)
        return ScreenRenderer.render(&state, reader: content)
    }

    /// The same frame, remembering nothing: for looking at the screen without changing the browser.
    public func render() -> CellGrid {
        if showsLibrary, var library { return LibraryView.render(&library, layout: state.layout, theme: theme) }
        var copy = state
        return ScreenRenderer.render(&copy, reader: readerMemo.cached(for: state) ?? ScreenRenderer.readerContent(of: state))
    }
}
