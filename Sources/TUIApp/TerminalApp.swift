import Content
import Store
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
    /// cannot be started). Ctrl-C outside the editor and prompts, SIGTERM and SIGHUP end the process of
    /// their signal (130 for Ctrl-C) once the editor's text is kept as a draft and the reading position saved;
    /// other signals end it themselves, after restoring the terminal.
    /// `notices`: what the user should know before reading (the library could not be read), in the status line.
    /// `others`: the notes of the library's other reviews, which this document's must not adopt.
    public static func run(document: ReviewDocument, options: BrowserOptions, notices: [String] = [],
                           notAdopting others: OtherDocumentsNotes = .none) -> Int32 {
        // Notes are read before the screen starts; what went wrong shows in the status line.
        let notes = NotesKeeper(document: document, notAdopting: others)
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
        let startup = notices + notes.startupMessages
        if !startup.isEmpty { _ = send([.notice(startup.joined(separator: " · "))], to: &browser, notes: notes) }
        if let offer = notes.offer { _ = send([.notesOffered(offer)], to: &browser, notes: notes) }
        let end = run(&browser, on: backend, notes: notes)
        if let failure = notes.flush() {
            let message = "casebook: \(failure)\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
        if case let .signal(number) = end { return TerminalGuard.end(by: number) }
        return 0
    }

    /// Runs the browser on the library: it opens on the list of reviews, and each review opens with
    /// its own notes store. Returns as `run(document:options:)` does.
    /// `notices`: what the user should know about the library (an older one read as it is), in the status line.
    /// `review`: the one to open first, at `item` (`casebook 12:5b`), as Enter on its row would.
    public static func run(library catalog: any LibraryCatalog, entries: [LibraryEntry], options: BrowserOptions,
                           notices: [String] = [], openingReview review: Int? = nil, at item: ItemID? = nil) -> Int32 {
        let runtime = LibraryRuntime(catalog: catalog)
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(colors: options.colorEnabled, mouse: options.mouseEnabled)
        } catch {
            complain("casebook: \(error)")
            return 2
        }
        defer { backend.shutdown() }
        let size = backend.size
        var browser = Browser(library: entries, options: options, opening: review.map { LibraryOpening(id: $0, item: item) },
                              noteIDs: NoteIDSource(seed: .random(in: .min ... .max)), width: size.width, height: size.height)
        // `casebook present` on the library: the marks are read and the session's first review opened.
        runtime.watchChanges(listed: entries)
        _ = send(runtime.perform(browser.start()), to: &browser, notes: runtime)
        if !notices.isEmpty { _ = send([.notice(notices.joined(separator: " · "))], to: &browser, notes: runtime) }
        runtime.prepareSearchInBackground()
        let end = run(&browser, on: backend, notes: runtime)
        if let failure = runtime.flush() { complain("casebook: \(failure)") }
        if case let .signal(number) = end { return TerminalGuard.end(by: number) }
        return 0
    }

    private static func complain(_ line: String) {
        let message = line + "\n"
        _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    }

    /// How the loop ended.
    enum LoopEnd: Equatable {
        /// The core quit (`q`), or input ended.
        case finished
        /// A signal ended it; the process should end of that signal.
        case signal(Int32)
    }

    /// The loop itself, on any backend: every input and tick goes through `Browser.update`, the effects
    /// it returns are run here, and their answers go back through `update`. The session clock ticks
    /// once a second while it shows (when the backend can wait for input with a timeout). `signals` gives
    /// a graceful signal that arrived (see `TerminalGuard`): Ctrl-C goes to the core as a key, which may
    /// end the session; SIGTERM and SIGHUP end it. However it ends, the core says what to save first.
    static func run(_ browser: inout Browser, on backend: some TerminalBackend, notes: (any EffectRunner)? = nil,
                    clock: () -> Moment = Moment.now,
                    signals: () -> Int32? = TerminalGuard.takePendingSignal) -> LoopEnd {
        defer { backend.shutdown() }
        _ = send([.tick(clock())], to: &browser, notes: notes)
        // Keys taken since the last frame: input already waiting (a paste) is taken before drawing, but
        // a frame still shows every so often, so a long paste is seen coming.
        var undrawnKeys = 0
        while !browser.isFinished {
            if let signal = signals() {
                let message: Message = signal == SIGINT ? .input(.control("c")) : .terminate
                let effects = send([.tick(clock()), message], to: &browser, notes: notes)
                if effects.contains(.quit) { return .signal(signal) }
                continue
            }
            if undrawnKeys >= Self.keysBetweenFramesAtMost || !backend.hasPendingInput {
                backend.draw(browser.draw())
                undrawnKeys = 0
            }
            let input: TimedInput
            if browser.wantsClockTicks, let timed = backend as? any TimedInputBackend {
                // Wake at the next whole second of the clock.
                let now = clock().seconds
                input = timed.nextInput(waitingAtMost: max(10, Int((1 - (now - now.rounded(.down))) * 1000)))
            } else {
                input = backend.nextEvent().map(TimedInput.event) ?? .ended
            }
            guard case let .event(event) = input else {
                // A read a signal cut short: the loop's top handles the signal.
                if case .ended = input, !TerminalGuard.hasPendingSignal {
                    // The terminal has gone: keep what would be lost, as for a signal.
                    _ = send([.tick(clock()), .terminate], to: &browser, notes: notes)
                    return .finished
                }
                _ = send([.tick(clock())], to: &browser, notes: notes)
                continue
            }
            undrawnKeys += 1
            // The input's time first, so a note this key saves is stamped with it; a tick after it
            // starts a clock this key started.
            let outside = notes?.changesOutside() ?? []
            let effects = send([.tick(clock())] + outside + [.input(event), .tick(clock())], to: &browser, notes: notes) { browser in
                // A long reading's progress: drawn, and a key typed meanwhile (Esc stops it, q quits) taken.
                backend.draw(browser.draw())
                guard let timed = backend as? any TimedInputBackend else { return [] }
                // Twice: Esc alone starts a sequence, which the second asking completes (after the short
                // wait for the rest of a sequence) rather than leaving it to the next frame.
                for _ in 0..<2 {
                    if case let .event(typed) = timed.nextInput(waitingAtMost: 0) { return [.tick(clock()), .input(typed), .tick(clock())] }
                }
                return []
            }
            if effects.contains(.quit) { break }
            if effects.contains(.redrawAll) { backend.invalidate() }
        }
        return .finished
    }

    /// While input keeps waiting, a frame at least every this many keys.
    static let keysBetweenFramesAtMost = 256

    /// Sends messages through `update`, runs the notes effects they return and sends back their
    /// answers, until none are left; returns every effect, for the loop's own (quit, redraw). Where the
    /// core asks for a frame in the middle (`drawThenResume`), `between` draws it and gives the messages
    /// of the keys typed meanwhile, which go before the reading resumes.
    static func send(_ messages: [Message], to browser: inout Browser, notes: (any EffectRunner)?,
                     between: (inout Browser) -> [Message] = { _ in [] }) -> [Effect] {
        var queue = messages[...]
        var effects: [Effect] = []
        while let message = queue.popFirst() {
            let new = browser.update(message)
            effects += new
            if new.contains(where: { if case .drawThenResume = $0 { true } else { false } }) { queue += between(&browser) }
            queue += notes?.perform(new) ?? []
        }
        return effects
    }
}
