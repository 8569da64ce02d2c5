import ArgumentParser
import Content

/// `--recommendations REGEX` and `--response-label LABEL`: what to tell the parser when its rules
/// cannot, on every command that reads a document. They win over the same hints in the document's
/// `NAME.local.txt` (`[parsing]`).
struct ParseHintOptions: ParsableArguments {
    @Option(name: .customLong("recommendations"),
            help: ArgumentHelp("A line matching REGEX at its start opens a recommendation; its number is the first digits in the match (e.g. 'E\\d+\\.').",
                               valueName: "regex"))
    var recommendationPattern: String?

    @Option(name: .customLong("response-label"),
            help: ArgumentHelp("A line starting with LABEL opens a response (e.g. 'Board response').", valueName: "label"))
    var responseLabel: String?

    /// The hints; a pattern that is no regular expression is a `CommandFailure` (exit 2).
    func hints() throws(CommandFailure) -> ParseHints {
        let hints = ParseHints(recommendationPattern: recommendationPattern, responseLabel: responseLabel)
        if let problem = hints.problem { throw CommandFailure(problem) }
        return hints
    }
}
