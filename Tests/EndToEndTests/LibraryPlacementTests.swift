@testable import casebook
import Testing

/// `--library PATH` wherever it is written: before the command it is moved after it.
@Suite struct LibraryPlacementTests {
    @Test func beforeTheCommandItGoesAfterIt() throws {
        #expect(try LibraryPlacement.arranged(["--library", "x.sqlite", "search", "foo"]) == ["search", "--library", "x.sqlite", "foo"])
        #expect(try LibraryPlacement.arranged(["--library=x.sqlite", "library", "--format", "csv"]) == ["library", "--library=x.sqlite", "--format", "csv"])
        #expect(try LibraryPlacement.arranged(["--library", "x.sqlite", "data", "show", "12"]) == ["data", "show", "--library", "x.sqlite", "12"])
        // Before no command: the browser's, as written.
        #expect(try LibraryPlacement.arranged(["--library", "x.sqlite"]) == ["--library", "x.sqlite"])
        #expect(try LibraryPlacement.arranged(["--library", "x.sqlite", "12"]) == ["--library", "x.sqlite", "12"])
        // After the command, or none: unchanged.
        #expect(try LibraryPlacement.arranged(["search", "foo", "--library", "x.sqlite"]) == ["search", "foo", "--library", "x.sqlite"])
        #expect(try LibraryPlacement.arranged(["search", "--library"]) == ["search", "--library"])
        // Before config, which would save it as the default: refused.
        #expect(throws: CommandFailure.self) { try LibraryPlacement.arranged(["--library", "x.sqlite", "config"]) }
    }

    /// Parsed as the binary parses it: each command gets the library given before it.
    @Test func eachCommandReadsTheLibraryGivenBeforeIt() throws {
        for (arguments, command) in [(["--library", "/l.sqlite", "search", "foo"], "search"), (["--library", "/l.sqlite"], "browse"),
                                     (["search", "foo", "--library", "/l.sqlite"], "search"), (["--library", "/l.sqlite", "themes"], "themes"),
                                     (["--library", "/l.sqlite", "commitments", "--filter", "status:planned"], "commitments"),
                                     (["--library", "/l.sqlite", "check", "12"], "check")] {
            let parsed = try Casebook.parseAsRoot(try LibraryPlacement.arranged(arguments))
            let library: String? = switch parsed {
            case let search as SearchCommand: search.library.library
            case let browse as BrowseCommand: browse.document.library.library
            case let themes as ThemesCommand: themes.library.library
            case let commitments as CommitmentsCommand: commitments.document.library.library
            case let check as CheckCommand: check.library.library
            default: nil
            }
            #expect(library == "/l.sqlite", "\(arguments) → \(command)")
        }
        // A command that reads no library refuses it rather than using the default.
        #expect(throws: (any Error).self) { try Casebook.parseAsRoot(try LibraryPlacement.arranged(["--library", "/l.sqlite", "data", "init"])) }
    }
}
