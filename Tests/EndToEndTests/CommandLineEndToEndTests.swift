import Foundation
import Testing

/// The command line as a script or a user runs it: output, exit codes, one-line errors.
@Suite(.tags(.commandLine))
struct CommandLineEndToEndTests {
    typealias Run = Subprocess

    /// Runs casebook with arguments, stdin from /dev/null, in `directory`.
    func casebook(_ arguments: [String], in directory: String? = nil, binary: String? = nil,
                  environment: [String: String] = [:]) throws -> Run {
        try Subprocess.run(try binary ?? CasebookBinary.path(), arguments, in: directory, environment: environment)
    }

    func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test func exportGivesTheWholeModel() throws {
        let run = try casebook(["export", "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.count == 2)
        let recommendations = sections.flatMap { $0["recommendations"] as? [[String: Any]] ?? [] }
        #expect(recommendations.compactMap { $0["number"] as? Int } == Array(1...10))
        let parts = recommendations.flatMap { $0["parts"] as? [[String: Any]] ?? [] }.compactMap { $0["id"] as? String }
        #expect(parts == ["3a", "3b", "5a", "5b", "5c", "6a", "6b", "7a", "7b"])
        for recommendation in recommendations {
            #expect(!(recommendation["actions"] as? [Any] ?? []).isEmpty)
        }
    }

    @Test func aCopiedBinaryListsTheBuiltInDocumentFromTheRoot() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-copy-\(UUID().uuidString)")
        try Subprocess.copyExecutable(try CasebookBinary.path(), to: copy.path)
        defer { try? FileManager.default.removeItem(at: copy) }
        let run = try casebook(["list"], in: "/", binary: copy.path)
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 10)
        #expect(run.stdout.hasPrefix(" 1  The PSCP should highlight"))
    }

    @Test func badInputGetsOneLineAndExitTwo() throws {
        let empty = try temporaryFile("empty.txt", Data())
        let binary = try temporaryFile("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]))
        let cases: [([String], String)] = [
            (["list", "/nonexistent/review.txt"], "no such file"),
            (["list", "/tmp"], "is a directory"),
            (["list", empty], "is empty"),
            (["list", binary], "binary"),
            (["show"], "Missing expected argument"),
            (["show", "xx"], "not a recommendation id"),
            (["search", "\"unclosed"], "unclosed quote"),
            (["--no-such-option"], "Unknown option"),
        ]
        for (arguments, message) in cases {
            let run = try casebook(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix("casebook: "), "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("Fatal error"))
        }
    }

    @Test func anIdThatFindsNothingExitsOne() throws {
        let run = try casebook(["show", "12"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no recommendation 12"))
    }

    @Test func searchPrintsMarkedContextAndExitsByWhatItFound() throws {
        let found = try casebook(["search", "reachable moment"])
        #expect(found.status == 0)
        #expect(found.stdout.contains("[[reachable]]"))
        #expect(found.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("3") })
        let none = try casebook(["search", "zebra"])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        let json = try casebook(["search", "--json", "army"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"id\" : \"3b\""))
    }

    @Test func listFilterAppliesTheSameFilter() throws {
        let run = try casebook(["list", "--filter", "exclusion"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").map { $0.prefix(2) } == [" 7"])
    }

    @Test func aDocumentsLocalDataBesideItIsUsed() throws {
        let path = try temporaryFile("oakridge.txt", Data("""
            Oakridge Safeguarding Children Partnership

            Response to the Recommendations of the Review of Child R

            Recommendation 1

            The Local Authority should check the OFD record.

            Response:

            Done.

            """.utf8))
        let local = (path as NSString).deletingPathExtension + ".local.txt"
        try Data("[agencies]\nOakridge Borough Council: the Local Authority; Local Authority\n\n[glossary]\nOFD = Oakridge Front Door\n".utf8)
            .write(to: URL(fileURLWithPath: local))
        let glossary = try casebook(["glossary", path])
        #expect(glossary.stdout.contains("OFD  Oakridge Front Door (oakridge.local.txt, line 5; occurs in 1)"))
        #expect(try casebook(["list", "--filter", "agency:oakridge", path]).status == 0)
        try FileManager.default.removeItem(atPath: local)
        #expect(try casebook(["list", "--filter", "agency:oakridge", path]).status == 1)
        #expect(try casebook(["list", "--filter", "agency:\"local authority\"", path]).status == 0)
    }

    @Test func invalidUTF8IsReadWithAWarning() throws {
        let path = try temporaryFile("bad.txt", Data("Recommendation 1\n\nThe \u{FF} text.\n\nAction Taken:\n\nDone.\n".utf8.map { $0 } + [0xFF, 0x0A]))
        let run = try casebook(["list", path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("not valid UTF-8"))
    }

    @Test func plainTextWhenNotATerminal() throws {
        let run = try casebook([])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Recommendation 10"))
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test func controlCharactersInADocumentAreNeverWrittenRaw() throws {
        let path = try temporaryFile("hostile.txt", Data("Recommendation 1\n\nThe \u{1B}]0;pwned\u{07} \u{1B}[2J text.\n\nAction Taken:\n\nDone.\n".utf8))
        for arguments in [["list", path], ["show", "1", path], [path], ["export", "--format", "markdown", path]] {
            let run = try casebook(arguments)
            #expect(!run.stdout.contains("\u{1B}"), "\(arguments)")
            #expect(!run.stdout.contains("\u{07}"), "\(arguments)")
        }
    }

    @Test func presentNeedsATerminalAndSaysSo() throws {
        let run = try casebook(["present", "--only", "3,5"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("present needs a terminal"))
        let bad = try casebook(["present", "--only", "3,x"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("'x' is not a recommendation id"))
    }

    @Test func handoutWithNoNotesStillHoldsEveryRecommendationAndTheQuestions() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-xdg-\(UUID().uuidString)").path
        let run = try casebook(["export", "--notes"], environment: ["XDG_DATA_HOME": home])
        #expect(run.status == 0)
        #expect(run.stdout.contains("## Recommendation 10"))
        #expect(run.stdout.contains("How does this relate to your role?"))
        let json = try casebook(["export", "--notes", "--format", "json"], environment: ["XDG_DATA_HOME": home])
        #expect(json.status == 2)
    }
}
