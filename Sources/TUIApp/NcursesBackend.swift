import CNcurses
import Content
import TUICore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the terminal could not be started (unknown TERM, no terminal).
public struct TerminalStartError: Error, CustomStringConvertible {
    public var description: String
}

/// The one place that talks to ncurses: starts and restores the terminal, draws cell grids by writing
/// only the cells that changed, and decodes input into key events.
public final class NcursesBackend: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let colorsEnabled: Bool
    private var colorPairs = ColorPairs()
    /// What the terminal shows now; nil forces the next draw to repaint everything.
    private var lastGrid: CellGrid?
    private var cursorVisible: Bool?
    private var isShutDown = false

    /// Starts curses on the process's terminal. `colors: false` never starts colour; `mouse: false` leaves
    /// the mouse to the terminal (so text can be selected).
    public init(colors: Bool, mouse: Bool) throws(TerminalStartError) {
        Self.chooseLocale()
        TerminalGuard.install(restoringTerminalWith: restoreTerminal)
        // newterm, unlike initscr, reports an unknown TERM instead of exiting the process.
        guard let screen = newterm(nil, cb_stdout(), cb_stdin()), let window = cb_stdscr() else {
            TerminalGuard.uninstall()
            let term = getenv("TERM").map { String(cString: $0) } ?? "unset"
            throw TerminalStartError(description: "cannot start the terminal browser: the terminal type TERM=\(term) "
                                     + "is unknown here (try TERM=xterm-256color, or pipe the output for plain text)")
        }
        self.screen = screen
        self.window = window
        cbreak()  // not raw(): Ctrl-C and Ctrl-Z must still raise their signals
        noecho()
        nonl()
        keypad(window, true)
        Self.allowControlS()
        set_escdelay(25)  // the default one second makes Esc feel broken
        if colors, has_colors() {
            start_color()
            use_default_colors()
            colorsEnabled = true
        } else {
            colorsEnabled = false
        }
        if mouse {
            mousemask(cb_all_mouse_events(), nil)
            mouseinterval(0)  // report presses at once instead of waiting to combine them into clicks
        }
    }

    deinit { shutdown() }

    /// The user's locale; without one ncurses draws non-ASCII text blank. When none is set at all (common in
    /// containers and CI), UTF-8 is the safe guess for a modern terminal.
    private static func chooseLocale() {
        setlocale(LC_ALL, "")
        let names: [String] = ["LC_ALL", "LC_CTYPE", "LANG"]
        let chosen = names.contains { name in getenv(name).map { $0.pointee != 0 } ?? false }
        if !chosen { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    public func draw(_ grid: CellGrid) {
        guard !isShutDown else { return }
        let previous = lastGrid.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil {
            werase(window)
            clearok(window, true)
        }
        let rows = min(grid.height, Int(getmaxy(window)))
        let columns = min(grid.width, Int(getmaxx(window)))
        // Left to right, so a wide character written over an older one is never undone by a later write.
        for row in 0..<rows {
            for column in 0..<columns {
                let cell = grid[row, column]
                if let previous, previous[row, column] == cell { continue }
                if cell.isContinuation, column > 0, !grid[row, column - 1].isContinuation { continue }
                write(cell, row: row, column: column)
            }
        }
        placeCursor(grid.cursor, rows: rows, columns: columns)
        wrefresh(window)
        lastGrid = grid
    }

    public func invalidate() {
        lastGrid = nil
    }

    public func nextEvent() -> KeyEvent? {
        var failures = 0
        while !isShutDown {
            var code: wint_t = 0
            cb_clear_errno()
            let status = wget_wch(window, &code)
            if status == ERR {
                // EINTR: a signal (a resume after Ctrl-Z, or Ctrl-C, SIGTERM, SIGHUP for the loop to
                // handle) interrupted the read; anything else repeated is a terminal that has gone away,
                // which must not become a busy loop.
                if cb_errno() == EINTR {
                    if TerminalGuard.hasPendingSignal { return nil }
                    continue
                }
                failures += 1
                if failures >= 3 { return nil }
                usleep(20_000)
                continue
            }
            failures = 0
            let event = status == KEY_CODE_YES ? decodeKey(Int32(bitPattern: code)) : decodeCharacter(code)
            if let event { return event }
        }
        return nil
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if cursorVisible == false { curs_set(1) }
        endwin()
        TerminalGuard.uninstall()  // before delscreen, so no handler of ours runs against a freed screen
        delscreen(screen)
    }

    // MARK: Drawing

    private func write(_ cell: Cell, row: Int, column: Int) {
        var cchar = cchar_t()
        let attributes = attributes(of: cell.style)
        let pair = colorsEnabled ? colorPairs.pair(for: cell.style) : 0
        let characters = Self.wideCharacters(of: cell)
        if setcchar(&cchar, characters, attributes, pair, nil) == ERR {
            setcchar(&cchar, [characters[0], 0], attributes, pair, nil)
        }
        mvwadd_wch(window, Int32(row), Int32(column), &cchar)
    }

    /// The cell as curses wants it: one spacing character, then up to four zero-width ones (combining
    /// marks), zero-terminated. Anything else (the rest of an emoji sequence) would make setcchar fail.
    private static func wideCharacters(of cell: Cell) -> [wchar_t] {
        guard !cell.isContinuation, let first = cell.text.unicodeScalars.first else { return [32, 0] }
        // A control character would be drawn as two cells (^X) and shift the rest of the row.
        var characters = [isControl(first) ? wchar_t(63) : wchar_t(bitPattern: first.value)]
        // Zero-width by the grid's own measure, so the backend and the layout agree on every cell.
        for scalar in cell.text.unicodeScalars.dropFirst() where characters.count < 5 {
            if DisplayWidth.of(scalar) == 0 && !isControl(scalar) { characters.append(wchar_t(bitPattern: scalar.value)) }
        }
        characters.append(0)
        return characters
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 32 || (0x7F..<0xA0).contains(scalar.value)
    }

    private func attributes(of style: Style) -> attr_t {
        var attributes = cb_a_normal()
        if style.bold { attributes |= cb_a_bold() }
        if style.reverse { attributes |= cb_a_reverse() }
        if style.underline { attributes |= cb_a_underline() }
        if style.dim { attributes |= cb_a_dim() }
        return attributes
    }

    private func placeCursor(_ cursor: (row: Int, column: Int)?, rows: Int, columns: Int) {
        let visible = cursor != nil && rows > 0 && columns > 0
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
        if let cursor, visible {
            wmove(window, Int32(min(max(cursor.row, 0), rows - 1)), Int32(min(max(cursor.column, 0), columns - 1)))
        }
    }

    // MARK: Input

    private func decodeCharacter(_ code: wint_t) -> KeyEvent? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func decodeKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE:
            let size = size
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE: return decodeMouse()
        case cb_key_f(1)...cb_key_f(12): return .function(Int(code - cb_key_f(0)))
        default: return nil
        }
    }

    private func decodeMouse() -> KeyEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if event.bstate & cb_button4_pressed() != 0 {
            kind = .wheelUp
        } else if cb_button5_pressed() != 0, event.bstate & cb_button5_pressed() != 0 {
            kind = .wheelDown
        } else if event.bstate & (cb_button1_pressed() | cb_button1_clicked()) != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, row: Int(event.y), column: Int(event.x)))
    }
}

