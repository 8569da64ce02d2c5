import Foundation
import Testing

extension Tag {
    /// Needs the browser core (keymap, panes, status line, help) from the tui branch and the parsed
    /// Child J document; with the core's stub these fail, as they should.
    @Tag static var browserCore: Self
    /// Needs the cli branch's casebook, which runs `TerminalApp.run` when stdin and stdout are a terminal
    /// (every test here does).
    @Tag static var commandLine: Self
}

/// The real binary in a real terminal (tmux), driven as a user would. Every wait polls the screen; none
/// relies on a fixed sleep. Serialized: each test runs its own tmux server, and the machine is small.
@Suite(.serialized, .tags(.commandLine))
struct BrowserEndToEndTests {
    /// Starts casebook on the built-in document and waits until the document is on screen.
    private func startOnChildJ(arguments: [String] = [], environment: [String: String] = [:],
                               width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let session = try TmuxSession(arguments: arguments, environment: environment, width: width, height: height)
        try session.waitUntil("the Child J document is shown, status line and all") {
            ($0.contains("Portsmouth") || $0.contains("Child J")) && $0.contains("help")
        }
        return session
    }

    @Test(.tags(.browserCore))
    func opensOnTheChildJDocument() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        let screen = try session.capture()
        #expect(screen.contains("Recommendation") || screen.contains("Introduction"))
    }

    @Test(.tags(.browserCore))
    func closingBracketMovesToTheNextRecommendation() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        try session.type(":1")
        try session.sendKeys("Enter")
        try session.waitFor("Recommendation 1 of 10")
        try session.type("]")
        try session.waitFor("Recommendation 2 of 10")
    }

    @Test(.tags(.browserCore))
    func colonPromptJumpsToAPart() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        try session.type(":7b")
        try session.sendKeys("Enter")
        try session.waitFor("The PSCP should enquire")
    }

    @Test(.tags(.browserCore))
    func questionMarkShowsTheHelpAndEscapeClosesIt() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        // The help lists the key bindings with their descriptions, which the browsing screen does not show.
        let isHelp: (String) -> Bool = { screen in
            screen.contains("Next recommendation") && screen.contains("Previous recommendation")
        }
        #expect(!isHelp(try session.capture()))
        try session.type("?")
        try session.waitUntil("the help is shown", isHelp)
        try session.sendKeys("Escape")
        try session.waitUntil("the help is closed") { !isHelp($0) && $0.contains("Portsmouth") }
    }

    @Test(.tags(.browserCore))
    func resizingRedrawsAtTheNewWidth() throws {
        let session = try startOnChildJ(width: 80, height: 24)
        defer { session.close() }
        try session.waitUntil("the status bar spans 80 columns", escapes: true, trailingSpaces: true) {
            Self.statusBarWidth($0, rows: 24) == 80
        }
        try session.resize(width: 60, height: 20)
        let screen = try session.waitUntil("the status bar spans exactly 60 columns", escapes: true, trailingSpaces: true) {
            Self.statusBarWidth($0, rows: 20) == 60
        }
        let widest = screen.split(separator: "\n").map { ScreenCapture.columns(ScreenCapture.plainText(String($0))) }.max()
        #expect(widest == 60)
        #expect(screen.contains("Portsmouth") || screen.contains("Child J") || screen.contains("Introduction"))
    }

    @Test func qExitsZeroAndRestoresTheTerminal() throws {
        let session = try TmuxSession()
        defer { session.close() }
        _ = try session.casebookPID()
        try session.waitUntil("casebook has drawn its screen") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try session.type("q")
        let (status, stty) = try session.waitForExit()
        #expect(status == 0)
        Self.expectSaneTerminal(stty)
    }

    @Test func sigtermRestoresTheTerminalAndExits143() throws {
        let session = try TmuxSession()
        defer { session.close() }
        let pid = try session.casebookPID()
        try session.waitUntil("casebook has drawn its screen") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(kill(pid, SIGTERM) == 0)
        let (status, stty) = try session.waitForExit()
        #expect(status == 143)
        Self.expectSaneTerminal(stty)
    }

    @Test func controlCRestoresTheTerminalAndExits130() throws {
        let session = try TmuxSession()
        defer { session.close() }
        _ = try session.casebookPID()
        try session.waitUntil("casebook has drawn its screen") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try session.sendKeys("C-c")
        let (status, stty) = try session.waitForExit()
        #expect(status == 130)
        Self.expectSaneTerminal(stty)
    }

    @Test(.tags(.browserCore))
    func suspendAndResumeRepaintsTheWholeScreen() throws {
        let session = try TmuxSession(fromInteractiveShell: true)
        defer { session.close() }
        try session.waitUntil("the Child J document is shown, status line and all") {
            ($0.contains("Portsmouth") || $0.contains("Child J")) && $0.contains("help")
        }
        let pid = try session.casebookPID()
        try session.sendKeys("C-z")
        // Suspended: curses has handed the screen back and the process is stopped. (Not the shell's "Stopped"
        // line: the wrapper script stops at once, so the shell may print it before curses leaves the alternate
        // screen, which then hides it.)
        try session.waitUntil("casebook has left the screen") { !$0.contains("Portsmouth") && !$0.contains("Child J") }
        try Self.waitUntilStopped(pid)
        try session.type("fg")
        try session.sendKeys("Enter")
        // A full repaint: the document is back and none of the shell's text is left over.
        try session.waitUntil("the screen is repainted") {
            ($0.contains("Portsmouth") || $0.contains("Child J")) && !$0.contains("topped") && !$0.contains("$ fg")
        }
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test(.tags(.browserCore))
    func noColorDrawsWithoutColour() throws {
        let coloured = try startOnChildJ()
        let colouredScreen = try coloured.capture(escapes: true)
        coloured.close()
        // The control: the same screen with colour allowed does use colour, so the check below can fail.
        #expect(!ScreenCapture.colourSequences(colouredScreen).isEmpty)

        let plain = try startOnChildJ(environment: ["NO_COLOR": "1"])
        defer { plain.close() }
        let screen = try plain.capture(escapes: true)
        #expect(ScreenCapture.colourSequences(screen).isEmpty, "colour SGRs with NO_COLOR: \(ScreenCapture.colourSequences(screen))")
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m") || screen.contains("[1m"),
                "attributes still carry the distinctions")
    }

    @Test(.tags(.browserCore))
    func clickingAnOutlineRowSelectsIt() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        #expect(try session.paneFormat("#{mouse_any_flag}") == "1", "casebook asks for mouse events")
        let lines = try session.capture().split(separator: "\n", omittingEmptySubsequences: false)
        // The outline row of recommendation 4: "4" first in the left pane, perhaps after a fold marker.
        let row = try #require(lines.firstIndex { line in
            let outline = line.split(separator: "│").first.map { $0.split(separator: " ") } ?? []
            return outline.first == "4" || (outline.count > 1 && ["▾", "▸"].contains(outline[0]) && outline[1] == "4")
        }, "no outline row for recommendation 4")
        try session.click(row: row, column: 8)
        try session.waitFor("Recommendation 4 of 10")
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let session = try TmuxSession(arguments: ["--no-mouse"])
        defer { session.close() }
        try session.waitUntil("casebook has drawn its screen") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(try session.paneFormat("#{mouse_any_flag}") == "0")
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
    }

    // MARK: Helpers

    /// Columns of the reverse-video bar on the bottom row.
    private static func statusBarWidth(_ capture: String, rows: Int) -> Int? {
        let lines = capture.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= rows else { return nil }
        return ScreenCapture.reverseWidth(lines[rows - 1])
    }

    /// The terminal is back in cooked mode with echo: `stty -a` lists `icanon` and `echo`, not `-icanon`/`-echo`.
    private static func expectSaneTerminal(_ stty: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let settings = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(settings.contains("icanon"), "stty: \(stty)", sourceLocation: sourceLocation)
        #expect(settings.contains("echo"), "stty: \(stty)", sourceLocation: sourceLocation)
        #expect(!settings.contains("-icanon") && !settings.contains("-echo"), "stty: \(stty)", sourceLocation: sourceLocation)
    }

    /// Polls /proc until the process is stopped (state T).
    private static func waitUntilStopped(_ pid: Int32) throws {
        let clock = ContinuousClock()
        let deadline = clock.now + TmuxSession.defaultTimeout
        while clock.now < deadline {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            // The state follows the parenthesised command name.
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("T") {
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw EndToEndError("casebook (pid \(pid)) did not stop after Ctrl-Z")
    }
}
