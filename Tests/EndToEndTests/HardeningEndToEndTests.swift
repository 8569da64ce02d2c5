import Foundation
import Testing

/// What the real binary does when its output fails, when file names or documents carry escape
/// sequences, and when a signal arrives from outside (issue 14).
@Suite(.tags(.commandLine))
struct OutputHardeningEndToEndTests {
    /// Runs `script` with `/bin/sh`, `$CB` naming the casebook binary, stdin from /dev/null.
    func shell(_ script: String, _ arguments: [String] = []) throws -> CommandLineEndToEndTests.Run {
        try CommandLineEndToEndTests().casebook(["-c", script, "sh"] + arguments, binary: "/bin/sh",
                                                environment: ["CB": try CasebookBinary.path()])
    }

    func temporaryFile(_ name: String, _ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func document(_ text: String) -> String {
        "Recommendation 1\n\n\(text)\n\nAction Taken:\n\nDone.\n"
    }

    // MARK: Failed writes

    @Test func aFullDiskIsOneLineAndExitTwo() throws {
        let run = try shell(#""$CB" export > /dev/full"#)
        #expect(run.status == 2)
        #expect(run.stderr == "casebook: cannot write output: no space left on device\n")
    }

    @Test func aClosedStandardOutputIsOneLineAndExitTwo() throws {
        for command in [#""$CB" list >&-"#, #""$CB" search reachable >&-"#, #""$CB" search --json reachable >&-"#] {
            let run = try shell(command)
            #expect(run.status == 2, "\(command)")
            #expect(run.stderr == "casebook: cannot write output: bad file descriptor\n", "\(command): \(run.stderr)")
        }
    }

    @Test func aPipeClosedEarlyEndsQuietly() throws {
        // Both outputs are well over a pipe's 64 KB buffer, so the reader is gone before they are written.
        let recommendations = (1...120).map { number in
            "Recommendation \(number)\n\nThe partnership should review the arrangements for item \(number) "
                + String(repeating: "and share what it learns with every agency ", count: 6) + ".\n\nAction Taken:\n\nDone.\n"
        }
        let big = try temporaryFile("big.txt", "Big Partnership\n\nA big review\n\n" + recommendations.joined(separator: "\n"))
        let directory = (big as NSString).deletingLastPathComponent
        for command in ["export", "search"] {
            let arguments = command == "search" ? "search agency \"$1\"" : "export \"$1\""
            let run = try shell("""
                (trap '' PIPE; COLUMNS=400 "$CB" \(arguments) 2>"$2/err"; echo $? > "$2/status") | head -c1 > /dev/null
                cat "$2/err" >&2; cat "$2/status"
                """, [big, directory])
            #expect(run.stdout == "0\n", "\(command): \(run.stdout)")
            #expect(run.stderr.isEmpty, "\(command): \(run.stderr)")
        }
    }

    // MARK: Escapes in file names and search JSON

    @Test func hostileFileNamesAreNeverWrittenRaw() throws {
        let path = try temporaryFile("evil\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{9B}31m.txt",
                                     Self.document("The partnership should review the plan."))
        let runs = [
            try shell(#""$CB" search review "$1" "$1""#, [path]),
            try shell(#""$CB" search --json review "$1""#, [path]),
            try shell(#""$CB" check "$1" "$1.missing""#, [path]),
            try shell(#""$CB" show 9 "$1""#, [path]),
            try shell(#""$CB" list "$1.missing""#, [path]),
            try shell(#""$CB" export "$1""#, [path]),
        ]
        #expect(runs[0].stdout.contains("PWNED"))
        for run in runs {
            for raw in ["\u{1B}", "\u{07}", "\u{9B}"] {
                #expect(!run.stdout.contains(raw), "\(run.stdout)")
                #expect(!run.stderr.contains(raw), "\(run.stderr)")
            }
        }
    }

    @Test func searchJSONEscapesC1ControlsAndBidiOverrides() throws {
        let path = try temporaryFile("c1.txt", Self.document("The partnership \u{9B}31m should \u{9D}0;x review \u{202E}the plan."))
        let run = try shell(#""$CB" search --json review "$1""#, [path])
        #expect(run.status == 0)
        for raw in ["\u{9B}", "\u{9D}", "\u{202E}"] { #expect(!run.stdout.contains(raw)) }
        #expect(run.stdout.contains("\\u009b") && run.stdout.contains("\\u009d") && run.stdout.contains("\\u202e"))
        let records = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect((records.first?["text"] as? String)?.contains("\u{202E}the plan") == true)
    }
}

/// Signals sent from outside end the browser with the signal's own status and leave the terminal as
/// it was: cooked mode, the main screen, no keypad or mouse reporting.
@Suite(.serialized, .tags(.commandLine))
struct SignalEndToEndTests {
    static let endingSignals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGUSR1, SIGALRM, SIGPIPE,
                                         SIGUSR2, SIGVTALRM, SIGXCPU]

    @Test(arguments: endingSignals)
    func aSignalFromOutsideEndsTheBrowserAndRestoresTheTerminal(signal: Int32) throws {
        let session = try TmuxSession()
        defer { session.close() }
        let pid = try session.casebookPID()
        try session.waitUntil("casebook has drawn its screen") { $0.contains("help") }
        #expect(try session.paneFormat("#{alternate_on}") == "1")
        #expect(kill(pid, signal) == 0)
        let (status, stty) = try session.waitForExit()
        #expect(status == 128 + Int(signal), "signal \(signal)")
        let settings = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(settings.contains("icanon") && settings.contains("echo"), "signal \(signal): \(stty)")
        #expect(try session.paneFormat("#{alternate_on}") == "0", "signal \(signal)")
        #expect(try session.paneFormat("#{mouse_any_flag}") == "0", "signal \(signal)")
        #expect(try session.paneFormat("#{keypad_flag}") == "0", "signal \(signal)")
    }
}
