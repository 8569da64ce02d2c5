import Foundation
import TUICore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds from an arbitrary fixed point that never jumps with the wall clock.
enum MonotonicClock {
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}

extension Moment {
    /// The time now, by both clocks: what the runtime's ticks carry into the core.
    static func now() -> Moment { Moment(seconds: MonotonicClock.seconds(), date: Date()) }
}
