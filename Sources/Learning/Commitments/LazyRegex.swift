import Foundation

/// A case-insensitive pattern compiled on first use: compiling is slow, and most documents need
/// only a few of the due-period patterns. Shared across threads, hence the lock.
final class LazyRegex: @unchecked Sendable {
    private let pattern: String
    private let lock = NSLock()
    /// nil until compiled; then the regex, or nil should the pattern not compile.
    private var compiled: Regex<AnyRegexOutput>??

    init(_ pattern: String) {
        self.pattern = pattern
    }

    var regex: Regex<AnyRegexOutput>? {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let regex = try? Regex(pattern).ignoresCase()
        compiled = .some(regex)
        return regex
    }
}
