import ArgumentParser
import Content
import TUIApp

/// `casebook present [FILE] [--from ID] [--only IDS]`: presentation mode for a training session.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Present the recommendations one at a time, for a training session.",
        discussion: """
        One recommendation per screen. Space reveals the parts, then the response paragraph by \
        paragraph, then reflective questions (Content/questions.txt); Backspace steps back; Left and \
        Right (or p and n) change recommendation; digits then Enter jump; a captures the room's \
        answer; c shows a clock; b blanks the screen; q returns to the browser.

        Without --only, the items marked in the browser (m) are presented, or else all of them. \
        The plan is remembered for the document.
        """
    )

    @Option(help: ArgumentHelp("Start at this recommendation, e.g. 5.", valueName: "id"),
            completion: .custom(CompletionCandidates.ids))
    var from: String?

    @Option(help: ArgumentHelp("Present only these recommendations, e.g. 3,5,6.", valueName: "ids"),
            completion: .custom(CompletionCandidates.ids))
    var only: String?

    @OptionGroup var terminal: TerminalOptions

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let start = try from.map { try Self.id($0) }
        let plan = try only.map { list in
            try list.split(separator: ",").map { try Self.id(String($0)) }
        }
        if plan?.isEmpty == true { throw CommandFailure("--only needs ids, e.g. --only 3,5,6") }
        let document = try document.load()
        if let (reason, _) = TerminalOptions.whyNotFullScreen {
            throw CommandFailure("present needs a terminal (\(reason)); try casebook export --format markdown for a handout")
        }
        var options = try terminal.browserOptions()
        options.startInPresentation = true
        options.presentFrom = start
        options.presentOnly = plan
        let status = TerminalApp.run(document: document, options: options)
        if status != 0 { throw ExitCode(status) }
    }

    private static func id(_ text: String) throws(CommandFailure) -> ItemID {
        guard let id = ItemID(parsing: text) else {
            throw CommandFailure("'\(text.trimmingCharacters(in: .whitespaces))' is not a recommendation id; try 5 or 5b")
        }
        return id
    }
}
