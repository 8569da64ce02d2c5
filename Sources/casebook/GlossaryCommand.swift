import ArgumentParser
import Content
import Learning
import Reports

/// `casebook glossary [FILE]`: the acronyms a document uses, explained.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "List the acronyms the document uses, with their expansions and where they occur.",
        discussion: """
        A definition in the document ("Child Criminal Exploitation (CCE)") wins over the field \
        glossary shipped with casebook (Content/glossary.txt, which a trainer can edit).
        """
    )

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let document = try document.load()
        StandardStreams.writeLines(GlossaryReport.lines(for: LearningIndex(document: document), width: Terminal.columns))
    }
}
