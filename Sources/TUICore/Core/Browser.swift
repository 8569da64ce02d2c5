import Content

/// The browser's pure core: messages in (`update`), effects out, a cell grid to show (`render`).
/// No terminal, clock, id source or file of its own: the runtime feeds it all of them.
public struct Browser: Sendable {
    var state: BrowserState
    /// What `start()` hands the runtime, once.
    private var startEffects: [Effect]
    /// The reader's laid-out text from the last frame, outside the state (see `ReaderLayoutMemo`).
    private var readerMemo = ReaderLayoutMemo()

    public var document: ReviewDocument { state.document }
    public var width: Int { state.width }
    public var height: Int { state.height }
    public var isFinished: Bool { state.isFinished }

    /// `notes` are the document's notes as loaded (reopening at their last position); none for a
    /// browser without a notes store. New notes take their ids from `noteIDs`.
    public init(document: ReviewDocument, options: BrowserOptions = BrowserOptions(), notes: DocumentNotes? = nil,
                noteIDs: NoteIDSource, width: Int, height: Int) {
        state = BrowserState(document: document, width: width, height: height,
                             colorEnabled: options.colorEnabled, mouseEnabled: options.mouseEnabled, noteIDs: noteIDs)
        state.colorTheme = options.colorTheme
        state.measure = options.measure
        state.go(to: .introduction, remember: false)
        startEffects = state.startSession(notes: notes, options: options)
    }

    /// Effects to perform once before the first frame (saving an `--only` plan).
    public mutating func start() -> [Effect] {
        defer { startEffects = [] }
        return startEffects
    }

    /// Whether the screen shows a running clock, so the runtime should send a tick each second.
    public var wantsClockTicks: Bool { state.isPresenting && state.presentation?.clockShown == true }

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
        case let .notice(reason): state.message = reason
        case .terminate: return state.endSession()
        case let .notesWritten(path): return state.notesWritten(to: path)
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
            state.message = nil
            guard let action = MouseInput.action(for: mouse, in: state) else { return [] }
            return state.apply(action)
        default:
            // A message lasts until the next key.
            state.message = nil
            guard let action = Keymap.action(for: event, in: state.mode.input) else { return [] }
            return state.apply(action)
        }
    }

    /// The frame to show; the overlays' scroll positions are kept in view as they draw and
    /// remembered, as ratatui's stateful widgets do. The runtime draws before every input.
    public mutating func draw() -> CellGrid {
        let content = readerMemo.content(for: state)
        return ScreenRenderer.render(&state, reader: content)
    }

    /// The same frame, remembering nothing: for looking at the screen without changing the browser.
    public func render() -> CellGrid {
        var copy = state
        return ScreenRenderer.render(&copy, reader: readerMemo.cached(for: state) ?? ScreenRenderer.readerContent(of: state))
    }
}
