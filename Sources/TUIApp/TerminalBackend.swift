import TUICore

/// What the event loop needs from a terminal. The ncurses backend is the real one; only the runtime
/// uses it, because tests drive the core directly (and TUIAppTests see it through `@testable`).
public protocol TerminalBackend: AnyObject {
    /// Current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows a frame (the backend writes only what changed).
    func draw(_ grid: CellGrid)
    /// Forgets what is on screen, so the next draw repaints everything (Ctrl-L, after a resume).
    func invalidate()
    /// Blocks until the next input; nil when input has ended (EOF, hang-up) or a signal interrupted the
    /// wait for the loop to handle (see `TerminalGuard`).
    func nextEvent() -> KeyEvent?
    /// Whether input is already waiting (a paste arrives as hundreds of keys at once): the loop takes it
    /// before drawing, rather than drawing a frame per key.
    var hasPendingInput: Bool { get }
    /// Restores the terminal: cooked mode, echo, cursor, main screen. Safe to call twice.
    func shutdown()
}

extension TerminalBackend {
    public var hasPendingInput: Bool { false }
}
