import Content

/// What the command line chooses for the browser.
public struct BrowserOptions: Sendable, Equatable {
    public var colorEnabled: Bool
    public var mouseEnabled: Bool
    /// `casebook present`: open in presentation mode rather than the browser.
    public var startInPresentation: Bool
    /// `--from ID`: the recommendation presentation starts at.
    public var presentFrom: ItemID?
    /// `--only IDS`: the session plan; saved as the document's plan.
    public var presentOnly: [ItemID]?

    public init(colorEnabled: Bool = true, mouseEnabled: Bool = true, startInPresentation: Bool = false,
                presentFrom: ItemID? = nil, presentOnly: [ItemID]? = nil) {
        self.colorEnabled = colorEnabled
        self.mouseEnabled = mouseEnabled
        self.startInPresentation = startInPresentation
        self.presentFrom = presentFrom
        self.presentOnly = presentOnly
    }
}

/// Side effects the core asks the event loop to perform.
public enum Effect: Sendable, Equatable {
    case quit
    /// Repaint every cell (Ctrl-L).
    case redrawAll
    // Notes: the event loop performs these on the document's NoteStore, then calls
    // `notesDidChange` with what the store holds, or `report` with why saving failed.
    case saveNote(Note)
    case deleteNote(id: String)
    case setMark(ItemID, Bool)
    case setPlan([ItemID])
    /// Where the reader is, saved on quit so the document reopens there.
    case savePosition(ReadingPosition)
}

/// The browser's pure core: state in, key events through, a cell grid out. No terminal needed.
public struct Browser: Sendable {
    var state: BrowserState

    public var document: ReviewDocument { state.document }
    public var width: Int { state.width }
    public var height: Int { state.height }
    public var isFinished: Bool { state.isFinished }

    /// `notes` are the document's notes as loaded (reopening at their last position); none for a
    /// browser without a notes store.
    public init(document: ReviewDocument, options: BrowserOptions = BrowserOptions(), notes: DocumentNotes? = nil,
                width: Int, height: Int) {
        state = BrowserState(document: document, width: width, height: height,
                             colorEnabled: options.colorEnabled, mouseEnabled: options.mouseEnabled)
        state.go(to: .introduction, remember: false)
        state.startSession(notes: notes, options: options)
    }

    /// Effects to perform once before the first frame (saving an `--only` plan).
    public mutating func start() -> [Effect] { state.takeStartEffects() }

    /// The notes store's content after performing a notes effect (or another process's change).
    public mutating func notesDidChange(_ notes: DocumentNotes) { state.notes = notes }

    /// A message for the status line: a notes error or notice.
    public mutating func report(_ message: String) { state.message = message }

    /// Whether the screen shows a running clock, so the event loop should call `tick` each second.
    public var wantsClockTicks: Bool { state.isPresenting && state.presentation?.clockShown == true }

    /// The time now, in seconds from any fixed point (a monotonic clock); drives the session clock.
    public mutating func tick(now: Double) { state.tick(now: now) }

    /// Feeds one input through the keymap and the reducer; returns what the event loop should do.
    public mutating func handle(_ event: KeyEvent) -> [Effect] {
        switch event {
        case let .resize(width, height):
            state.resize(width: width, height: height)
            state.keepEditorCursorVisible()
            return []
        case let .mouse(mouse):
            state.message = nil
            guard let action = MouseInput.action(for: mouse, in: state) else { return [] }
            return state.apply(action)
        default:
            // A message lasts until the next key.
            state.message = nil
            guard let action = Keymap.action(for: event, in: state.mode) else { return [] }
            return state.apply(action)
        }
    }

    public func render() -> CellGrid {
        ScreenRenderer.render(state)
    }
}
