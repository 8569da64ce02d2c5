import ArgumentParser
import Content
import Settings

/// `casebook config`: the settings in force and where each came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in force and where each came from.",
        discussion: """
        Settings are read from $XDG_CONFIG_HOME/casebook/config.toml (default ~/.config/casebook/config.toml), \
        one "key = value" line each: theme = "dark", mouse = false, measure = 90, export-format = "markdown", \
        library = "~/reviews". An environment variable (CASEBOOK_THEME, CASEBOOK_MOUSE, CASEBOOK_MEASURE, \
        CASEBOOK_EXPORT_FORMAT, CASEBOOK_LIBRARY) overrides the file, and a flag overrides both. A value \
        casebook cannot use stops every command with one line naming the file and line (exit 2). \
        NO_COLOR turns colour off whatever the theme; --color always turns it back on.
        """
    )

    @OptionGroup var terminal: TerminalOptions

    @OptionGroup var library: LibraryOption

    func run() throws {
        let settings = try CasebookSettings.load(flags: terminal.flags.merging(library.flags) { $1 })
        var rows = settings.definitions.map { definition in
            let value = settings.values[definition.key]
            return [definition.key, value?.value.map { ConfigFolder.current.shown($0) } ?? "(not set)",
                    value?.source.description ?? "default"]
        }
        let color = terminal.colorInForce
        rows.append(["colour", color.enabled ? "on" : "off", color.source])
        let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let presence = settings.configExists ? "" : " (not there: nothing is read from it)"
        StandardStreams.writeLines(["config file: " + settings.configPath + presence]
            + rows.map { row in
                row[0].padding(toLength: widths[0], withPad: " ", startingAt: 0) + "  "
                    + row[1].padding(toLength: widths[1], withPad: " ", startingAt: 0) + "  " + row[2]
            })
    }
}
