import ArgumentParser
import Content
import Foundation
import Library

/// `casebook add PATH…`: files and folders into the library.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add review responses to the library: files, and folders searched recursively.",
        discussion: """
        Every format casebook opens is added (plain text, Markdown, PDF, Word, web pages; in a folder, files \
        named .txt .md .pdf .docx .html). A file already in the library, unchanged, is left as it is, and so \
        is a second file with the same bytes in one run (the summary counts it a copy); a changed one is \
        read again and keeps its id. A file that cannot be read is named on stderr with why and the rest \
        go on; the summary names the first for casebook check. Each document is added in one transaction: stopping casebook half-way leaves the \
        library as it was before that document.

        Exit status: 0 every file added or unchanged, 1 some could not be read, 2 the library cannot be used.
        """
    )

    @Argument(help: ArgumentHelp("Files and folders to add.", valueName: "path"), completion: .file())
    var paths: [String]

    @OptionGroup var library: LibraryOption

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to add") }
    }

    func run() throws {
        let store = try library.open()
        if store.isReadOnly {
            throw CommandFailure("cannot add to library \(store.path): it is on a drive or in a file casebook cannot write")
        }
        let files = LibraryImporter.files(in: paths)
        let bar = Terminal.stderrIsTerminal ? ProgressBar(width: Terminal.columns) : nil
        let summary: LibraryImporter.Summary
        do {
            summary = try LibraryImporter(store: store).add(files) { bar?.show($0) }
        } catch {
            bar?.clear()
            throw CommandFailure(error.message)
        }
        bar?.clear()
        store.checkpoint()
        for reason in summary.unreadable { StandardStreams.complain(reason) }
        StandardStreams.writeLines([summary.line])
        if !summary.unreadable.isEmpty { throw ExitCode(CommandFailure.notFound) }
    }
}

/// One line on stderr redrawn in place: "[#####-----]  12/40  3.1 files/s  name".
final class ProgressBar {
    private let width: Int
    private let start = Date()

    init(width: Int) {
        self.width = width
    }

    func show(_ progress: LibraryImporter.Progress) {
        let fraction = progress.total == 0 ? 1 : Double(progress.done) / Double(progress.total)
        let cells = 20
        let filled = Int(fraction * Double(cells))
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = String(format: "%.1f files/s", Double(progress.done) / elapsed)
        let head = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: cells - filled) + "]  "
            + "\(progress.done)/\(progress.total)  \(rate)  "
        let name = TerminalSafe.oneLine((progress.current as NSString).lastPathComponent)
        let line = head + Truncation.truncate(name, toWidth: max(0, width - 1 - head.count), cut: .anywhere)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
