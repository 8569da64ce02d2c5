import Content
import Foundation

/// The only place the command line writes: document text to stdout, made safe for a terminal;
/// messages to stderr as "casebook: …".
enum StandardStreams {
    /// Writes text to stdout, with every control character shown visibly (newlines kept).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalSafe.sanitize(text, keepNewlines: true).utf8))
    }

    static func writeLines(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n")
    }

    /// One line on stderr: "casebook: message".
    static func complain(_ message: String) {
        let line = "casebook: " + TerminalSafe.sanitize(message) + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
