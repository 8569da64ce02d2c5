import Content
import Foundation
import Library
import Search

// The library at scale, against the budgets: import 1,000 synthetic reviews (about 50 MB),
// re-add them unchanged, list a 2,000-document library (no parsing), search it, the file's size per MB
// of text, and the browser on it: the library screen's first frame, each key of `/` as it is typed,
// and the memory while browsing. Run in a release build, on a quiet machine if there is one:
//   swift build -c release --product casebook-library-bench && .build/release/casebook-library-bench [COUNT]
// `--search LIBRARY`, `--browse LIBRARY` and `--matrix LIBRARY [t|a|C|M]` measure a library already made;
// `--keys LIBRARY QUERY [TIMES]` types one query again and again (for a profiler);
// `--identity [COUNT]` times parsing the generated reviews and working out their notes identities, apart.
// `--long-passage [PARAGRAPHS]` times only the search of one recommendation of 80,000 paragraphs (also at the end of a run).
// Figures are recorded in the README.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds, cpu = threadCPU()
    try body()
    lastCPU = threadCPU() - cpu
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The processor time this thread has used, in seconds: on a machine shared with other work it moves
/// far less with the load than the wall clock, so two builds compare by it (the budgets are wall clock).
func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The processor time of the last `seconds`, and the median of the last `median`'s runs.
nonisolated(unsafe) var lastCPU = 0.0
nonisolated(unsafe) var medianCPU = 0.0

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var cpu: [Double] = []
    let wall = try (0..<runs).map { _ in
        let time = try seconds(body)
        cpu.append(lastCPU)
        return time
    }
    medianCPU = cpu.sorted()[runs / 2]
    return wall.sorted()[runs / 2]
}

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 1000
// `--search LIBRARY`: only the listing and search figures, on a library already made.
let existing = CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--search" ? CommandLine.arguments[2] : nil
// `--browse LIBRARY`: only the browser's figures, in a process of their own (so the memory is the browser's).
let browsed = CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--browse" ? CommandLine.arguments[2] : nil
// `--matrix LIBRARY [t|a|C|M]`: the themes × reviews matrix from the store; with a key, the library screen's view.
let matrixOf = CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--matrix" ? CommandLine.arguments[2] : nil
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-library-bench-\(getpid())").path
// CASEBOOK_LIBRARY_BENCH_KEEP=1 keeps the generated reviews and library, for `--search` and `--browse`.
let keep = ProcessInfo.processInfo.environment["CASEBOOK_LIBRARY_BENCH_KEEP"] == "1"
defer { if !keep { try? FileManager.default.removeItem(atPath: folder) } }
var over: [String] = []

@MainActor func report(_ name: String, _ value: Double, budget: Double?, unit: String = "s") {
    let figure = unit == "ms" ? String(format: "%8.1f ms", value * 1000)
        : unit == "MB" ? String(format: "%8.1f MB", value) : String(format: "%8.2f s ", value)
    let limit = budget.map {
        unit == "ms" ? String(format: "budget %.0f ms", $0 * 1000) : String(format: "budget %.0f ", $0) + (unit == "MB" ? "MB" : "s")
    } ?? ""
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + figure + "  " + limit)
    if let budget, value > budget { over.append(name) }
}

/// Writes `count` reviews into `batch` and returns their paths and total bytes.
@MainActor func generate(_ batch: String, from first: Int) throws -> ([String], Int) {
    try FileManager.default.createDirectory(atPath: folder + "/" + batch, withIntermediateDirectories: true)
    var generator = SyntheticReview.Generator(seed: UInt64(first + 1))
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
    // The last four carry learning facets, answered from the store's table of derived learning.
    let queries = ["exclusion", "county lines police", "\"safe sleep\" year:2015..2020", "superv* org:northmoor",
                   "superv* status:planned org:northmoor", "exclusion has:response status:done",
                   "county lines agency:police -status:completed year:2018..2022", "missing theme:\"missing children\" agency:police"]
    for query in queries {
        var found: LibrarySearchResult?
        report("search \(query)", try median(7) {
            found = try store.search(SearchQuery(parsing: query), documentLimit: 30)
        }, budget: 0.2, unit: "ms")
        guard let result = found else { continue }
        // The digest proves a change of speed kept the results and their order.
        print("  \(result.groups.count + result.moreDocuments) documents matched, \(result.totalCount) matches shown in their groups, "
              + "results digest \(ResultDigest.of(result)); processor time " + String(format: "%.1f ms", medianCPU * 1000))
    }
}

