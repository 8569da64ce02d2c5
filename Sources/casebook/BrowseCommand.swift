import ArgumentParser
import Content
import Foundation
import Library
import TUIApp
import Reports

/// `casebook [browse] [FILE]`: the full-screen browser, or the document as plain text when the
/// terminal cannot host it (output piped, TERM dumb, input not a terminal).
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser (the default command).",
        discussion: """
        When standard output is not a terminal, the document is printed as plain text, as `man | cat` \
        does; likewise when TERM is unset or dumb, or standard input is not a terminal.
        """
    )

    @OptionGroup var terminal: TerminalOptions

    @OptionGroup var document: DocumentArgument

    /// `CASEBOOK_LIBRARY_FOLDER`: a library read from a folder's files, without a database; the
    /// browser's end-to-end tests use it.
    static var libraryFolder: String? {
        ProcessInfo.processInfo.environment["CASEBOOK_LIBRARY_FOLDER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func run() throws {
        var notices: [String] = []
        // `casebook 12`, `casebook 12:5b`: the review opens as from the library's list, which `L` returns to.
        let address = document.file.flatMap(LibraryAddress.init)
        if let address, !address.isIntroduction, address.itemID == nil {
            throw ShowCommand.notAnID(address.item ?? "")
        }
        if document.file == nil || address != nil, TerminalOptions.whyNotFullScreen == nil {
            let options = try terminal.browserOptions()
            do {
                if let catalog = try libraryCatalog() {
                    // A damaged library moved aside leaves a fresh one: the built-in document, which says so.
                    notices = (catalog as? LibraryStore)?.notices ?? []
                    let entries = try catalog.entries()
                    // A library of the built-in document alone opens on that document, as casebook always has.
                    if entries.count > 1, address.map({ address in entries.contains { $0.id == address.id } }) ?? true {
                        let status = TerminalApp.run(library: catalog, entries: entries, options: options, notices: notices,
                                                     openingReview: address?.id, at: address?.itemID)
                        if status != 0 { throw ExitCode(status) }
                        return
                    }
                }
            } catch {
                // A library that cannot be read still leaves the built-in document to read; the line shows there too.
                guard let message = (error as? CommandFailure)?.message ?? (error as? LibraryError)?.message else { throw error }
                StandardStreams.complain(message)
                notices.append(message)
            }
        }
        let document: ReviewDocument
        do { document = try self.document.load() } catch {
            throw mistypedCommandHint(error)
        }
        if let (reason, isQuiet) = TerminalOptions.whyNotFullScreen {
            // Piped output says nothing, as `man | cat` does.
            if !isQuiet { StandardStreams.complain(reason + "; printing the document as plain text") }
            StandardStreams.write(PlainTextRenderer(width: Terminal.columns).render(document))
            return
        }
        let status = TerminalApp.run(document: document, options: try terminal.browserOptions(), notices: notices,
                                     notAdopting: self.document.othersNotes())
        if status != 0 { throw ExitCode(status) }
    }

    /// The library the browser opens on: a folder's files when `CASEBOOK_LIBRARY_FOLDER` names one, else
    /// the library database when one was ever made.
    private func libraryCatalog() throws -> (any LibraryCatalog)? {
        if let libraryFolder = Self.libraryFolder { return try FolderCatalog(folder: libraryFolder) }
        return try document.library.openIfExists()
    }

    /// `casebook lsit` reads as a missing file; say that it is not a command either.
    private func mistypedCommandHint(_ failure: CommandFailure) -> CommandFailure {
        guard let file = document.file, !file.contains("/"), !file.contains("."),
              failure.message.hasSuffix("no such file") else { return failure }
        let commands = Casebook.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        return CommandFailure(failure.message + " (nor a command: " + commands.joined(separator: ", ") + ")")
    }
}
