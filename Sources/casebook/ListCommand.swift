import ArgumentParser
import Content

/// `casebook list [FILE]`: one line per recommendation.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the recommendations, one per line.",
        discussion: "Each line shows the recommendation's number and the start of its text, cut to fit the terminal."
    )

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let document = try document.load()
        let lines = RecommendationList.lines(for: document, width: Terminal.columns)
        if lines.isEmpty { StandardStreams.complain("\(document.source): no recommendations found") }
        StandardStreams.writeLines(lines)
    }
}
