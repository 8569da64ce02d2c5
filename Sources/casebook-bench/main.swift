import Content
import Foundation
import Learning
import TUICore

// What a user feels while typing a search: for each keystroke at the browser's `/` prompt, the
// time to re-run the query over the whole document and render the next frame (80×24 and 200×60).
// Run in a release build:
//   swift run -c release casebook-bench
// Figures are recorded in the README.

func milliseconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func timed<T>(_ label: String, _ body: () -> T) -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = body()
    print(String(format: "  %@ %.1f ms", label, milliseconds(since: start)))
    return value
}

let verbose = ProcessInfo.processInfo.environment["BENCH_VERBOSE"] != nil
/// BENCH_LEARNING_ONLY=1 stops after the parse and learning-index figures.
let learningOnly = ProcessInfo.processInfo.environment["BENCH_LEARNING_ONLY"] != nil
let baseText = BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? ""
let queries = ["reachable moment", "\"reachable moment\"", "exclu*", "training -NRM", "the", "section:generic missing"]

for (name, copies) in [("Child J", 1), ("Child J ×1000", 1000)] {
    let text = copies == 1 ? baseText : SyntheticDocument.text(repeating: baseText, copies: copies)
    print("\(name): \(text.utf8.count / 1024) KB")
    let document = timed("parse:") { ReviewParser.parse(text, source: name) }
    print("  \(document.recommendations.count) recommendations")
    // The learning index alone (glossary, agencies, themes, commitments), built at start-up: the
    // median of a few builds, since the machine is shared.
    let learningTimes = (0..<(copies == 1 ? 9 : 3)).map { _ in
        let start = DispatchTime.now().uptimeNanoseconds
        _ = LearningIndex(document: document)
        return milliseconds(since: start)
    }
    print(String(format: "  learning index (median of %d): %.1f ms", learningTimes.count, learningTimes.sorted()[learningTimes.count / 2]))
    if learningOnly { continue }
    for (width, height) in [(80, 24), (200, 60)] {
        let opened = timed("open the browser at \(width)×\(height) (builds the search and learning indexes):") {
            Browser(document: document, noteIDs: NoteIDSource(seed: 0), width: width, height: height)
        }
        var worstOverall = 0.0
        for query in queries {
            // The median of five rounds of each keystroke, so a busy machine's hiccups don't decide.
            var rounds: [[Double]] = []
            for _ in 0..<5 {
                var browser = opened
                _ = browser.update(.input(.character("/")))
                var times: [Double] = []
                for character in query {
                    let start = DispatchTime.now().uptimeNanoseconds
                    _ = browser.update(.input(.character(character)))
                    _ = browser.render()
                    times.append(milliseconds(since: start))
                }
                rounds.append(times)
            }
            let medians = query.indices.enumerated().map { offset, _ in rounds.map { $0[offset] }.sorted()[2] }
            if verbose { for (character, time) in zip(query, medians) { print("    \(character): \(time) ms") } }
            let worst = medians.max() ?? 0
            worstOverall = max(worstOverall, worst)
            print(String(format: "  per keystroke, worst, typing %@: %.2f ms", "'\(query)'", worst))
        }
        print(String(format: "  => worst keystroke (query + frame) at %d×%d: %.2f ms", width, height, worstOverall))
    }
}
