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

    @Option(help: ArgumentHelp("Start at this recommendation, e.g. 5, or PR2 as the document codes it.", valueName: "id"),
            completion: .custom(CompletionCandidates.ids))
    var from: String?

    @Option(help: ArgumentHelp("Present only these recommendations, e.g. 3,5,6 or E1,PR2.", valueName: "ids"),
            completion: .custom(CompletionCandidates.ids))
    var only: String?

    @Flag(help: "Remember --only as the document's session plan, for the browser's p and export --notes.")
    var savePlan = false

    @OptionGroup var terminal: TerminalOptions

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let onlyTexts = only.map { $0.split(separator: ",").map(String.init) }
        for text in [from].compactMap({ $0 }) + (onlyTexts ?? []) where !TypedItem.couldName(text) {
            throw CommandFailure("'\(text.trimmingCharacters(in: .whitespaces))' is not a recommendation id; try 5, 5b or a code such as PR2")
        }
        if onlyTexts?.isEmpty == true { throw CommandFailure("--only needs ids, e.g. --only 3,5,6") }
        if savePlan && only == nil { throw CommandFailure("--save-plan saves the --only plan; give --only too") }
        if let library = try LibrarySessionPlan(document) { return try presentAcross(library, oneReviewOptions: from != nil || only != nil) }
        let document = try document.load()
        let start = try from.map { try Self.keys([$0], in: document)[0] }
        let plan = try onlyTexts.map { try Self.keys($0, in: document) }
        if let start, let plan, !plan.contains(where: { $0.recommendation == start.recommendation }) {
            let names = plan.map { document.name(of: .item($0)) }.joined(separator: ",")
            throw CommandFailure("--from \(document.name(of: .item(start))) is not among --only \(names)")
        }
        try Self.needTerminal()
        var options = try terminal.browserOptions()
        options.startInPresentation = true
        options.presentFrom = start
        options.presentOnly = plan
        options.savePlan = savePlan
        let status = TerminalApp.run(document: document, options: options, notAdopting: self.document.othersNotes())
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

    /// What the ids and codes typed name in the document, by note key (PR2 apart from E2, which is 2).
    /// A session cannot start on what the document does not have: "no recommendation PR9 in ashby.txt".
    private static func keys(_ texts: [String], in document: ReviewDocument) throws(CommandFailure) -> [ItemID] {
        var keys: [ItemID] = []
        var unknown: [String] = []
        for text in texts {
            switch document.item(typed: text) {
            case let .found(key, _): keys.append(key)
            case let .missing(name, _): unknown.append(name)
            case .notAnID: unknown.append(text)
            }
        }
        guard !unknown.isEmpty else { return keys }
        let names = unknown.joined(separator: ", ")
        throw CommandFailure("no recommendation\(unknown.count > 1 ? "s" : "") \(names) in \(document.source)\(has(document))")
    }

    /// What the document has, for the message: " (it has 1 to 12)"; " (it has E1 to PR2)" where numbers repeat across series.
    private static func has(_ document: ReviewDocument) -> String {
        let keyed = document.keyedRecommendations
        guard let first = keyed.first, let last = keyed.last else { return " (it has none)" }
        let numbers = keyed.map(\.recommendation.number)
        if Set(numbers).count == numbers.count, let low = numbers.min(), let high = numbers.max() {
            return " (it has \(low) to \(high))"
        }
        return " (it has \(document.name(of: .item(first.key))) to \(document.name(of: .item(last.key))))"
    }
}
