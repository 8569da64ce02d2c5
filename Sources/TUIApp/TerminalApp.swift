import Content
import TUICore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive browser on a real terminal: one loop that draws the core's frame, waits for an event
/// and hands it to the core, until the core asks to quit or input ends.
public enum TerminalApp {
    /// Runs the browser; returns the process's exit status (0 on quit or end of input, 2 when the terminal
    /// cannot be started). Signals end the process themselves (130 for Ctrl-C), after restoring the terminal.
    public static func run(document: ReviewDocument, options: BrowserOptions) -> Int32 {
        // Notes are read before the screen starts; what went wrong shows in the status line.
        let notes = NotesKeeper(document: document)
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(colors: options.colorEnabled, mouse: options.mouseEnabled)
        } catch {
            let message = "casebook: \(error)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            return 2
        }
        defer { backend.shutdown() }
        let size = backend.size
        var browser = Browser(document: document, options: options, notes: notes.notes,
                              width: size.width, height: size.height)
        notes.perform(browser.start(), on: &browser)
        if !notes.startupMessages.isEmpty { browser.report(notes.startupMessages.joined(separator: " · ")) }
        let status = run(&browser, on: backend, notes: notes)
        if let failure = notes.flush() {
            let message = "casebook: \(failure)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
        return status
    }

    /// The loop itself, on any backend. Notes effects go to `notes`; the session clock ticks once a
    /// second while it shows (when the backend can wait for input with a timeout).
    static func run(_ browser: inout Browser, on backend: some TerminalBackend, notes: NotesKeeper? = nil,
                    clock: () -> Double = MonotonicClock.seconds) -> Int32 {
        browser.tick(now: clock())
        while !browser.isFinished {
            backend.draw(browser.render())
            let input: TimedInput
            if browser.wantsClockTicks, let timed = backend as? any TimedInputBackend {
                // Wake at the next whole second of the clock.
                let now = clock()
                input = timed.nextInput(waitingAtMost: max(10, Int((1 - (now - now.rounded(.down))) * 1000)))
            } else {
                input = backend.nextEvent().map(TimedInput.event) ?? .ended
            }
            guard case let .event(event) = input else {
                if case .ended = input { break }
                browser.tick(now: clock())
                continue
            }
            let effects = browser.handle(event)
            notes?.perform(effects, on: &browser)
            browser.tick(now: clock())
            if effects.contains(.quit) { break }
            if effects.contains(.redrawAll) { backend.invalidate() }
        }
        backend.shutdown()
        return 0
    }
}
