import ArgumentParser
import Library

/// `casebook remove ID…`: documents out of the library.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove documents from the library by id (casebook library lists them).",
        discussion: """
        The files they were added from are not touched, nor their notes. The built-in document (1) stays. \
        Nothing is removed when any id is wrong.
        """
    )

    @Argument(help: ArgumentHelp("The ids of the documents to remove.", valueName: "id"))
    var ids: [Int]

    @OptionGroup var library: LibraryOption

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give the id of at least one document (casebook library lists them)") }
    }

    func run() throws {
        guard let store = try library.openIfExists() else {
            throw CommandFailure("the library is empty: nothing to remove (casebook add FILE… fills it)")
        }
        do {
            let removed = try store.remove(ids)
            StandardStreams.writeLines(removed.map { "removed \($0.id)  " + $0.title })
        } catch {
            throw CommandFailure(error.message, exitCode: error.kind == .noSuchDocument ? CommandFailure.notFound : CommandFailure.unusable)
        }
    }
}
