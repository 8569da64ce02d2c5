import ArgumentParser
import Content
import Learning
import Library
import Search
import Reports

/// `casebook commitments [--filter QUERY] [--format text|csv|json] [FILE]`: what the responses still promise.
struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "List every commitment the responses make: recommendation, sentence, owner, due period, status, line.",
        discussion: """
        A commitment is a sentence of a response that promises work ("An audit will be undertaken") or \
        reports it under way; casebook derives it, with its owner and due period where the sentence \
        names them, and its status: promised or under way. The browser's C shows the same list. Without a \
        file, when the library holds more than the built-in document, the list runs across every review, \
        each row's recommendation prefixed with its document's id (12:5); doc:, org: and year: pick reviews. \
        \(QueryHelp.leadingDashFilter)

        CSV has a header row and RFC 4180 quoting, and opens in a spreadsheet; a cell that would start \
        with = + - or @ starts with an apostrophe, so it is never run as a formula. JSON adds the \
        words that make each sentence a commitment.

        Exit status: 0 commitments listed, 1 none found (for the filter), 2 a bad filter or an unusable file.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json
    }

    @Option(help: ArgumentHelp("Only the commitments of the recommendations that match, as the browser's & filter (agency:police).",
                               valueName: "query"),
            completion: .custom(CompletionCandidates.queryFacets))
    var filter: String?

    @Option(help: "The output format: text (default), csv or json.")
    var format: Format = .text

    @OptionGroup var document: DocumentArgument

    func run() throws {
        let rows: [CommitmentsReport.Row]
        if document.file == nil, let store = try document.library.openIfExists(), try SearchCommand.holdsMoreThanBuiltIn(store) {
            rows = try libraryRows(store)
        } else {
            let document = try document.load()
            let learning = LearningIndex(document: document)
            rows = CommitmentsReport.rows(learning, only: try RecommendationFilter.matching(filter, in: document, learning: learning))
        }
        let source = document.file ?? "the library"
        switch format {
        case .text:
            if rows.isEmpty {
                StandardStreams.complain(filter.map { "no commitments in the recommendations matching \($0)" } ?? "\(source): no commitments found")
                throw ExitCode(CommandFailure.notFound)
            }
            StandardStreams.writeLines(CommitmentsReport.lines(rows, width: Terminal.columns))
        case .csv:
            StandardStreams.writeVerbatim(CommitmentsReport.csv(rows))
        case .json:
            do { StandardStreams.writeVerbatim(try CommitmentsReport.json(rows)) } catch {
                throw CommandFailure("could not encode the commitments as JSON: \(error)")
            }
        }
    }

    /// The tracker across every review: each document's rows, its id before the recommendation ("12:5").
    /// Reviews the doc:, org: and year: facets leave out are not read; the library answers the rest as the
    /// browser's C does (`LibraryStore.commitments(of:matching:userData:)`).
    private func libraryRows(_ store: LibraryStore) throws -> [CommitmentsReport.Row] {
        var query = SearchQuery()
        if let filter {
            do { query = try SearchQuery(parsing: filter) } catch { throw CommandFailure("bad filter: \(error.message)") }
        }
        let facets = query.facets.filter { DocumentFacets.isDocumentFacet($0.key) }
        let entries: [LibraryEntry]
        do { entries = try store.listing() } catch { throw CommandFailure(error.message) }
        let kept = entries.filter { entry in
            LibraryStore.passes(facets) { DocumentFacets.matches(LibraryStore.facts(of: entry), key: $0.key, value: $0.value) }
        }
        do { return CommitmentsReport.rows(try store.commitments(of: kept.map(\.id), matching: query, userData: DocumentArgument.userData)) } catch {
            throw CommandFailure(error.message)
        }
    }
}
