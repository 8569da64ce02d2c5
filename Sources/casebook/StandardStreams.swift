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

    /// Writes each line and a newline, a block at a time: a long listing is never copied whole.
    static func writeLines(_ lines: [String]) {
        var output = StreamedOutput()
        for line in lines {
            output.add(line)
            output.add("\n")
        }
        output.flush()
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

/// Output made in many small pieces and sent to stdout in blocks of about 64 KB, each made safe as
/// `StandardStreams.write` does: a large document's export is never held whole, nor written a
/// piece per system call. Call `flush()` at the end.
struct StreamedOutput {
    private static let blockSize = 1 << 16
    private var block = ""

    mutating func add(_ text: String) {
        block += text
        if block.utf8.count >= Self.blockSize { flush() }
    }

    mutating func flush() {
        guard !block.isEmpty else { return }
        StandardStreams.write(block)
        block = ""
    }
}
