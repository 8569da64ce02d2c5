#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the process knows about the terminal it runs in.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The columns to lay text out in: the terminal's width, else $COLUMNS, else 80.
    static var columns: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let value = environment("COLUMNS").flatMap(Int.init), value > 0 { return value }
        return 80
    }

    /// TERM is missing, empty or "dumb": the terminal cannot run a full-screen program.
    static var isDumb: Bool {
        let term = environment("TERM") ?? ""
        return term.isEmpty || term == "dumb"
    }

    /// The variable's value, or nil when it is unset or empty.
    static func environment(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
