import ArgumentParser
import Content
import Foundation
import Store

/// Long output to a terminal goes through the user's pager, as git does: `$PAGER` (default `less`),
/// with `LESS=FRX` when LESS is unset, so that output shorter than the screen is simply printed.
/// Output to a pipe or a file, `--no-pager`, and `PAGER=` or `PAGER=cat` print directly; a pager
/// that cannot be started leaves the output printed as it would have been without one.
struct PagerOption: ParsableArguments {
    @Flag(name: .customLong("no-pager"), help: "Print straight to the terminal instead of through $PAGER.")
    var noPager = false

    /// Writes document text (made safe for a terminal) to the pager or to stdout.
    func write(_ text: String) {
        let safe = TerminalSafe.sanitize(text, keepNewlines: true)
        if !noPager, Terminal.stdoutIsTerminal, let command = Self.command, Pager.show(safe, with: command) { return }
        StandardStreams.writeVerbatim(safe)
    }

    /// The pager the user chose; nil for none.
    static var command: String? {
        let chosen = (ProcessInfo.processInfo.environment["PAGER"] ?? "less").trimmingCharacters(in: .whitespaces)
        return chosen.isEmpty || chosen == "cat" ? nil : chosen
    }
}

enum Pager {
    /// Runs `command` through the shell with `text` on its input and waits for it; false when it
    /// could not be started, so nothing was shown.
    static func show(_ text: String, with command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        if environment["LV"] == nil { environment["LV"] = "-c" }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        // A pager quit before the end closes the pipe: that is the reader's choice, not an error.
        signal(SIGPIPE, SIG_IGN)
        do { try process.run() } catch { return false }
        try? input.fileHandleForReading.close()
        _ = PosixFiles.writeAll(Data(text.utf8), to: input.fileHandleForWriting.fileDescriptor)
        try? input.fileHandleForWriting.close()
        // Ctrl-C in the pager is the pager's; casebook waits for it to restore the terminal.
        let interrupt = signal(SIGINT, SIG_IGN)
        process.waitUntilExit()
        signal(SIGINT, interrupt)
        // 126 and 127: the shell could not run the command, so the reader saw nothing of the text.
        return !(process.terminationReason == .exit && [126, 127].contains(process.terminationStatus))
    }
}
