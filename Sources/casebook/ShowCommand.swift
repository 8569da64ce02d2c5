import ArgumentParser
import Content
import Reports

/// `casebook show ID [FILE]`: one recommendation or part, with its response, as wrapped text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a recommendation, or one of its parts, with the response to it.",
        discussion: """
        ID is a recommendation number (5), or a number and a part letter (5b); R5b and 5B work too. \
        A part is shown with the response to the whole recommendation.
        """
    )

    @Argument(help: ArgumentHelp("The recommendation or part: 5, 5b, R5b.", valueName: "id"),
              completion: .custom(CompletionCandidates.ids))
    var id: String

    @OptionGroup var pager: PagerOption

    @OptionGroup var document: DocumentArgument

    func run() throws {
        guard let itemID = ItemID(parsing: id) else {
            throw CommandFailure("'\(id)' is not a recommendation id; try a number such as 5, or 5b for a part")
        }
        let document = try document.load()
        guard let recommendation = document.recommendation(itemID) else {
            throw CommandFailure("no recommendation \(itemID.number) in \(document.source)", exitCode: CommandFailure.notFound)
        }
        let renderer = PlainTextRenderer(width: Terminal.columns)
        guard let letter = itemID.part else {
            pager.write(renderer.render(recommendation))
            return
        }
        guard let part = recommendation.part(letter) else {
            let letters = recommendation.parts.map { String($0.label) }
            let has = letters.isEmpty ? "it has no parts" : "its parts are " + letters.joined(separator: ", ")
            throw CommandFailure("no recommendation \(itemID) in \(document.source) (\(has))", exitCode: CommandFailure.notFound)
        }
        pager.write(renderer.render(part, of: recommendation))
    }
}
