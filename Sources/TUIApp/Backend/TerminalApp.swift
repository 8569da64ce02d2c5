import Content
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
        var browser = Browser(document: document, options: options, width: size.width, height: size.height)
        return run(&browser, on: backend)
    }

    /// The loop itself, on any backend.
    static func run(_ browser: inout Browser, on backend: some TerminalBackend) -> Int32 {
        while !browser.isFinished {
            backend.draw(browser.render())
            guard let event = backend.nextEvent() else { break }
            let effects = browser.handle(event)
            if effects.contains(.quit) { break }
            if effects.contains(.redrawAll) { backend.invalidate() }
        }
        backend.shutdown()
        return 0
    }
}
