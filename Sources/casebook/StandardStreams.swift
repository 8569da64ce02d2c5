import Content
import Foundation
import Store

/// The only place the command line writes: document text to stdout, made safe for a terminal;
/// messages to stderr as "casebook: …".
///
/// Writes are plain write(2) calls, so a failure is an errno rather than a trap: output that cannot be
/// written ends casebook with one line and exit 2, or quietly with 0 when the reader closed the pipe
/// (as `casebook export | head` does, SIGPIPE ignored or not).
enum StandardStreams {
    /// Writes text to stdout, with every control character shown visibly (newlines kept).
    static func write(_ text: String) {
        writeVerbatim(TerminalSafe.sanitize(text, keepNewlines: true))
    }

    static func writeLines(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n")
    }

    /// Writes `text` to stdout as it is: for output whose escapes are casebook's own (search marks)
    /// or already escaped (JSON), and whose document text was made safe where it was built.
    static func writeVerbatim(_ text: String) {
        guard let failure = PosixFiles.writeAll(Data(text.utf8), to: STDOUT_FILENO) else { return }
        if failure == EPIPE { exit(0) }
        complain("cannot write output: " + String(cString: strerror(failure)).lowercased())
        exit(CommandFailure.unusable)
    }

    /// One line on stderr: "casebook: message". A failure to write it has nowhere to be reported.
    static func complain(_ message: String) {
        let line = "casebook: " + TerminalSafe.sanitize(message) + "\n"
        _ = PosixFiles.writeAll(Data(line.utf8), to: STDERR_FILENO)
    }
}
