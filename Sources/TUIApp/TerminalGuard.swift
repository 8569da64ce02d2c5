#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the terminal usable when the process is stopped by a signal: for every signal whose default
/// action ends the process it installs a handler that restores the terminal (with the C function the
/// backend gives it) and then lets the process end of that signal, so the shell reports 128 + the signal
/// (130 for Ctrl-C). Ctrl-Z (SIGTSTP) is left to ncurses, which suspends and on `fg` repaints the whole screen.
///
/// Ctrl-C, SIGTERM and SIGHUP are the signals a user sends to a running browser: their handler only notes
/// the signal (a handler may do no more), the blocking read returns with EINTR, and the event loop saves
/// what was typed and ends (see `TerminalApp`). The same signal again before the loop got to it ends the
/// process at once, as the other signals do.
enum TerminalGuard {
    typealias Restore = @convention(c) () -> Void

    /// Signals that end the process: restore the terminal, then die of the signal with its default action.
    static let exitSignals: [Int32] = {
        var signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM,
                                SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS]
        #if os(Linux)
        signals += [SIGSTKFLT, SIGPWR, SIGIO]
        signals += Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
        #endif
        return signals
    }()
    /// Signals the event loop handles itself: Ctrl-C may only cancel the editor; the others end the
    /// process after saving.
    static let gracefulSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Faults and aborts (a Swift runtime trap is SIGILL or SIGTRAP): restore the terminal, then let the
    /// previous handler (the Swift backtracer, or the default action) see a real fault. The same signal sent
    /// from outside (`kill -SEGV`) is no fault: it ends the process as an exit signal does, for the backtracer
    /// would return from it and leave the process running, invisible.
    static let crashSignals: [Int32] = [SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE]

    /// The actions in force before `install`, indexed by signal number, and the backend's way to restore the
    /// terminal. Plain C storage, because a signal handler must not touch Swift collections (they may
    /// allocate or lock). Written only by `install` and `uninstall`, on the main thread, while no handler of
    /// ours can run on that signal, and read inside a handler: nonisolated(unsafe) is the honest description
    /// of that hand-over, which no Swift isolation domain can express.
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: slotCount)
        buffer.initialize(repeating: sigaction(), count: slotCount)
        return buffer
    }()
    nonisolated(unsafe) fileprivate static var restoreTerminal: Restore?
    private static let slotCount = 65
    /// A graceful signal the loop has not handled yet, or 0. Plain C storage, written by the handler.
    nonisolated(unsafe) fileprivate static let pending: UnsafeMutablePointer<sig_atomic_t> = {
        let cell = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        cell.initialize(to: 0)
        return cell
    }()

    /// The graceful signal that arrived since the last call, if any; the next one is again graceful.
    static func takePendingSignal() -> Int32? {
        let signal = pending.pointee
        guard signal != 0 else { return nil }
        pending.pointee = 0
        return Int32(signal)
    }

    /// Whether a graceful signal waits for the loop (the read it interrupted should return).
    static var hasPendingSignal: Bool { pending.pointee != 0 }

    /// After the loop saved what it could and restored the terminal: ends the process of `signal`, so
    /// the shell sees it (130 for Ctrl-C). Returns 128 + the signal should the signal not end it.
    static func end(by number: Int32) -> Int32 {
        uninstall()
        signal(number, SIG_DFL)
        raise(number)
        return 128 + number
    }

    /// Installs the handlers, except where the signal is ignored (e.g. SIGHUP under nohup, SIGPIPE under
    /// `trap '' PIPE`), which stays so. `restore` must be safe to call from a signal handler, as `endwin` is
    /// in practice.
    static func install(restoringTerminalWith restore: Restore) {
        restoreTerminal = restore
        pending.pointee = 0
        for signal in exitSignals + crashSignals { install(for: signal) }
    }

    /// Puts back the actions that were in force before `install`.
    static func uninstall() {
        for signal in exitSignals + crashSignals where signal < slotCount {
            sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    /// For use inside a handler: re-installs the action that was in force before ours. Async-signal-safe.
    fileprivate static func restorePreviousAction(for signal: Int32) {
        guard signal > 0, signal < slotCount else { return }
        sigaction(signal, previousActions + Int(signal), nil)
    }

    private static func install(for signal: Int32) {
        guard signal < slotCount else { return }
        var current = sigaction()
        sigaction(signal, nil, &current)
        previousActions[Int(signal)] = current
        if isIgnored(current) { return }
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = Int32(SA_SIGINFO)
        #if os(Linux)
        action.__sigaction_handler.sa_sigaction = isGraceful(signal) ? noteSignal : restoreTerminalAndEnd
        #else
        action.__sigaction_u.__sa_sigaction = isGraceful(signal) ? noteSignal : restoreTerminalAndEnd
        #endif
        sigaction(signal, &action, nil)
    }

    /// For use inside a handler: whether `signal` is one of `crashSignals` (the same list, as a switch, so
    /// the handler touches no array).
    fileprivate static func isCrash(_ signal: Int32) -> Bool {
        switch signal {
        case SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE: return true
        default: return false
        }
    }

    fileprivate static func isGraceful(_ signal: Int32) -> Bool {
        switch signal {
        case SIGINT, SIGTERM, SIGHUP: return true
        default: return false
        }
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
}

/// The handler, a C function pointer without captures that touches only the C storage above. It
/// restores the terminal first (so a backtrace lands on a sane screen), then: a real crash goes to
/// whatever handled it before (the Swift backtracer or the default action); any other signal, including a
/// crash signal another process sent, ends the process with its default action as the handler returns.
private let restoreTerminalAndEnd: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    signalNumber, info, _ in
    TerminalGuard.restoreTerminal?()
    if TerminalGuard.isCrash(signalNumber), let info, !isSentFromOutside(info.pointee) {
        TerminalGuard.restorePreviousAction(for: signalNumber)
    } else {
        signal(signalNumber, SIG_DFL)
    }
    raise(signalNumber)  // delivered as the handler returns: the signal is blocked until then
}

/// The handler of Ctrl-C, SIGTERM and SIGHUP: notes the signal for the loop, whose read it interrupts
/// (the handler is installed without SA_RESTART). A second one before the loop took the first ends the
/// process at once: the loop may be stuck.
private let noteSignal: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
    signalNumber, info, context in
    if TerminalGuard.pending.pointee != 0 {
        restoreTerminalAndEnd(signalNumber, info, context)
        return
    }
    TerminalGuard.pending.pointee = sig_atomic_t(signalNumber)
}

/// kill(2), tgkill(2) and sigqueue(3) give a code of zero or less; a fault gives a positive one. A signal
/// this process raised itself (abort) counts as a crash.
private func isSentFromOutside(_ info: siginfo_t) -> Bool {
    #if os(Linux)
    let sender = info._sifields._kill.si_pid
    #else
    let sender = info.si_pid
    #endif
    return info.si_code <= 0 && sender != getpid()
}
