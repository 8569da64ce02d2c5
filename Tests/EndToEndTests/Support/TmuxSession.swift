import Foundation

/// A failure of the end-to-end machinery itself (no tmux, no binary, a screen that never came).
struct EndToEndError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The real casebook binary running in a real terminal: a detached tmux session on a private server
/// (`tmux -L casebook-e2e-<uuid>`, no config file), so tests never touch the user's tmux.
///
/// casebook runs inside a small shell script that, once casebook ends, prints `EXIT=<status>` and the
/// terminal's `stty -a`, so tests can check the exit status and that the terminal was restored.
final class TmuxSession {
    static let defaultTimeout: Duration = .seconds(10)

    let socket = "casebook-e2e-\(UUID().uuidString)"
    let target = "e2e"
    private let tmux: String
    private let directory: URL
    private var isClosed = false
    /// The server's socket file, which tmux leaves behind when it is killed.
    private var socketPath: String?

    /// Starts `casebook arguments…` at `width`×`height`, in a UTF-8 locale, without the runner's NO_COLOR,
    /// with `environment` added (and private data and config folders unless it names its own). `fromInteractiveShell` types the command into an interactive shell with job
    /// control, as a user would, so that Ctrl-Z really suspends (the kernel does not stop an orphaned process
    /// group, which is what a pane's own command is) and `fg` resumes. `binary` runs another casebook than
    /// the one just built (an installed copy).
    init(arguments: [String] = [], environment: [String: String] = [:], width: Int = 100, height: Int = 30,
         fromInteractiveShell: Bool = false, binary: String? = nil) throws {
        tmux = try Self.findTmux()
        let binary = try binary ?? CasebookBinary.path()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = directory.appendingPathComponent("run.sh")
        try Self.script(binary: binary, arguments: arguments,
                        environment: PrivateUserFolders.filling(environment, under: directory), pidFile: pidFile.path)
            .write(to: script, atomically: true, encoding: .utf8)
        let command = "sh \(Self.quote(script.path))"
        let paneCommand = fromInteractiveShell ? "ENV=/dev/null PS1='$ ' sh -i" : command
        try run(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", paneCommand])
        // Keep the pane (and the server) if the script dies, so a failure can still be captured.
        try run(["set-option", "-t", target, "remain-on-exit", "on"])
        socketPath = try paneFormat("#{socket_path}")
        if fromInteractiveShell {
            try waitFor("$")
            try type(command)
            try sendKeys("Enter")
        }
    }

    deinit { close() }

    /// Kills the private tmux server (and casebook with it) and removes the scratch directory.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
        if let socketPath, socketPath.contains(socket) { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    /// Sends tmux key names (`"q"`, `"Enter"`, `"C-c"`, `"Escape"`, `"F1"`), one key per argument.
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// The visible screen as text. `escapes` keeps colours and attributes as SGR sequences (`-e`);
    /// `trailingSpaces` keeps the spaces that were written at the end of lines (`-N`).
    func capture(escapes: Bool = false, trailingSpaces: Bool = false) throws -> String {
        var arguments = ["capture-pane", "-p", "-t", target]
        if escapes { arguments.append("-e") }
        if trailingSpaces { arguments.append("-N") }
        return try run(arguments)
    }

    /// Polls the screen every 50 ms until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = defaultTimeout) throws -> String {
        try waitUntil("the screen shows \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls every 50 ms until `condition` holds for a capture; returns that capture. Throws, with the last
    /// screen, when it does not within `timeout`.
    @discardableResult
    func waitUntil(_ description: String, timeout: Duration = defaultTimeout, escapes: Bool = false,
                   trailingSpaces: Bool = false, _ condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = ""
        while true {
            screen = try capture(escapes: escapes, trailingSpaces: trailingSpaces)
            if condition(screen) { return screen }
            if clock.now >= deadline { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw EndToEndError("timed out after \(timeout) waiting until \(description); the screen was:\n\(screen)")
    }

    /// A tmux format evaluated for the pane, e.g. `#{mouse_any_flag}` (1 while the program asks for mouse events).
    func paneFormat(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends a mouse press of button 1 (0-based row and column) as the terminal reports it to a program
    /// that asked for mouse events (X10 encoding: ESC [ M, then button, column and row, each plus 32, 1-based).
    func click(row: Int, column: Int) throws {
        let bytes = [32, column + 33, row + 33].map { Character(Unicode.Scalar(UInt8($0))) }
        try type("\u{1B}[M" + String(bytes))
    }

    /// Resizes the terminal, as when the user resizes their window.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// casebook's process id (it writes it before it starts).
    func casebookPID(timeout: Duration = defaultTimeout) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw EndToEndError("casebook never started (no pid file at \(pidFile.path))")
    }

    /// Waits for casebook to end; returns its exit status as the shell reports it (128 + n for signal n)
    /// and the `stty -a` printed after it.
    func waitForExit(timeout: Duration = defaultTimeout) throws -> (status: Int, stty: String) {
        let screen = try waitUntil("casebook has exited and stty has run", timeout: timeout) {
            $0.contains("EXIT=") && $0.contains("STTY-END")
        }
        let exitLine = screen.split(separator: "\n").last { $0.hasPrefix("EXIT=") } ?? ""
        guard let status = Int(exitLine.dropFirst("EXIT=".count).trimmingCharacters(in: .whitespaces)) else {
            throw EndToEndError("cannot read the exit status from \"\(exitLine)\"")
        }
        return (status, screen)
    }

    // MARK: Machinery

    private var pidFile: URL { directory.appendingPathComponent("casebook.pid") }

    /// The shell script the pane runs. The inner `sh -c` writes its pid and then becomes casebook, so the
    /// pid is casebook's and casebook stays in the foreground with the terminal as its input.
    private static func script(binary: String, arguments: [String], environment: [String: String],
                               pidFile: String) -> String {
        let assignments = environment.sorted { $0.key < $1.key }.map { quote("\($0.key)=\($0.value)") }
        let command = (["env", "-u", "NO_COLOR", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"] + assignments + [quote(binary)] + arguments.map(quote))
            .joined(separator: " ")
        return """
            # A caught (not ignored) SIGINT: the shell survives Ctrl-C to report, casebook gets the default action.
            trap : INT
            sh -c 'echo $$ > "$0"; exec "$@"' \(quote(pidFile)) \(command)
            echo "EXIT=$?"
            stty -a
            echo STTY-END
            exec sleep 600

            """
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func findTmux() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw EndToEndError("tmux is not installed (not found on PATH); the end-to-end tests need it: apt-get install tmux")
    }

    /// Runs a tmux command on the private server; returns its standard output. posix_spawn and files, not
    /// Foundation's Process and pipes: the tmux server the first command starts inherits the client's
    /// descriptors, and a pipe it holds would never reach end-of-file.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let output = directory.appendingPathComponent("tmux.out").path
        let errors = directory.appendingPathComponent("tmux.err").path
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // not nested in the user's tmux
        environment["LC_ALL"] = "C.UTF-8"  // tmux captures UTF-8 only for a UTF-8 client
        let status = try Self.spawnAndWait(tmux, ["tmux", "-L", socket, "-f", "/dev/null"] + arguments,
                                           environment: environment.map { "\($0.key)=\($0.value)" },
                                           output: output, errors: errors)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let message = ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            throw EndToEndError("tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(message)")
        }
        return text
    }

    /// Runs `path` with stdin from /dev/null and stdout, stderr into files; returns its exit status.
    private static func spawnAndWait(_ path: String, _ arguments: [String], environment: [String],
                                     output: String, errors: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The test runner's threads block signals, and a spawned process inherits the mask: a tmux server
        // started with SIGTERM blocked ignores kill-server and outlives the test. Start with none blocked and
        // every disposition at its default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw EndToEndError("cannot run \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw EndToEndError("waitpid failed for \(path): errno \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
