import ArgumentParser
import Content
import Foundation
import Learning
import Search
import Reports

/// `casebook search QUERY [FILE…]`: grep for the learning.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search one or more documents; print each match with its id and context.",
        discussion: """
        QUERY: words that must all occur in one recommendation; "a phrase"; -word to exclude; word* \
        for a prefix. A query in lower case ignores case; a capital letter makes that word exact. \
        Accents and curly quotes match plain ones. A word of a script written without spaces \
        (Chinese, Japanese, Thai) matches inside longer runs of text.

        \(QueryHelp.facets)

        \(QueryHelp.leadingDash)

        Exit status: 0 something matched, 1 nothing did, 2 a bad query or an unusable file.
        """
    )

    @Argument(help: "What to look for (quote it for the shell).", completion: .custom(CompletionCandidates.queryFacets))
    var query: String

    @Argument(help: ArgumentHelp("Review responses as plain text (default: the built-in document).", valueName: "file"),
              completion: .file())
    var files: [String] = []

    @Flag(help: "Print the matches as JSON, for scripts.")
    var json = false

    @OptionGroup var hintOptions: ParseHintOptions

    func run() throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(parsing: query) } catch {
            throw CommandFailure("bad query: \(error.message)")
        }
        guard !parsed.positiveTerms.isEmpty else {
            throw CommandFailure("bad query: give at least one word to look for (facets and -words only narrow)")
        }
        let hints = try hintOptions.hints()
        let documents = try files.isEmpty
            ? [DocumentArgument.builtIn()]
            : files.map { try DocumentArgument.load(path: $0, hints: hints, reportingEncoding: true) }
        var lines: [String] = []
        var records: [SearchMatchRecord] = []
        let marks: SearchReport.Marks = Terminal.stdoutIsTerminal && !json ? .bold : .brackets
        for document in documents {
            let learning = parsed.needsLearning ? LearningIndex(document: document) : nil
            let result = SearchIndex(document: document, learning: learning).run(parsed)
            if json {
                records += SearchMatchRecord.records(for: result, in: document, file: document.source)
            } else {
                let prefix = documents.count > 1 ? document.source + ":" : ""
                lines += SearchReport.lines(for: result, in: document, width: Terminal.columns, marks: marks, prefix: prefix)
            }
        }
        if json {
            StandardStreams.writeVerbatim((try? SearchMatchRecord.json(records)) ?? "[]\n")
        } else {
            // The marks are ours; the document text and file names in the lines are already made safe.
            StandardStreams.writeVerbatim(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
        }
        if lines.isEmpty && records.isEmpty { throw ExitCode(CommandFailure.notFound) }
    }
}
