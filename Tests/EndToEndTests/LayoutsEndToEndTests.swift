import Foundation
import Testing

/// Issue 11: a letter-coded document with a subtitle line, through list, show, check and export.
@Suite(.tags(.commandLine))
struct LayoutsEndToEndTests {
    static let document = """
        Ashby Safeguarding Children Partnership

        Thematic review of neglect

        Action plan, second edition

        E1. Early help should use the neglect screening tool at the first visit.

        Agreed. The tool is now part of the assessment.

        PR1. Schools should record concerns about younger siblings.

        Government response
        Partially accepted. Most schools now do this.

        """

    func file() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("ashby.txt")
        try Data(Self.document.utf8).write(to: url)
        return url.path
    }

    func casebook(_ arguments: [String]) throws -> Subprocess {
        try Subprocess.run(try CasebookBinary.path(), arguments)
    }

    @Test func codesAreListedAndShownAsWritten() throws {
        let path = try file()
        let list = try casebook(["list", path])
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix(" E1  Early help") && list.stdout.contains("\nPR1  Schools should"), "\(list.stdout)")
        let show = try casebook(["show", "PR1", path])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("PR1\n") && show.stdout.contains("\nStated: Partially accepted\n"), "\(show.stdout)")
        #expect(show.stdout.contains("\nGovernment response\n"))
        let check = try casebook(["check", path])
        #expect(check.status == 0 && check.stdout.contains("2 recommendations"), "\(check.stdout)")
    }

    @Test func theSubtitleAndTheStatedStatusReachTheExports() throws {
        let path = try file()
        let json = try casebook(["export", "--format", "json", path])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(root["titleLines"] as? [String] == ["Ashby Safeguarding Children Partnership", "Thematic review of neglect", "Action plan, second edition"])
        let recommendations = (root["sections"] as? [[String: Any]] ?? []).flatMap { $0["recommendations"] as? [[String: Any]] ?? [] }
        #expect(recommendations.compactMap { $0["heading"] as? String } == ["E1.", "PR1."])
        #expect(recommendations.compactMap { ($0["statedStatus"] as? [String: Any])?["kind"] as? String } == ["agreed", "partially accepted"])
        let markdown = try casebook(["export", "--format", "markdown", path])
        for line in ["Thematic review of neglect", "### E1", "### PR1", "**Government response**", "**Response**"] {
            #expect(markdown.stdout.contains(line), "\(line) missing from \(markdown.stdout)")
        }
    }
}
