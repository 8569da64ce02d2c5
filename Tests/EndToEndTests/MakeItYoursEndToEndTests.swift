import Foundation
import Testing

/// What a trainer changes without rebuilding: data files and config.toml in their own folder, a
/// colour theme, and the pager long output goes through.
@Suite(.tags(.commandLine))
struct MakeItYoursEndToEndTests {
    /// A fresh `$XDG_CONFIG_HOME` whose casebook folder holds `files`.
    static func configHome(_ files: [String: String]) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/casebook", withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: home + "/casebook/" + name, atomically: true, encoding: .utf8) }
        return home
    }

    func casebook(_ arguments: [String], configHome: String, environment: [String: String] = [:]) throws -> Subprocess {
        try Subprocess.run(try CasebookBinary.path(), arguments,
                           environment: ["XDG_CONFIG_HOME": configHome, "NO_COLOR": ""].merging(environment) { $1 })
    }

    static let trainersThemes = """
        # casebook: replace
        Foster placements: foster*; placement*
        this line has no colon
        Trauma-informed practice: trauma
        """

    @Test func aTrainersThemeFileChangesTheThemesWithoutARebuild() throws {
        let home = try Self.configHome(["themes.txt": Self.trainersThemes])
        let filtered = try casebook(["list", "--filter", "theme:\"foster placements\""], configHome: home)
        #expect(filtered.status == 0)
        #expect(filtered.stderr == "casebook: \(home)/casebook/themes.txt: 1 bad line skipped (casebook check --data shows it)\n")
        #expect(filtered.stdout.split(separator: "\n").map { $0.prefix(3) } == [" 1 ", " 5 ", " 7 "], "\(filtered.stdout)")
        // A built-in theme is gone: the file replaced them.
        let builtIn = try casebook(["list", "--filter", "theme:\"trauma and ACEs\""], configHome: home)
        #expect(builtIn.status == 1)

        let data = try casebook(["data"], configHome: home)
        let rows = data.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("themes: 2 in force"), "\(data.stdout)")
        #expect(rows.contains("user \(home)/casebook/themes.txt 2 replace, 1 bad line skipped"), "\(data.stdout)")
        #expect(rows.contains("built-in themes.txt 10 not used: replaced"), "\(data.stdout)")

        let check = try casebook(["check", "--data"], configHome: home)
        #expect(check.status == 0)
        #expect(check.stdout == """
            \(home)/casebook/themes.txt: replace, 2 themes, 1 bad line skipped
              \(home)/casebook/themes.txt line 3: expected Theme name: signal; signal: this line has no colon

            """)
    }

    @Test func theBrowserShowsTheTrainersThemes() throws {
        let home = try Self.configHome(["themes.txt": Self.trainersThemes])
        // Its own notes folder: the reading position it leaves must not reopen another test's browser at 4.
        let session = try TmuxSession(environment: ["XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home], width: 80, height: 24)
        defer { session.close() }
        try session.waitUntil("the browser is up") { $0.contains("Introduction") }
        try session.type(":4")
        try session.sendKeys("Enter")
        try session.waitUntil("recommendation 4 shows the trainer's theme") { $0.contains("Themes: Trauma-informed practice") }
    }

    @Test func dataInitWritesEditableCopiesAndNeverOverwrites() throws {
        let home = try Self.configHome(["questions.txt": "What would you do on Monday?\n"])
        let run = try casebook(["data", "init"], configHome: home)
        #expect(run.status == 0)
        #expect(run.stdout.contains("kept \(home)/casebook/questions.txt (already there; not overwritten)"))
        #expect(run.stdout.contains("wrote \(home)/casebook/themes.txt"))
        #expect(try String(contentsOfFile: home + "/casebook/questions.txt", encoding: .utf8) == "What would you do on Monday?\n")
        let copy = try String(contentsOfFile: home + "/casebook/themes.txt", encoding: .utf8)
        #expect(copy.hasPrefix("# casebook: replace\n"))
        // The copies hold exactly what is built in.
        let data = try casebook(["data"], configHome: home)
        #expect(data.stdout.contains("themes: 10 in force"), "\(data.stdout)")
        #expect(data.stdout.contains("questions: 6 in force"), "\(data.stdout)")
    }

    @Test func settingsComeFromFlagThenEnvironmentThenFileThenDefault() throws {
        let home = try Self.configHome(["config.toml": "theme = \"light\"\nmeasure = 90\nexport-format = \"markdown\"\n"])
        let run = try casebook(["config", "--theme", "high-contrast"], configHome: home, environment: ["CASEBOOK_MEASURE": "120"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines.contains("theme high-contrast flag --theme"), "\(run.stdout)")
        #expect(lines.contains("measure 120 environment CASEBOOK_MEASURE"), "\(run.stdout)")
        #expect(lines.contains("export-format markdown \(home)/casebook/config.toml line 3"), "\(run.stdout)")
        #expect(lines.contains("mouse on default"), "\(run.stdout)")
        // The file's export format is export's default.
        let export = try casebook(["export"], configHome: home)
        #expect(export.stdout.hasPrefix("# "), "\(export.stdout.prefix(80))")
    }

    @Test func aBadConfigFileStopsEveryCommandWithItsFileAndLine() throws {
        let home = try Self.configHome(["config.toml": "# mine\nmouse = \"sometimes\"\n"])
        for command in [["list"], ["config"]] {
            let run = try casebook(command, configHome: home)
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "casebook: \(home)/casebook/config.toml line 2: mouse must be true or false (on or off) (found \"sometimes\")\n")
        }
    }

    @Test func longOutputToATerminalGoesThroughThePager() throws {
        let home = try Self.configHome([:])
        let pager = home + "/pager.sh"
        try "#!/bin/sh\necho \"PAGER SAW LESS=$LESS\"\ntail -n 2\n".write(toFile: pager, atomically: true, encoding: .utf8)
        let paged = try TmuxSession(arguments: ["show", "8"], environment: ["XDG_CONFIG_HOME": home, "PAGER": "sh " + pager],
                                    width: 80, height: 24)
        defer { paged.close() }
        try paged.waitUntil("show 8 went through the pager") { $0.contains("PAGER SAW LESS=FRX") && $0.contains("EXIT=0") }

        let direct = try TmuxSession(arguments: ["show", "8", "--no-pager"], environment: ["XDG_CONFIG_HOME": home, "PAGER": "sh " + pager],
                                     width: 80, height: 24)
        defer { direct.close() }
        let screen = try direct.waitUntil("show 8 printed directly") { $0.contains("EXIT=0") }
        #expect(!screen.contains("PAGER SAW"))
        #expect(screen.contains("The Chair of the PSCP will write"))

        let broken = try TmuxSession(arguments: ["show", "8"], environment: ["XDG_CONFIG_HOME": home, "PAGER": "/no/such/pager"],
                                     width: 80, height: 24)
        defer { broken.close() }
        try broken.waitUntil("a pager that cannot start leaves plain output") { $0.contains("The Chair of the PSCP will write") && $0.contains("EXIT=0") }
    }

    @Test func lessPagesLongOutputAndQReturns() throws {
        let session = try TmuxSession(arguments: ["show", "5"], environment: ["XDG_CONFIG_HOME": try Self.configHome([:]), "PAGER": "less"],
                                      width: 80, height: 24)
        defer { session.close() }
        // less keeps the terminal (it reads its keys there) and waits at its prompt.
        try session.waitUntil("less waits at its prompt") { $0.split(separator: "\n").last == ":" && !$0.contains("EXIT=") }
        try session.sendKeys("q")
        try session.waitUntil("q ends less and casebook") { $0.contains("EXIT=0") }
    }

    @Test func aDarkThemePaintsTheTerminalAndNoColorStillWins() throws {
        let home = try Self.configHome(["config.toml": "theme = \"dark\"\n"])
        let session = try TmuxSession(environment: ["XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home], width: 80, height: 24)
        defer { session.close() }
        // Black background (SGR 40) behind the text.
        try session.waitUntil("the dark theme's black background", escapes: true) { $0.contains("Introduction") && $0.contains("40m") }
        let plain = try TmuxSession(environment: ["XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "NO_COLOR": "1"], width: 80, height: 24)
        defer { plain.close() }
        let screen = try plain.waitUntil("the browser without colour", escapes: true) { $0.contains("Introduction") }
        #expect(!screen.contains("40m"))
    }
}
