import ArgumentParser
import Content
import Foundation
import Learning
import Library
import Search
import Reports

/// `casebook search QUERY [FILE…]`: grep for the learning.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search one or more documents; print each match with its id and context.",
        discussion: """
        Without a file, when the library holds more than the built-in document (casebook add), the search \
        runs across every review in it: matches are ranked (bm25) and grouped by review with their \
        counts, the best three of each shown as ID:ITEM (12:5b) with the matched words marked (the best \
        30 reviews; --json gives every one). Across \
        the library the words must all occur in one recommendation's text, one part or one response, \
        and case is ignored.

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
    @OptionGroup var library: LibraryOption

    func run() throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(parsing: query) } catch {
            throw CommandFailure("bad query: \(error.message)")
        }
        guard !parsed.positiveTerms.isEmpty else {
            throw CommandFailure("bad query: give at least one word to look for (facets and -words only narrow)")
        }
        let hints = try hintOptions.hints()
        if files.isEmpty, let store = try library.openIfExists(), try Self.holdsMoreThanBuiltIn(store) {
            return try searchLibrary(store, parsed)
        }
        let documents = try files.isEmpty
            ? [DocumentArgument.builtIn()]
            : files.map { try DocumentArgument.load(path: $0, hints: hints, reportingEncoding: true, library: library) }
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

    /// How many reviews the text output shows, the best first.
    static let reviewsShown = 30

    static func holdsMoreThanBuiltIn(_ store: LibraryStore) throws(CommandFailure) -> Bool {
        do { return try store.documentCount > 1 } catch { throw CommandFailure(error.message) }
    }

    /// Without a file, when the library holds more than the built-in document: every review, ranked.
    private func searchLibrary(_ store: LibraryStore, _ parsed: SearchQuery) throws {
        let result: LibrarySearchResult
        // The best reviews in text; every one for scripts.
        do { result = try store.search(parsed, documentLimit: json ? .max : Self.reviewsShown) } catch { throw CommandFailure(error.message) }
        if json {
            do { StandardStreams.writeVerbatim(try LibraryReport.json(result)) } catch {
                throw CommandFailure("could not encode the matches as JSON: \(error)")
            }
        } else {
            let marks: SearchReport.Marks = Terminal.stdoutIsTerminal ? .bold : .brackets
            var lines = LibraryReport.lines(result, width: Terminal.columns, marks: marks)
            if result.moreDocuments > 0 {
                lines.append("… and \(result.moreDocuments) more reviews; narrow with doc:, org: or year:, or use --json for all")
            }
            StandardStreams.writeVerbatim(lines.map { $0 + "\n" }.joined())
        }
        if result.groups.isEmpty { throw ExitCode(CommandFailure.notFound) }
    }
}
