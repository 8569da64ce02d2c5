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
        if isPaging, let command = Self.command, Pager.show(safe, with: command) { return }
        StandardStreams.writeVerbatim(safe)
    }

    /// Writes what `produce` hands out a piece at a time: straight to stdout in 64 KB blocks, so a large
    /// output is never held whole, or gathered for the pager when one is shown.
    func write(_ produce: (_ output: (String) -> Void) throws -> Void) rethrows {
        guard !isPaging else {
            var text = ""
            try produce { text += $0 }
            return write(text)
        }
        var output = StreamedOutput()
        try produce { output.add($0) }
        output.flush()
    }

    private var isPaging: Bool { !noPager && Terminal.stdoutIsTerminal && Self.command != nil }

    /// The pager the user chose; nil for none.
    static var command: String? {
        let chosen = (ProcessInfo.processInfo.environment["PAGER"] ?? "less").trimmingCharacters(in: .whitespaces)
        return chosen.isEmpty || chosen == "cat" ? nil : chosen
    }
}

enum Pager {
    /// Runs `command` through the shell with `text` on its input and waits for it; false when it
    /// could not be started, so nothing was shown. posix_spawn, not Foundation's Process: the pager
    /// must stay in casebook's session to read keys from the terminal, and Process starts a new one.
    static func show(_ text: String, with command: String) -> Bool {
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        if environment["LV"] == nil { environment["LV"] = "-c" }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, ends[1])
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var child: pid_t = 0
        let started = posix_spawn(&child, "/bin/sh", &actions, nil, arguments, variables) == 0
        close(ends[0])
        guard started else {
            close(ends[1])
            return false
        }
        // A pager quit before the end closes the pipe: that is the reader's choice, not an error.
        signal(SIGPIPE, SIG_IGN)
        _ = PosixFiles.writeAll(Data(text.utf8), to: ends[1])
        close(ends[1])
        // Ctrl-C in the pager is the pager's; casebook waits for it, so the shell prompt comes after it.
        let interrupt = signal(SIGINT, SIG_IGN)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        signal(SIGINT, interrupt)
        // 126 and 127: the shell could not run the command, so the reader saw nothing of the text.
        let exited = status & 0x7f == 0
        return !(exited && [126, 127].contains((status >> 8) & 0xff))
    }
}
