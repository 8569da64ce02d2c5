import ArgumentParser
import Content
import Library
import Reports

/// `casebook library [--format text|csv|json]`: the documents in the library.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "List the documents in the library: id, year, recommendations, derived status counts, title.",
        discussion: """
        The library is one file, library.sqlite, in $XDG_DATA_HOME/casebook (~/.local/share/casebook), or the \
        file --library, CASEBOOK_LIBRARY or library in config.toml names (a folder there holds library.sqlite). Document 1 is the built-in \
        Child J response, always there. Use an id wherever a command takes a file: casebook 12, \
        casebook show 12:5b, casebook list 12. Nothing is parsed to list the library.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @Option(help: "The output format: text (default), csv or json.")
    var format: Format = .text

    @OptionGroup var library: LibraryOption

    func run() throws {
        let entries: [LibraryEntry]
        if let store = try library.openIfExists() {
            do { entries = try store.listing() } catch { throw CommandFailure(error.message) }
        } else {
            entries = [LibraryStore.builtInEntry()]
        }
        switch format {
        case .text: StandardStreams.writeLines(LibraryReport.lines(entries, width: Terminal.columns))
        case .csv: StandardStreams.writeVerbatim(LibraryReport.csv(entries))
        case .json:
            do { StandardStreams.writeVerbatim(try LibraryReport.json(entries)) } catch {
                throw CommandFailure("could not encode the library as JSON: \(error)")
            }
        }
    }
}
