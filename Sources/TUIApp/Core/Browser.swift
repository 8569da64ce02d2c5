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
/// (Stub: the real state, keymap and rendering are being written.)
public struct Browser: Sendable {
    public private(set) var document: ReviewDocument
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var isFinished = false

    public init(document: ReviewDocument, options: BrowserOptions = BrowserOptions(), width: Int, height: Int) {
        self.document = document
        self.width = width
        self.height = height
    }

    public mutating func handle(_ event: KeyEvent) -> [Effect] {
        switch event {
        case .character("q"):
            isFinished = true
            return [.quit]
        case let .resize(width, height):
            self.width = width
            self.height = height
            return []
        default:
            return []
        }
    }

    public func render() -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        grid.put(document.title, row: 0, column: 0, style: Style(bold: true))
        return grid
    }
}
