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
                              noteIDs: NoteIDSource(seed: .random(in: .min ... .max)),
                              width: size.width, height: size.height)
        _ = send(notes.perform(browser.start()), to: &browser, notes: notes)
        if !notes.startupMessages.isEmpty {
            _ = send([.notice(notes.startupMessages.joined(separator: " · "))], to: &browser, notes: notes)
        }
        let status = run(&browser, on: backend, notes: notes)
        if let failure = notes.flush() {
            let message = "casebook: \(failure)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
        return status
    }

    /// The loop itself, on any backend: every input and tick goes through `Browser.update`, the effects
    /// it returns are run here, and their answers go back through `update`. The session clock ticks
    /// once a second while it shows (when the backend can wait for input with a timeout).
    static func run(_ browser: inout Browser, on backend: some TerminalBackend, notes: NotesKeeper? = nil,
                    clock: () -> Moment = Moment.now) -> Int32 {
        _ = send([.tick(clock())], to: &browser, notes: notes)
        while !browser.isFinished {
            backend.draw(browser.draw())
            let input: TimedInput
            if browser.wantsClockTicks, let timed = backend as? any TimedInputBackend {
                // Wake at the next whole second of the clock.
                let now = clock().seconds
                input = timed.nextInput(waitingAtMost: max(10, Int((1 - (now - now.rounded(.down))) * 1000)))
            } else {
                input = backend.nextEvent().map(TimedInput.event) ?? .ended
            }
            guard case let .event(event) = input else {
                if case .ended = input { break }
                _ = send([.tick(clock())], to: &browser, notes: notes)
                continue
            }
            // The input's time first, so a note this key saves is stamped with it; a tick after it
            // starts a clock this key started.
            let effects = send([.tick(clock()), .input(event), .tick(clock())], to: &browser, notes: notes)
            if effects.contains(.quit) { break }
            if effects.contains(.redrawAll) { backend.invalidate() }
        }
        backend.shutdown()
        return 0
    }

    /// Sends messages through `update`, runs the notes effects they return and sends back their
    /// answers, until none are left; returns every effect, for the loop's own (quit, redraw).
    static func send(_ messages: [Message], to browser: inout Browser, notes: NotesKeeper?) -> [Effect] {
        var queue = messages[...]
        var effects: [Effect] = []
        while let message = queue.popFirst() {
            let new = browser.update(message)
            effects += new
            queue += notes?.perform(new) ?? []
        }
        return effects
    }
}