/// The library screen's figures: first frame (median of 7), each key of `/` for a few queries (the
/// slowest key of each, and the median key of all), and the resident memory after browsing.
@MainActor func browse(_ path: String) throws {
    // Reviews opened while browsing keep their notes in a folder of the bench's, not the user's.
    setenv("XDG_DATA_HOME", folder + "/data", 1)
    setenv("XDG_CONFIG_HOME", folder + "/config", 1)
    var browsing = try BrowsingMeasures.open(path)
    let documents = try browsing.catalog.entries().count
    report("library screen's first frame, \(documents) documents", try median(7) { _ = try BrowsingMeasures.open(path) },
           budget: 0.1, unit: "ms")
    print("  documents parsed to draw it: \(browsing.catalog.parsed)")
    print("  read ahead after the first frame, off the terminal loop (the learning facets' table): "
          + String(format: "%.1f ms", BrowsingMeasures.prepareSearch(browsing) * 1000))
    // The last is a word in nearly every passage: its counting stops at the bound.
    let queries = ["exclusion", "county lines police", "supervision of staff", "missing episodes", "superv", "the"]
    var all: [Double] = []
    for query in queries {
        // The second typing of a query is the one measured: the first warms SQLite's page cache.
        _ = BrowsingMeasures.typing(query, in: &browsing)
        let keys = BrowsingMeasures.typing(query, in: &browsing)
        all += keys
        let slowest = keys.indices.max { keys[$0] < keys[$1] } ?? 0
        report("  /\(query): slowest of \(keys.count) keys", keys[slowest], budget: 0.016, unit: "ms")
        print("    the slowest: /\(query.prefix(slowest)); the keys in ms: " + keys.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "))
        print("    their processor time in ms: " + BrowsingMeasures.lastTypingCPU.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "))
    }
    report("library search, median key (query + frame)", all.sorted()[all.count / 2], budget: 0.016, unit: "ms")
    // With learning facets: each key of the facet resolves it again (the words after it do not): apart from the median.
    for (index, query) in ["exclusion status:planned", "county lines agency:police -status:completed"].enumerated() {
        let first = BrowsingMeasures.typing(query, in: &browsing)
        if index == 0 {
            // Read ahead after the first frame: the first faceted key finds the recommendations' learning ready.
            let key = first.indices.max { first[$0] < first[$1] } ?? 0
            print("  the slowest key of the first faceted typing: "
                  + String(format: "%.1f ms", first[key] * 1000) + " (/\(query.prefix(key)))")
        }
        let keys = BrowsingMeasures.typing(query, in: &browsing)
        let slowest = keys.indices.max { keys[$0] < keys[$1] } ?? 0
        report("  /\(query): slowest of \(keys.count) keys", keys[slowest], budget: 0.016, unit: "ms")
        print("    the slowest: /\(query.prefix(slowest)); the keys in ms: " + keys.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "))
        print("    their processor time in ms: " + BrowsingMeasures.lastTypingCPU.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " "))
    }
    print("  documents parsed while searching: \(browsing.catalog.parsed)")
    let memory = BrowsingMeasures.browse(&browsing, queries: queries)
    report("resident memory after browsing (peak \(memory.peak / 1024) MB)", Double(memory.resident) / 1024, budget: 150, unit: "MB")
    print("  documents parsed while browsing (3 reviews opened): \(browsing.catalog.parsed)")
}

/// Where an import's time goes, in part: parsing each review, and then its notes identity (title key and
/// the fingerprint of every recommendation's text), each summed over the reviews, in memory.
@MainActor func identities(_ count: Int) {
    var generator = SyntheticReview.Generator(seed: 1)
    var parsing = 0.0, identifying = 0.0
    var keys = 0
    for index in 0..<count {
        let text = SyntheticReview(index: index, generator: &generator).text
        var document: ReviewDocument?
        parsing += seconds { document = ReviewParser.parse(text, source: "review-\(index).txt") }
        guard let document else { continue }
        identifying += seconds { keys &+= DocumentIdentity(document).fingerprint.hashes.count }
    }
    report("parse \(count) generated reviews", parsing, budget: nil)
    report("their notes identities", identifying, budget: nil)
    print("  \(keys) fingerprint hashes")
}

do {
    if CommandLine.arguments.dropFirst().first == "--identity" {
        identities(CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 1000)
        exit(0)
    }
    if CommandLine.arguments.dropFirst().first == "--long-passage" {
        try LongPassageMeasures.measure(paragraphs: CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 80_000,
                                        in: folder + "/long")
        exit(over.isEmpty ? 0 : 1)
    }
    if let matrixOf {
        setenv("XDG_DATA_HOME", folder + "/data", 1)
        setenv("XDG_CONFIG_HOME", folder + "/config", 1)
        try MatrixMeasures.measure(matrixOf, key: CommandLine.arguments.dropFirst(3).first?.first)
        exit(over.isEmpty ? 0 : 1)
    }
    if CommandLine.arguments.count > 3 && CommandLine.arguments[1] == "--keys" {
        setenv("XDG_DATA_HOME", folder + "/data", 1)
        setenv("XDG_CONFIG_HOME", folder + "/config", 1)
        try KeyProfile.measure(CommandLine.arguments[2], query: CommandLine.arguments[3],
                               times: CommandLine.arguments.dropFirst(4).first.flatMap(Int.init) ?? 9)
        exit(0)
    }
    if let browsed {
        try browse(browsed)
        exit(over.isEmpty ? 0 : 1)
    }
    if let existing {
        // The first opening brings a library made by an older casebook up to date (its migrations).
        var store: LibraryStore?
        let opening = try seconds { store = try LibraryStore.open(path: existing) }
        print("first opening (with any migrations)".padding(toLength: 44, withPad: " ", startingAt: 0)
              + String(format: "%8.1f ms, processor time %.1f ms", opening * 1000, lastCPU * 1000))
        guard let store else { exit(1) }
        try listAndSearch(existing, store)
        exit(over.isEmpty ? 0 : 1)
    }
    if keep { print("generating into \(folder), which is kept") }
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
    // As `casebook add` does when it ends: the write-ahead log folded into the file.
    store.checkpoint()
    try listAndSearch(path, store)
    // The browser's figures in a process of their own.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["--browse", path]
    fflush(nil)  // what was printed so far, before the child prints (fflush(nil) flushes every stream)
    try child.run()
    child.waitUntilExit()
    if child.terminationStatus != 0 { over.append("the browser's figures") }
    try LongPassageMeasures.measure(paragraphs: 80_000, in: folder + "/long")
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
