import ArgumentParser
import Library

/// `casebook remove ID…`: documents out of the library.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove documents from the library by id (casebook library lists them).",
        discussion: """
        The files they were added from are not touched, nor their notes. The built-in document (1) stays. \
        An id given twice is removed once. Nothing is removed when any id is wrong: the message names \
        that id and says nothing was removed, so the command can be run again without it.

        Exit status: 0 removed, 1 an id not in the library, 2 the built-in document or a library that cannot be used.
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
        var seen = Set<Int>()
        let wanted = ids.filter { seen.insert($0).inserted }
        do {
            let removed = try store.remove(wanted)
            StandardStreams.writeLines(removed.map { "removed \($0.id)  " + $0.title })
        } catch {
            // One wrong id among several: the others are still there (one transaction), which must be said.
            let others = wanted.count > 1 ? "; nothing was removed" : ""
            throw CommandFailure(error.message + others,
                                 exitCode: error.kind == .noSuchDocument ? CommandFailure.notFound : CommandFailure.unusable)
        }
    }
}
