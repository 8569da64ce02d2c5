import ArgumentParser
import Content
import TUIApp

/// `casebook present [FILE] [--from ID] [--only IDS [--save-plan]]`: presentation mode for a training session.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Present the recommendations one at a time, for a training session.",
        discussion: """
        One recommendation per screen. Space reveals the parts, then the response paragraph by \
        paragraph, then reflective questions (Content/questions.txt); Backspace steps back; Left and \
        Right (or p and n) change recommendation; digits then Enter jump; a captures the room's \
        answer; c shows a clock; b blanks the screen; q ends the presentation.

        Without --only, the document's saved plan (--save-plan) is presented, else the items \
        marked in the browser (m), else all of them. --only is for this session alone unless \
        --save-plan is given.

        Without a file, when the library holds more than the built-in document, the session runs \
        across the library (as the browser's p there): every review's marked recommendations, review \
        by review in title order, each slide naming its review; the room's answers go to each \
        review's own notes, and export --notes makes the handout.
        """
    )

    @Option(help: ArgumentHelp("Start at this recommendation, e.g. 5.", valueName: "id"),
            completion: .custom(CompletionCandidates.ids))
    var from: String?

    @Option(help: ArgumentHelp("Present only these recommendations, e.g. 3,5,6.", valueName: "ids"),
            completion: .custom(CompletionCandidates.ids))
    var only: String?

    @Flag(help: "Remember --only as the document's session plan, for the browser's p and export --notes.")
    var savePlan = false

    @OptionGroup var terminal: TerminalOptions

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let start = try from.map { try Self.id($0) }
        let plan = try only.map { list in
            try list.split(separator: ",").map { try Self.id(String($0)) }
        }
        if plan?.isEmpty == true { throw CommandFailure("--only needs ids, e.g. --only 3,5,6") }
        if savePlan && plan == nil { throw CommandFailure("--save-plan saves the --only plan; give --only too") }
        if let library = try LibrarySessionPlan(document) { return try presentAcross(library, oneReviewOptions: start != nil || plan != nil) }
        let document = try document.load()
        try Self.check(start.map { [$0] } ?? [], in: document)
        try Self.check(plan ?? [], in: document)
        if let start, let plan, !plan.contains(where: { $0.number == start.number }) {
            throw CommandFailure("--from \(start) is not among --only \(plan.map(\.description).joined(separator: ","))")
        }
        try Self.needTerminal()
        var options = try terminal.browserOptions()
        options.startInPresentation = true
        options.presentFrom = start
        options.presentOnly = plan
        options.savePlan = savePlan
        let status = TerminalApp.run(document: document, options: options)
        if status != 0 { throw ExitCode(status) }
    }

    /// The session across the library's reviews: what is marked in each, presented from the library's
    /// browser, so that each review's room answers go to its own notes.
    private func presentAcross(_ library: LibrarySessionPlan, oneReviewOptions: Bool) throws {
        if oneReviewOptions {
            throw CommandFailure("--from and --only choose within one review: give its FILE or library id, e.g. casebook present 2 --only 3,5")
        }
        _ = try library.shares()
        try Self.needTerminal()
        var options = try terminal.browserOptions()
        options.startInPresentation = true
        let status = TerminalApp.run(library: library.catalog, entries: library.entries, options: options)
        if status != 0 { throw ExitCode(status) }
    }

    private static func needTerminal() throws(CommandFailure) {
        if let (reason, _) = TerminalOptions.whyNotFullScreen {
            throw CommandFailure("present needs a terminal (\(reason)); try casebook export --format markdown for a handout")
        }
    }

    /// A session cannot start on what the document does not have: "no recommendation 99 in child-j.txt".
    private static func check(_ ids: [ItemID], in document: ReviewDocument) throws(CommandFailure) {
        let unknown = ids.filter { !document.contains($0) }
        guard !unknown.isEmpty else { return }
        let numbers = document.recommendations.map(\.number)
        let has = numbers.min().map { first in " (it has \(first) to \(numbers.max() ?? first))" } ?? " (it has none)"
        let names = unknown.map(\.description).joined(separator: ", ")
        throw CommandFailure("no recommendation\(unknown.count > 1 ? "s" : "") \(names) in \(document.source)\(has)")
    }

    private static func id(_ text: String) throws(CommandFailure) -> ItemID {
        guard let id = ItemID(parsing: text) else {
            throw CommandFailure("'\(text.trimmingCharacters(in: .whitespaces))' is not a recommendation id; try 5 or 5b")
        }
        return id
    }
}
