/// One input from the terminal, already decoded by the backend.
public enum KeyEvent: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter, lower case: `.control("l")` is Ctrl-L.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape, insert
    case function(Int)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}

/// What the event loop needs from a terminal. The ncurses backend is the real one; tests need none,
/// because they drive the core directly.
public protocol TerminalBackend: AnyObject {
    /// Current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows a frame (the backend writes only what changed).
    func draw(_ grid: CellGrid)
    /// Forgets what is on screen, so the next draw repaints everything (Ctrl-L, after a resume).
    func invalidate()
    /// Blocks until the next input; nil when input has ended (EOF, hang-up).
    func nextEvent() -> KeyEvent?
    /// Restores the terminal: cooked mode, echo, cursor, main screen. Safe to call twice.
    func shutdown()
}
