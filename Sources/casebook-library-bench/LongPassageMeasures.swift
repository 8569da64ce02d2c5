import Foundation
import Library
import Search

/// The audit's long passage: one recommendation of `paragraphs` short paragraphs ("Paragraph i words
/// here."), so one passage holds a match of `here` per paragraph. Its snippet chose its start by
/// reading every match again for each match: 80,000 paragraphs took 83 s to search.
enum LongPassageMeasures {
    static func text(paragraphs: Int) -> String {
        "Test Partnership\n\nResponse to the Review of Child Z\n\nRecommendation 1\n\n"
            + (0..<paragraphs).map { "Paragraph \($0) words here." }.joined(separator: "\n\n") + "\n"
    }

    /// Adds the document to a fresh library in `folder` and times `casebook search` on it (every review, as `--json`).
    @MainActor static func measure(paragraphs: Int, in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/long-passage.txt"
        try text(paragraphs: paragraphs).write(toFile: path, atomically: false, encoding: .utf8)
        let store = try LibraryStore.open(path: folder + "/long-passage.sqlite")
        report("add one \(paragraphs)-paragraph recommendation", try seconds { _ = try LibraryImporter(store: store).add([path]) },
               budget: nil)
        for query in ["here", "words here", "\"words here\"", "paragraph"] {
            var found: LibrarySearchResult?
            report("search \(query) in it", try median(3) {
                found = try store.search(SearchQuery(parsing: query), documentLimit: .max)
            }, budget: 1, unit: "ms")
            print("  \(found?.totalCount ?? 0) passage matched; processor time " + String(format: "%.1f ms", medianCPU * 1000))
        }
    }
}
