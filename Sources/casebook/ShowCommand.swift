import ArgumentParser
import Content
import Learning
import Reports

/// `casebook show ID [FILE]`: one recommendation or part, with its response, as wrapped text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a recommendation, or one of its parts, with the response to it.",
        discussion: """
        ID is a recommendation number (5), or a number and a part letter (5b); R5b and 5B work too; \
        a code as the document writes it (PR2, pr2b: E2 and PR2 are both numbered 2, and 2 is the first); \
        intro is the title and the introduction; 12:5b is 5b of document 12 of the library. A part is shown with the response to the whole \
        recommendation. Under the heading: who the recommendation is for, its themes and its status, \
        derived by casebook with the words behind it ("Status (derived): completed - 'has been \
        achieved', line 116"), and any part the response does not mention; after the response, what is still to do.
        """
    )

    @Argument(help: ArgumentHelp("The recommendation or part: 5, 5b, R5b, PR2; or intro.", valueName: "id"),
              completion: .custom(CompletionCandidates.ids))
    var id: String

    @OptionGroup var pager: PagerOption

    @OptionGroup var document: DocumentArgument

    func run() throws {
        // `show 12:5b`: document 12 of the library, recommendation 5b.
        if document.file == nil, let address = LibraryAddress(id), let item = address.item {
            var show = self
            show.id = item
            show.document.file = String(address.id)
            return try show.run()
        }
        let renderer = PlainTextRenderer(width: Terminal.columns)
        // As the browser's `:intro`.
        if ["intro", "introduction"].contains(id.lowercased()) {
            return pager.write(renderer.renderIntroduction(of: try document.load()))
        }
        // A code as the document writes it ("E1", "PR2b": two series may both have a 1), or an id
        // ("5", "5b", "R5b": the first recommendation numbered 5), as `present --only` takes them.
        guard TypedItem.couldName(id) else { throw notAnID }
        let document = try document.load()
        switch document.item(typed: id) {
        case let .found(key, index):
            let recommendation = document.recommendations[index]
            let learning = LearningIndex(document: document).learning(at: index)
            guard let part = key.part.flatMap(recommendation.part) else {
                return pager.write(renderer.render(recommendation, learning: learning))
            }
            pager.write(renderer.render(part, of: recommendation, learning: learning))
        case let .missing(name, index):
            // Only the part is missing: say which parts there are.
            let has = index.flatMap(document.recommendation(at:)).map { recommendation in
                let letters = recommendation.parts.map { String($0.label) }
                return letters.isEmpty ? " (it has no parts)" : " (its parts are " + letters.joined(separator: ", ") + ")"
            } ?? ""
            throw CommandFailure("no recommendation \(name) in \(document.source)\(has)", exitCode: CommandFailure.notFound)
        case .notAnID:
            throw notAnID
        }
    }

    private var notAnID: CommandFailure { Self.notAnID(id) }

    /// What `show` and the browser (`casebook 12:xyz`) say of an item that is neither a code nor an id.
    static func notAnID(_ id: String) -> CommandFailure {
        CommandFailure("'\(id)' is not a recommendation id; try a number such as 5, 5b for a part, a code such as PR2, or intro")
    }
}