/// Colour pairs made on demand: terminals with 8 colours often allow only 64 pairs, fewer than every
/// foreground/background combination, and a screen uses a handful.
private struct ColorPairs {
    private var pairs: [Pair: Int16] = [:]

    private struct Pair: Hashable {
        var foreground: Style.Color?
        var background: Style.Color?
    }

    mutating func pair(for style: Style) -> Int16 {
        let key = Pair(foreground: style.foreground, background: style.background)
        if key.foreground == nil, key.background == nil { return 0 }
        if let existing = pairs[key] { return existing }
        let number = pairs.count + 1
        // Out of pairs: fall back to the terminal's colours; the attributes still carry the meaning.
        guard number < Int(cb_color_pairs()), number <= Int(Int16.max) else { return 0 }
        init_pair(Int16(number), Self.code(key.foreground), Self.code(key.background))
        pairs[key] = Int16(number)
        return Int16(number)
    }

    /// The curses colour number; -1 is the terminal's default (use_default_colors).
    private static func code(_ color: Style.Color?) -> Int16 {
        switch color {
        case nil: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }
}

/// What the signal handlers call before the process ends: a C function pointer without captures.
private let restoreTerminal: TerminalGuard.Restore = { _ = endwin() }

// MARK: For the note editor and the session clock

extension NcursesBackend: TimedInputBackend {
    /// Waits for input at most `milliseconds`; `.timedOut` when none came.
    func nextInput(waitingAtMost milliseconds: Int) -> TimedInput {
        guard !isShutDown else { return .ended }
        wtimeout(window, Int32(max(0, milliseconds)))
        defer { wtimeout(window, -1) }
        let started = MonotonicClock.seconds()
        var code: wint_t = 0
        cb_clear_errno()
        let status = wget_wch(window, &code)
        if status == ERR {
            // A wait cut much shorter than asked, and not by a signal, may be a terminal gone away:
            // the blocking read tells, without a busy loop.
            let waited = (MonotonicClock.seconds() - started) * 1000
            if cb_errno() == EINTR || waited >= Double(milliseconds) / 2 { return .timedOut }
            wtimeout(window, -1)
            return nextEvent().map(TimedInput.event) ?? .ended
        }
        let event = status == KEY_CODE_YES ? decodeKey(Int32(bitPattern: code)) : decodeCharacter(code)
        return event.map(TimedInput.event) ?? .timedOut
    }

    /// Ctrl-S saves a note: turn off XON/XOFF flow control, which would otherwise freeze the terminal
    /// on Ctrl-S. Stored as curses' program mode, so a resume after Ctrl-Z keeps it.
    fileprivate static func allowControlS() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        def_prog_mode()
    }
}
