import Content

/// What the command line chooses for the browser.
public struct BrowserOptions: Sendable, Equatable {
    public var colorEnabled: Bool
    public var mouseEnabled: Bool

    public init(colorEnabled: Bool = true, mouseEnabled: Bool = true) {
        self.colorEnabled = colorEnabled
        self.mouseEnabled = mouseEnabled
    }
}

/// Side effects the core asks the event loop to perform.
public enum Effect: Sendable, Equatable {
    case quit
    /// Repaint every cell (Ctrl-L).
    case redrawAll
}

/// The browser's pure core: state in, key events through, a cell grid out. No terminal needed.
public struct Browser: Sendable {
    var state: BrowserState

    public var document: ReviewDocument { state.document }
    public var width: Int { state.width }
    public var height: Int { state.height }
    public var isFinished: Bool { state.isFinished }

    public init(document: ReviewDocument, options: BrowserOptions = BrowserOptions(), width: Int, height: Int) {
        state = BrowserState(document: document, width: width, height: height,
                             colorEnabled: options.colorEnabled, mouseEnabled: options.mouseEnabled)
        state.go(to: .introduction, remember: false)
    }

    /// Feeds one input through the keymap and the reducer; returns what the event loop should do.
    public mutating func handle(_ event: KeyEvent) -> [Effect] {
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
            guard let action = Keymap.action(for: event, in: state.mode) else { return [] }
            return state.apply(action)
        }
    }

    public func render() -> CellGrid {
        ScreenRenderer.render(state)
    }
}
