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
        JSON is for other programs; Markdown makes a handout for training sessions. With --notes, the \
        handout is the record of a session: each recommendation presented, its response, the \
        reflective questions and the notes and room answers captured.

        With --notes and without a file, when the library holds more than the built-in document, the \
        handout is the session across the library: every review's marked recommendations, review by \
        review in title order, each heading naming its review before the recommendation.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @Option(help: "The output format: json or markdown (default: export-format in config.toml, else json; markdown with --notes).")
    var format: Format?

    @Flag(help: "A Markdown handout with the questions and the notes captured (without FILE, on a library: the session across its reviews).")
    var notes = false

    @OptionGroup var pager: PagerOption

    @OptionGroup var document: DocumentArgument

    func run() throws {
        if notes, format == .json { throw CommandFailure("--notes makes a Markdown handout; drop --format json") }
        if notes, let library = try LibrarySessionPlan(document) {
            let exporter = HandoutExporter(questions: ReflectiveQuestions.inForce(for: DocumentArgument.builtIn()))
            return pager.write(exporter.markdown(session: try library.shares()))
        }
        let document = try document.load()
        if notes { return try writeHandout(document) }
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
        let notes = try LibrarySessionPlan.notes(of: document, notAdopting: self.document.othersNotes())
        let plan = SessionAcrossReviews.keys(presenting: notes.presentationOrder, in: document)
        var exporter = HandoutExporter(questions: ReflectiveQuestions.inForce(for: document))
        exporter.recommendations = plan.isEmpty ? nil : plan
        pager.write(exporter.markdown(document, notes: notes))
    }
}
