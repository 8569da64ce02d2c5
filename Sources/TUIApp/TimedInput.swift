import TUICore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What waiting for input with a time limit gives: an event, the time running out, or the end of input.
enum TimedInput {
    case event(KeyEvent)
    case timedOut
    case ended
}

/// A backend that can stop waiting after a while, so the session clock can tick.
protocol TimedInputBackend: TerminalBackend {
    func nextInput(waitingAtMost milliseconds: Int) -> TimedInput
}

/// Seconds from an arbitrary fixed point that never jumps with the wall clock.
enum MonotonicClock {
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}
