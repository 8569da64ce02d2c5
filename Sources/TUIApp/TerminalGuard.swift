#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the terminal usable when the process is stopped by a signal: the backend gives it two C
/// handlers (which restore the terminal), and it installs them for the signals that end the process.
/// Ctrl-Z (SIGTSTP) is left to ncurses, which suspends and on `fg` repaints the whole screen.
enum TerminalGuard {
    typealias Handler = @convention(c) (Int32) -> Void

    /// Signals that end the process normally; the shell then reports 128 + the signal (130 for Ctrl-C).
    static let exitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Faults and aborts (a Swift runtime trap is SIGILL or SIGTRAP): restore the terminal, then let the
    /// previous handler (the Swift backtracer, or the default action) see the signal.
    static let crashSignals: [Int32] = [SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE]

    /// The actions in force before `install`, indexed by signal number. A plain C buffer, because a
    /// signal handler must not touch Swift collections (they may allocate or lock). It is written only by
    /// `install` and `uninstall`, on the main thread, while no handler of ours can run on that signal, and
    /// read by `restorePreviousAction` inside a handler: nonisolated(unsafe) is the honest description of
    /// that hand-over, which no Swift isolation domain can express.
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: slotCount)
        buffer.initialize(repeating: sigaction(), count: slotCount)
        return buffer
    }()
    private static let slotCount = 65

    /// Installs `onExitSignal` for the exit signals and `onCrash` for the crash signals, except where the
    /// signal is ignored (e.g. SIGHUP under nohup), which stays so.
    static func install(onExitSignal: Handler, onCrash: Handler) {
        for signal in exitSignals { install(onExitSignal, for: signal) }
        for signal in crashSignals { install(onCrash, for: signal) }
    }

    /// Puts back the actions that were in force before `install`.
    static func uninstall() {
        for signal in exitSignals + crashSignals where signal < slotCount {
            sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    /// For use inside a handler: re-installs the action that was in force before ours. Async-signal-safe.
    static func restorePreviousAction(for signal: Int32) {
        guard signal > 0, signal < slotCount else { return }
        sigaction(signal, previousActions + Int(signal), nil)
    }

    private static func install(_ handler: Handler, for signal: Int32) {
        guard signal < slotCount else { return }
        var current = sigaction()
        sigaction(signal, nil, &current)
        previousActions[Int(signal)] = current
        if isIgnored(current) { return }
        var action = sigaction()
        setHandler(handler, in: &action)
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        guard action.sa_flags & Int32(SA_SIGINFO) == 0 else { return false }
        #if os(Linux)
        let installed = action.__sigaction_handler.sa_handler
        #else
        let installed = action.__sigaction_u.__sa_handler
        #endif
        return installed.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false  // SIG_IGN is (handler)1
    }

    private static func setHandler(_ handler: Handler, in action: inout sigaction) {
        #if os(Linux)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
    }
}
