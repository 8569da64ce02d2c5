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

    @Option(help: "The output format: json (default) or markdown (default with --notes).")
    var format: Format?

    @Flag(help: "A Markdown handout with the questions and the notes captured for this document.")
    var notes = false

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let document = try document.load()
        if notes {
            guard format != .json else { throw CommandFailure("--notes makes a Markdown handout; drop --format json") }
            return try writeHandout(document)
        }
        // Streamed: a large document's export is written as it is made, never held whole.
        var output = StreamedOutput()
        switch format ?? .json {
        case .json:
            do { try JSONExporter.export(document) { output.add($0) } } catch {
                throw CommandFailure("could not encode the document as JSON: \(error)")
            }
        case .markdown:
            MarkdownExporter.export(document) { output.add($0) }
        }
        output.flush()
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
        var exporter = HandoutExporter(questions: ReflectiveQuestions.builtIn)
        exporter.recommendations = plan.isEmpty ? nil : plan
        StandardStreams.write(exporter.markdown(document, notes: notes))
    }
}
