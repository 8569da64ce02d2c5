import Content
import Foundation

// Measures what a user feels while typing a search: for each keystroke of a query, the time to
// re-run the query over the whole document. Run in a release build:
//   swift run -c release casebook-bench
// Figures are recorded in the README.

func measure(_ label: String, repetitions: Int = 1, _ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<repetitions { body() }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(repetitions)
    print(String(format: "  %-44@ %9.3f ms", label as NSString, elapsed))
    return elapsed
}

let baseText = BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? ""
let queries = ["reachable moment", "\"reachable moment\"", "exclu*", "training -NRM", "section:generic missing"]

for (name, copies) in [("Child J", 1), ("Child J ×1000", 1000)] {
    let text = copies == 1 ? baseText : SyntheticDocument.text(repeating: baseText, copies: copies)
    print("\(name): \(text.utf8.count / 1024) KB")
    var document = ReviewDocument(source: name)
    _ = measure("parse") { document = ReviewParser.parse(text, source: name) }
    print("  \(document.recommendations.count) recommendations")
    var index: SearchIndex?
    _ = measure("build search index") { index = SearchIndex(document: document) }
    guard let index else { continue }
    for query in queries {
        var worst = 0.0
        var typed = ""
        for character in query {
            typed.append(character)
            guard let parsed = try? SearchQuery(parsing: typed) else { continue }
            let start = DispatchTime.now().uptimeNanoseconds
            let result = index.run(parsed)
            _ = result.count(.recommendation(0))
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            if ProcessInfo.processInfo.environment["BENCH_VERBOSE"] != nil { print("    \(typed): \(elapsed) ms, \(result.matches.count) matches") }
            worst = max(worst, elapsed)
        }
        print(String(format: "  per keystroke, worst, %-28@ %9.3f ms", "'\(query)'" as NSString, worst))
    }
}
