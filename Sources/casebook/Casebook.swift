import ArgumentParser

/// The root command: `casebook [FILE]` opens the browser; the subcommands print or export.
struct Casebook: ParsableCommand {
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Browse the learning in child safeguarding case reviews",
        usage: """
        casebook [browse] [--no-mouse] [--color auto|always|never] [--theme <name>] [<file>]
        casebook list [--filter <query>] [<file>]
        casebook search <query> [--json] [<file> ...]
        casebook show <id> [--no-pager] [<file>]
        casebook glossary [<file>]
        casebook commitments [--filter <query>] [--format text|csv|json] [<file>]
        casebook present [--from <id>] [--only <ids>] [<file>]
        casebook export [--format json|markdown] [--notes] [--no-pager] [<file>]
        casebook check [--data] [<file> ...]
        casebook data [show] [<file>] | casebook data init
        casebook config [--theme <name>] [--measure <columns>] [--library <folder>]
        casebook add <path> ... | casebook library [--format text|csv|json] | casebook remove <id> ...
        casebook themes [--format text|csv]
        """,
        discussion: """
        Without a command, casebook opens the browser on FILE, or on the built-in document \
        (the response to the Serious Case Review of Child J); FILE may be a library id (casebook 12). When its output is not a terminal it \
        prints the document as plain text instead.

        Exit status: 0 success, 1 an id found nothing, 2 unusable input or a usage error.
        """,
        // "casebook 0.2.0 (commit 1a2b3c4)": the commit is recorded at build time by the BuildCommit plugin.
        version: "casebook \(version) (\(BuildCommit.description))",
        subcommands: [BrowseCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self, GlossaryCommand.self, CommitmentsCommand.self, PresentCommand.self, ExportCommand.self, CheckCommand.self, DataCommand.self, ConfigCommand.self,
                      AddCommand.self, LibraryCommand.self, RemoveCommand.self, ThemesCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
