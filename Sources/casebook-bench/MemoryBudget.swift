import Content
import Foundation
import Learning
import Reports
import Search
import TUICore

// Peak memory of opening a large document, against the budget of 4× its text plus 30 MB. Each
// measure runs in a fresh process (this program started again with `memoryChildFlag`), so the
// peak is that of opening the document alone, as `casebook FILE` would, not of the bench.
enum MemoryBudget {
    static let childFlag = "--peak-memory-of"

    /// What a child process measures, each as the command does it: loading (what every command does
    /// first); the browser's first frame at 80×24, and a search typed at its `/` once every
    /// recommendation's facts are derived (in the background, as the browser derives them), and its tracker;
    /// `casebook search`; `casebook glossary`; `casebook export --format json`. Output goes to /dev/null, a piece at a time where the command streams it.
    enum Measure: String, CaseIterable {
        case load = "load and parse"
        case browser = "open in the browser, first frame"
        /// The search index is built when a search first needs it: a reader who searches holds it too.
        case browserSearch = "the browser, facts derived / training"
        /// The tracker lists every commitment (140,000 in the 60 MB document).
        case browserTracker = "the browser, facts derived / C"
        case search = "casebook search training"
        case glossary = "casebook glossary"
        case export = "casebook export --format json"
    }

    static func budgetKB(forTextBytes bytes: Int) -> Int { (4 * bytes + 30 * 1_048_576) / 1024 }

    /// Issue 14's other shape: 100,000 recommendation headings and nothing else (about 1.7 MB).
    static func headings(_ count: Int = 100_000) -> String {
        (["Anytown Safeguarding Children Partnership", "", "Response to the Review of Child H", ""]
            + (1...count).map { "Recommendation \($0)" }).joined(separator: "\n") + "\n"
    }

    /// In the child: does the measure on `path` and prints its peak resident size in KB.
    static func runChild(_ arguments: [String]) -> Never {
        guard arguments.count == 2, let measure = Measure(rawValue: arguments[0]) else {
            print("usage: casebook-bench \(childFlag) " + Measure.allCases.map { "'\($0.rawValue)'" }.joined(separator: "|") + " FILE")
            exit(2)
        }
        do {
            let document = try DocumentLoader.load(path: arguments[1])
            let sink = FileHandle(forWritingAtPath: "/dev/null")!
            func write(_ text: String) { sink.write(Data(text.utf8)) }
            switch measure {
            case .load:
                break
            case .browser:
                _ = firstFrame(of: document)
            case .browserSearch, .browserTracker:
                var browser = firstFrame(of: document)
                // A person reads before searching: the facts derived in the background are held by then
                // (waited for, not derived here: this machine's speed does not change what is measured).
                while !browser.factsDerived { usleep(20_000) }
                for character in measure == .browserTracker ? "C" : "/training" {
                    _ = browser.update(.input(.character(character)))
                    _ = browser.draw()
                }
            case .search:
                let result = SearchIndex(document: document).run(try SearchQuery(parsing: "training"))
                write(SearchReport.lines(for: result, in: document, width: 80, marks: .brackets).joined(separator: "\n"))
            case .glossary:
                write(GlossaryReport.lines(for: LearningIndex(document: document), width: 80).joined(separator: "\n"))
            case .export:
                try JSONExporter.export(document, to: write)
            }
            print(peakResidentKB())
            exit(0)
        } catch let error as LoadError {
            print(error.message)
            exit(2)
        } catch {
            print(error)
            exit(2)
        }
    }

    private static func firstFrame(of document: ReviewDocument) -> Browser {
        var browser = Browser(document: document, noteIDs: NoteIDSource(seed: 0), width: 80, height: 24)
        _ = browser.draw()
        return browser
    }

    /// Writes `text` to a temporary file and measures each way of opening it in a child process.
    /// Returns false when a measure is over budget or fails.
    static func check(text: String, label: String) -> Bool {
        let path = NSTemporaryDirectory() + "casebook-bench-\(getpid()).txt"
        defer { unlink(path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            print("  cannot write \(path)")
            return false
        }
        let budget = budgetKB(forTextBytes: text.utf8.count)
        let megabytes = String(format: "%.1f", Double(text.utf8.count) / 1_048_576)
        print("\(label): \(megabytes) MB; memory budget 4× the text + 30 MB = \(budget / 1024) MB")
        print("  \(linkage)")
        var withinBudget = true
        for measure in Measure.allCases {
            guard let peak = peakOfChild(measure, path: path) else {
                print("  \(measure.rawValue): the measuring process failed")
                withinBudget = false
                continue
            }
            let verdict = peak <= budget ? "ok" : "OVER BUDGET"
            print("  \(measure.rawValue): peak \(peak / 1024) MB resident (budget \(budget / 1024) MB) \(verdict)")
            if peak > budget { withinBudget = false }
        }
        return withinBudget
    }

    private static func peakOfChild(_ measure: Measure, path: String) -> Int? {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = [childFlag, measure.rawValue, path]
        let output = Pipe()
        child.standardOutput = output
        do { try child.run() } catch { return nil }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else { return nil }
        return Int(String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// How the Swift runtime is linked into this bench, said beside the figures: installed casebook is
    /// linked statically (`Scripts/install`), which keeps about 5 MB of shared-library pages out of its
    /// resident size, so figures from a dynamic build overstate what a user's casebook holds.
    static var linkage: String {
        #if os(Linux)
        // Read to its end: /proc files report a size of 0, and a read sized by that stops short.
        let maps = FileHandle(forReadingAtPath: "/proc/self/maps").map { String(decoding: $0.readDataToEndOfFile(), as: UTF8.self) } ?? ""
        return maps.contains("libswiftCore.so")
            ? "Swift runtime linked dynamically (build with --static-swift-stdlib to measure casebook as installed)"
            : "Swift runtime linked statically, as Scripts/install builds casebook"
        #else
        return "Swift runtime as this platform links it"
        #endif
    }

    /// This process's peak resident size so far, in KB. On Linux from /proc (VmHWM), not getrusage:
    /// its ru_maxrss survives exec, so a child would report the bench's own peak.
    private static func peakResidentKB() -> Int {
        #if os(macOS)
        var usage = rusage()
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / 1024  // bytes there
        #else
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? 0
        #endif
    }
}
