import Content

/// Which input the keys currently go to.
enum InputMode: Sendable, Hashable {
    case browse, help, prompt
}

/// The whole state of the browser: a value, so every frame is a function of it.
struct BrowserState: Sendable {
    var document: ReviewDocument
    var width: Int
    var height: Int
    var colorEnabled: Bool
    var mouseEnabled: Bool

    var selection: Selection = .introduction
    /// Recommendations whose parts are hidden in the outline. All start unfolded: the outline is short.
    var folded: Set<Int> = []
    var focus: Pane = .outline
    /// First outline row shown (index into the visible rows).
    var outlineTop = 0
    /// First reader line shown.
    var readerTop = 0
    /// The words a run of resizes keeps at the reader's top; any other action lets go of it, so
    /// shrinking and growing the window back returns to exactly the same line.
    var pinnedReaderAnchor: ReaderAnchor?
    var mode: InputMode = .browse
    var helpTop = 0
    var promptText = ""
    /// Places visited before the current one; Backspace walks back through them.
    var history: [Selection] = []
    /// A one-key message in the status line ("No such recommendation: 12"); cleared by the next key.
    var message: String?
    var isFinished = false

    init(document: ReviewDocument, width: Int, height: Int, colorEnabled: Bool, mouseEnabled: Bool) {
        self.document = document
        self.width = max(0, width)
        self.height = max(0, height)
        self.colorEnabled = colorEnabled
        self.mouseEnabled = mouseEnabled
    }

    var layout: Layout { Layout(width: width, height: height, focus: focus) }
    var visibleRows: [OutlineRow] { Outline.rows(of: document, folded: folded) }
    var selectedRowIndex: Int? { visibleRows.firstIndex { $0.selection == selection } }

    /// The reader's lines for the current selection at the current reader width.
    var readerContent: ReaderContent {
        ReaderContent(document: document, selection: selection, width: layout.readerTextWidth)
    }

    /// How many history entries are kept: enough for any session, bounded so it cannot grow forever.
    static let historyLimit = 200
}
