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
    private let mouseEnabled: Bool
    private static let sgrMouseOn = "\u{1B}[?1006h", sgrMouseOff = "\u{1B}[?1006l"
    private var colorPairs = ColorPairs()
    /// What the terminal shows now; nil forces the next draw to repaint everything.
    private var lastGrid: CellGrid?
    private var cursorVisible: Bool?
    private var isShutDown = false
    /// Input is read as raw characters and decoded here, not by curses' terminfo (see `InputDecoder`).
    private var decoder = InputDecoder()
    /// Keys decoded but not yet handed out (a read can complete more than one).
    private var decodedKeys: [KeyEvent] = []

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
        // Keypad off: curses would decode only the sequences terminfo lists for TERM and pass the rest on
        // as Esc and letters; InputDecoder knows every terminal's.
        keypad(window, false)
        Self.allowControlS()
        set_escdelay(25)  // the default one second makes Esc feel broken
        if colors, has_colors() {
            start_color()
            use_default_colors()
            colorsEnabled = true
        } else {
            colorsEnabled = false
        }
        mouseEnabled = mouse
        if mouse {
            mousemask(cb_all_mouse_events(), nil)
            mouseinterval(0)  // report presses at once instead of waiting to combine them into clicks
            // SGR reports (1006) carry any column as digits; curses asks for them only where terminfo
            // says so, and the older reports break past column 95 in a UTF-8 terminal.
            putp(Self.sgrMouseOn)
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

    /// Keys decoded and not yet taken, or bytes waiting on the terminal (curses reads them one at a time).
    public var hasPendingInput: Bool {
        guard decodedKeys.isEmpty else { return true }
        var waiting = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&waiting, 1, 0) > 0 && waiting.revents & Int16(POLLIN) != 0
    }

    public func nextEvent() -> KeyEvent? {
        var failures = 0
        while !isShutDown {
            if !decodedKeys.isEmpty { return decodedKeys.removeFirst() }
            switch read(waitingAtMost: decoder.isWaiting ? Self.sequenceWait : nil) {
            case let .keys(keys):
                failures = 0
                decodedKeys += keys
            case .timedOut:
                decodedKeys += decoder.timeOut()
            case .interrupted:
                // A signal interrupted the read: a resume after Ctrl-Z, or Ctrl-C, SIGTERM, SIGHUP for the
                // loop to handle.
                if TerminalGuard.hasPendingSignal { return nil }
                continue
            case .failed:
                // Repeated, a terminal that has gone away, which must not become a busy loop.
                failures += 1
                if failures >= 3 { return nil }
                usleep(20_000)
            }
        }
        return nil
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if cursorVisible == false { curs_set(1) }
        if mouseEnabled { putp(Self.sgrMouseOff) }
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

    /// How long the rest of an escape sequence may take to come before a lone Esc counts as the Esc key.
    private static let sequenceWait = 50

    private enum Read {
        case keys([KeyEvent])
        case timedOut, interrupted, failed
    }

    /// Reads one character (or a resize) and hands it to the decoder; waits at most `milliseconds`, or
    /// for ever when nil.
    private func read(waitingAtMost milliseconds: Int?) -> Read {
        if let milliseconds { wtimeout(window, Int32(max(0, milliseconds))) }
        defer { if milliseconds != nil { wtimeout(window, -1) } }
        let started = MonotonicClock.seconds()
        var code: wint_t = 0
        cb_clear_errno()
        let status = wget_wch(window, &code)
        if status == ERR {
            if cb_errno() == EINTR { return .interrupted }
            // A wait cut much shorter than asked, and not by a signal, may be a terminal gone away.
            guard let milliseconds, (MonotonicClock.seconds() - started) * 1000 >= Double(milliseconds) / 2 else {
                return .failed
            }
            return .timedOut
        }
        if status == KEY_CODE_YES {
            // With the keypad off, curses itself sends only a resize.
            guard Int32(bitPattern: code) == KEY_RESIZE else { return .keys([]) }
            let size = size
            return .keys([.resize(width: size.width, height: size.height)])
        }
        return .keys(Unicode.Scalar(code).map { decoder.feed($0) } ?? [])
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
        if decodedKeys.isEmpty {
            switch read(waitingAtMost: decoder.isWaiting ? Self.sequenceWait : milliseconds) {
            case let .keys(keys): decodedKeys += keys
            case .timedOut: decodedKeys += decoder.timeOut()
            case .interrupted: return .timedOut
            // The blocking read tells whether the terminal has gone, without a busy loop.
            case .failed: return nextEvent().map(TimedInput.event) ?? .ended
            }
        }
        // A character that starts a sequence completes no key yet: the caller ticks and asks again.
        return decodedKeys.isEmpty ? .timedOut : .event(decodedKeys.removeFirst())
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
