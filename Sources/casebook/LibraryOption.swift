import ArgumentParser
import Foundation
import Library

/// `--library PATH`: which library the command reads (the `library` setting: a library file, or a
/// folder holding library.sqlite; by default `$XDG_DATA_HOME/casebook/library.sqlite`).
struct LibraryOption: ParsableArguments {
    @Option(help: ArgumentHelp("The library file (an existing file, or a path ending in .sqlite or .db), or the folder holding library.sqlite; default: $XDG_DATA_HOME/casebook/library.sqlite.",
                               valueName: "path"),
            completion: .file())
    var library: String?

    /// The library file in force: flag > CASEBOOK_LIBRARY > config.toml > the default.
    func path() throws(CommandFailure) -> String {
        let chosen = try CasebookSettings.load(flags: flags)[CasebookSettings.library.key]
        do { return try LibraryLocation.file(chosen: chosen, environment: ProcessInfo.processInfo.environment) } catch {
            throw CommandFailure(error.message)
        }
    }

    var flags: [String: String] {
        library.map { [CasebookSettings.library.key: $0] } ?? [:]
    }

    /// The library, made when it is not there yet; what the user should know is said on stderr.
    func open() throws(CommandFailure) -> LibraryStore {
        let path = try path()
        return try Self.reported { () throws(LibraryError) in try LibraryStore.open(path: path, upgrading: Self.sayUpgrading) }
    }

    /// The library when one was ever made; nil otherwise (a command that only reads makes none).
    func openIfExists() throws(CommandFailure) -> LibraryStore? {
        let path = try path()
        return try Self.reported { () throws(LibraryError) in try LibraryStore.openIfExists(path: path, upgrading: Self.sayUpgrading) }
    }

    /// Said before an older library is brought up to date (once; seconds at thousands of reviews).
    private static func sayUpgrading() {
        StandardStreams.complain("bringing the library up to date for this casebook (once; at thousands of reviews it takes seconds)…")
    }

    private static func reported<T>(_ body: () throws(LibraryError) -> T) throws(CommandFailure) -> T {
        do {
            let result = try body()
            if let store = result as? LibraryStore { store.notices.forEach(StandardStreams.complain) }
            return result
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
