import ArgumentParser
import Content

/// `casebook export [--format json|markdown] [FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole document as JSON or Markdown to standard output.",
        discussion: "JSON is for other programs; Markdown makes a handout for training sessions."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @Option(help: "The output format: json or markdown.")
    var format: Format = .json

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let document = try document.load()
        switch format {
        case .json:
            do { StandardStreams.write(try JSONExporter.export(document)) } catch {
                throw CommandFailure("could not encode the document as JSON: \(error)")
            }
        case .markdown:
            StandardStreams.write(MarkdownExporter.export(document))
        }
    }
}
