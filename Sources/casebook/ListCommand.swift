import ArgumentParser
import Content
import Reports

/// `casebook list [FILE]`: one line per recommendation.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the recommendations, one per line.",
        discussion: """
        Each line shows the recommendation's number and the start of its text, cut to fit the terminal.

        \(QueryHelp.facets)

        \(QueryHelp.leadingDashFilter)
        """
    )

    @Option(help: ArgumentHelp("Only the recommendations that match, as the browser's & filter: words, \"phrases\", -word, word*, "
                               + QueryHelp.facetKeys + " (see casebook search --help).", valueName: "query"),
            completion: .custom(CompletionCandidates.queryFacets))
    var filter: String?

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let document = try document.load()
        let shown = try RecommendationFilter.matching(filter, in: document)
        let lines = RecommendationList.lines(for: document, width: Terminal.columns, only: shown)
        if lines.isEmpty {
            StandardStreams.complain(filter.map { "no recommendation matches \($0)" } ?? "\(document.source): no recommendations found")
            if filter != nil { throw ExitCode(CommandFailure.notFound) }
        }
        StandardStreams.writeLines(lines)
    }
}
