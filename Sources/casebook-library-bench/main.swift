import Content
import Foundation
import Library
import Search

// The library at scale, against the budgets: import 1,000 synthetic reviews (about 50 MB),
// re-add them unchanged, list a 2,000-document library (no parsing), search it, and the file's size
// per MB of text. Run in a release build, on a quiet machine if there is one:
//   swift build -c release --product casebook-library-bench && .build/release/casebook-library-bench [COUNT]
// Figures are recorded in the README.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    try (0..<runs).map { _ in try seconds(body) }.sorted()[runs / 2]
}

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000
// `--search LIBRARY`: only the listing and search figures, on a library already made.
let existing = CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--search" ? CommandLine.arguments[2] : nil
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-library-bench-\(getpid())").path
defer { try? FileManager.default.removeItem(atPath: folder) }
var over: [String] = []

@MainActor func report(_ name: String, _ value: Double, budget: Double?, unit: String = "s") {
    let figure = unit == "ms" ? String(format: "%8.1f ms", value * 1000) : String(format: "%8.2f s ", value)
    let limit = budget.map { unit == "ms" ? String(format: "budget %.0f ms", $0 * 1000) : String(format: "budget %.0f s", $0) } ?? ""
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + figure + "  " + limit)
    if let budget, value > budget { over.append(name) }
}

/// Writes `count` reviews into `batch` and returns their paths and total bytes.
@MainActor func generate(_ batch: String, from first: Int) throws -> ([String], Int) {
    try FileManager.default.createDirectory(atPath: folder + "/" + batch, withIntermediateDirectories: true)
    var generator = SyntheticReview.Generator(state: UInt64(first + 1))
    var paths: [String] = []
    var bytes = 0
    for index in first..<(first + count) {
        let text = SyntheticReview(index: index, generator: &generator).text
        let path = folder + "/\(batch)/review-\(index).txt"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        paths.append(path)
        bytes += text.utf8.count
    }
    return (paths, bytes)
}

@MainActor func listAndSearch(_ path: String, _ store: LibraryStore) throws {
    let documents = try store.listing().count
    report("open the \(documents)-document library and list it", try median(7) {
        _ = try LibraryStore.open(path: path).listing()
    }, budget: 0.1, unit: "ms")
    for query in ["exclusion", "county lines police", "\"safe sleep\" year:2015..2020", "superv* org:northmoor"] {
        var groups = 0
        report("search \(query)", try median(7) {
            let result = try store.search(SearchQuery(parsing: query), documentLimit: 30)
            groups = result.groups.count + result.moreDocuments
        }, budget: 0.2, unit: "ms")
        print("  \(groups) documents matched")
    }
}

do {
    if let existing {
        try listAndSearch(existing, try LibraryStore.open(path: existing))
        exit(over.isEmpty ? 0 : 1)
    }
    let (first, firstBytes) = try generate("first", from: 0)
    print("generated \(count) reviews, \(firstBytes / 1_048_576) MB, \(firstBytes / count / 1024) KB on average")
    let path = folder + "/library.sqlite"
    let store = try LibraryStore.open(path: path)
    var summary = LibraryImporter.Summary()
    report("import \(count) documents", try seconds { summary = try LibraryImporter(store: store).add(first) }, budget: 60)
    print("  " + summary.line)
    report("re-add them unchanged", try seconds { summary = try LibraryImporter(store: store).add(first) }, budget: 2)
    print("  " + summary.line)
    let (second, secondBytes) = try generate("second", from: count)
    report("import \(count) more", try seconds { _ = try LibraryImporter(store: store).add(second) }, budget: nil)
    try listAndSearch(path, store)
    store.checkpoint()
    func size(_ file: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0 }
    let fileSize = size(path) + size(path + "-wal")
    let textMB = Double(firstBytes + secondBytes) / 1_048_576
    print(String(format: "library file: %.1f MB for %.1f MB of text: %.2f MB per MB", Double(fileSize) / 1_048_576, textMB,
                 Double(fileSize) / 1_048_576 / textMB))
} catch {
    print("casebook-library-bench: \(error)")
    exit(2)
}
if !over.isEmpty {
    print("over budget: " + over.joined(separator: ", "))
    exit(1)
}
