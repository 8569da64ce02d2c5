import ArgumentParser
import Content
import Learning
import Store
import Reports

/// `casebook export [--format json|markdown] [FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole document as JSON or Markdown to standard output.",
        discussion: """
        JSON is for other programs; Markdown makes a handout for training sessions. With --notes, the         handout is the record of a session: each recommendation presented, its response, the         reflective questions and the notes and room answers captured.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @Option(help: "The output format: json or markdown (default: export-format in config.toml, else json; markdown with --notes).")
    var format: Format?

    @Flag(help: "A Markdown handout with the questions and the notes captured for this document.")
    var notes = false

    @OptionGroup var pager: PagerOption

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let document = try document.load()
        if notes {
            guard format != .json else { throw CommandFailure("--notes makes a Markdown handout; drop --format json") }
            return try writeHandout(document)
        }
        let settings = try CasebookSettings.load(flags: [CasebookSettings.exportFormat.key: format?.rawValue].compactMapValues { $0 })
        // Streamed: a large document's export is written as it is made, never held whole (unless paged).
        try pager.write { output in
            switch format ?? settings[CasebookSettings.exportFormat.key].flatMap(Format.init) ?? .json {
            case .json:
                do { try JSONExporter.export(document, to: output) } catch {
                    throw CommandFailure("could not encode the document as JSON: \(error)")
                }
            case .markdown:
                MarkdownExporter.export(document, to: output)
            }
        }
    }

    private func writeHandout(_ document: ReviewDocument) throws {
        let notes: DocumentNotes
        do {
            let store = try NoteStore(document: document)
            try store.load()
            for notice in store.takeNotices() { StandardStreams.complain(notice.message) }
            notes = store.current
        } catch {
            throw CommandFailure(error.message)
        }
        let plan = notes.presentationOrder.map(\.number)
        var exporter = HandoutExporter(questions: ReflectiveQuestions.inForce(for: document))
        exporter.recommendations = plan.isEmpty ? nil : plan
        pager.write(exporter.markdown(document, notes: notes))
    }
}
