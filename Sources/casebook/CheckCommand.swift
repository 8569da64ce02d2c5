import ArgumentParser
import Content
import Foundation
import Learning
import Reports

/// `casebook check FILE…`: reports what the parser understood of each file.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check how documents parse: counts, warnings and page furniture removed.",
        discussion: """
        Use this before adding a new document. Each file gets a summary line, then its warnings. \
        Files that cannot be read are reported on standard error and the rest are still checked; \
        the exit status is then 2. With no FILE, the built-in document is checked.
        """
    )

    @Argument(help: ArgumentHelp("Review responses as plain text.", valueName: "file"))
    var files: [String] = []

    @Flag(help: "Check your data files in $XDG_CONFIG_HOME/casebook/ instead: each bad line with its file and line number.")
    var data = false

    @Flag(help: "Show what each line (or block of lines) was read as, and by which rule.")
    var explain = false

    @OptionGroup var hintOptions: ParseHintOptions
    @OptionGroup var library: LibraryOption

    func run() throws {
        let hints = try hintOptions.hints()
        if data {
            let folder = ConfigFolder.current
            StandardStreams.writeLines(DataReport.checkLines(DocumentArgument.userData.map(UserDataLayer.init),
                                                             folder: folder.shown(folder.path)))
            if files.isEmpty { return }
        }
        if files.isEmpty {
            let document = DocumentArgument.builtIn(explaining: explain)
            let name = BuiltInContent.defaultDocumentName
            StandardStreams.writeLines(explain ? ExplainReport.lines(for: document, name: name, width: Terminal.columns)
                                               : CheckReport.lines(for: document, name: name))
            return
        }
        var unreadable = 0
        for file in files {
            do {
                let document = try DocumentArgument.load(path: file, hints: hints, reportingEncoding: false, explaining: explain, library: library)
                StandardStreams.writeLines(explain ? ExplainReport.lines(for: document, name: file, extractedFrom: Self.extractedFormat(file),
                                                                         width: Terminal.columns)
                                                   : CheckReport.lines(for: document, name: file))
            } catch {
                StandardStreams.complain(error.message)
                unreadable += 1
            }
        }
        if unreadable > 0 { throw ExitCode(CommandFailure.unusable) }
    }

    /// The format a file's text was extracted from ("PDF"), for `--explain`'s header; nil for text.
    private static func extractedFormat(_ path: String) -> String? {
        guard let data = try? DocumentLoader.readFile(path), case .success(let format) = DocumentFormat.detect(data, name: path),
              format != .text, format != .markdown else { return nil }
        return format.displayName
    }
}
