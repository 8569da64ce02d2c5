import ArgumentParser
import Library
import Reports

/// `casebook themes [--format text|csv]`: themes × reviews across the library.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "The matrix of themes by reviews of the library: how many recommendations of each review carry each theme.",
        discussion: """
        Themes down, the library's reviews across by id (named under the table), with a total; a dot is \
        none. Themes are derived by casebook from the recommendations' words (casebook show ID gives the \
        evidence). CSV has a header row naming each review, for a spreadsheet.

        Exit status: 0 a matrix printed, 1 no recommendation in the library has a theme.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv
    }

    @Option(help: "The output format: text (default) or csv.")
    var format: Format = .text

    @OptionGroup var library: LibraryOption

    func run() throws {
        let store = try library.open()
        let matrix: ThemeMatrix
        do { matrix = try store.themeMatrix() } catch { throw CommandFailure(error.message) }
        if matrix.themes.isEmpty {
            StandardStreams.complain("no recommendation in the library has a theme")
            throw ExitCode(CommandFailure.notFound)
        }
        switch format {
        case .text: StandardStreams.writeLines(LibraryReport.lines(matrix, width: Terminal.columns))
        case .csv: StandardStreams.writeVerbatim(LibraryReport.csv(matrix))
        }
    }
}
