import Content
import Reports
import Search

/// `casebook search` on a document the size of the largest real ones (13 MB) with 3,000 matches: running
/// the query and laying out every match's line of context, which grow with the matches (not with the
/// matches times the document, as they did); and the whole command, parse and search index included.
enum CommandLineSearch {
    static let matchCount = 3_000
    static let word = "zephyr"

    /// The 13 MB response with "A zephyr audit followed." after 3,000 of its long paragraphs, evenly spread.
    static func document() -> String {
        var lines = InquiryReport.text(recommendations: 1_950).components(separatedBy: "\n")
        let paragraphs = lines.indices.filter { lines[$0].utf8.count > 200 }
        let step = max(1, paragraphs.count / matchCount)
        for index in stride(from: 0, to: step * matchCount, by: step) { lines[paragraphs[index]] += " A \(word) audit followed." }
        return lines.joined(separator: "\n")
    }

    /// The lines `casebook search zephyr` prints at 80 columns, from the document's search index.
    static func printedLines(_ index: SearchIndex, _ document: ReviewDocument) -> [String] {
        let result = index.run(try! SearchQuery(parsing: word))
        return SearchReport.lines(for: result, in: document, width: 80, marks: .brackets)
    }
}
