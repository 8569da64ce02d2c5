import ArgumentParser
import Content
import Learning
import Reports
import Store

/// `casebook data [FILE]` and `casebook data init`: the data files in force, and editable copies of
/// the built-in ones in the user's folder.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show the data files in force (themes, agencies, glossary, questions); init writes editable copies.",
        discussion: """
        The themes, agencies, glossary and reflective questions built into casebook are defaults. Files \
        of the same names in $XDG_CONFIG_HOME/casebook/ (default ~/.config/casebook/) add to them, or \
        replace them when their first line is "# casebook: replace"; a document's NAME.local.txt beside \
        it wins over both for that document.
        """,
        subcommands: [Show.self, Init.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show which data files are in force for a document, where they are, and their entries (the default)."
        )

        @OptionGroup var document: DocumentArgument

        func run() throws {
            let document = try document.load()
            StandardStreams.writeLines(DataReport.lines(for: document, folder: ConfigFolder.current.shown(ConfigFolder.current.path)))
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write editable copies of the built-in data files to your folder; never overwrites a file.",
            discussion: "Each copy starts with \"# casebook: replace\": edited, it is the whole list."
        )

        func run() throws {
            let folder = ConfigFolder.current
            var failed = false
            for name in UserDataFolder.fileNames {
                let path = folder.path(of: name)
                let text = DataFileMode.copyHeader(of: name) + (BuiltInContent.text(named: name) ?? "")
                switch NewFile.create(text, at: path) {
                case .written: StandardStreams.writeLines(["wrote \(folder.shown(path))"])
                case .kept: StandardStreams.writeLines(["kept \(folder.shown(path)) (already there; not overwritten)"])
                case let .failed(reason):
                    StandardStreams.complain(folder.shown(reason))
                    failed = true
                }
            }
            if failed { throw ExitCode(CommandFailure.unusable) }
        }
    }
}
