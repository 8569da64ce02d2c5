import Foundation
import Testing

/// Issue 11 on the command line: a table's rows as recommendations, `check --explain`, and hints
/// given as options or in the document's `[parsing]` sidecar.
@Suite(.tags(.commandLine))
struct TablesAndHintsEndToEndTests {
    func casebook(_ arguments: [String]) throws -> Subprocess {
        try Subprocess.run(try CasebookBinary.path(), arguments, environment: ["COLUMNS": "100"])
    }

    func document(_ name: String, _ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let plan = """
        Ref\tRecommendation\tAction\tLead\tTarget\tRAG
        R1\tKeep the child's words in the record.\tAudit of case files.\tHealth\tMay 2025\tAmber
        R2\tTell schools when a child moves.\tProtocol drafted.\tEducation\tJune 2025\tGreen

        """

    @Test func tableRowsAreRecommendationsWithTheirFields() throws {
        let path = try document("plan.txt", Self.plan)
        let list = try casebook(["list", path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Keep the child's words") && list.stdout.contains("Tell schools"))
        let show = try casebook(["show", "2", path, "--no-pager"])
        #expect(show.stdout.contains("Lead: Education"))
        #expect(show.stdout.contains("Target: June 2025"))
        #expect(show.stdout.contains("RAG: Green"))
        let json = try casebook(["export", "--format", "json", path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let recommendations = (object["sections"] as? [[String: Any]] ?? []).flatMap { $0["recommendations"] as? [[String: Any]] ?? [] }
        #expect(recommendations.compactMap { ($0["statedStatus"] as? [String: Any])?["words"] as? String } == ["Amber", "Green"])
        #expect(recommendations.compactMap { $0["heading"] as? String } == ["R1", "R2"])
    }

    @Test func explainSaysWhatEachLineWasReadAs() throws {
        let path = try document("plan.txt", Self.plan)
        let run = try casebook(["check", "--explain", path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("how each line was read (lines of the file)") == true)
        #expect(lines.contains { $0.hasPrefix("  1  table header") })
        #expect(lines.contains { $0.hasPrefix("  2  recommendation 1") && $0.hasSuffix("(table row, tab-separated)") })
    }

    @Test func hintsFromOptionsAndFromTheSidecar() throws {
        // "AP-1" is a code no layout rule reads as a recommendation: only the hint does.
        let text = "AP-1 Screening\nAgencies should screen.\nBoard response: Agreed.\n\nAP-2 Returns\nOffer return interviews.\nBoard response: Done.\n"
        let path = try document("review.txt", text)
        let without = try casebook(["list", path])
        #expect(!without.stdout.contains("Screening"))
        let with = try casebook(["list", "--recommendations", #"AP-\d+"#, "--response-label", "Board response", path])
        #expect(with.status == 0)
        #expect(with.stdout.contains("1") && with.stdout.contains("Screening") && with.stdout.contains("Returns"))
        let sidecar = (path as NSString).deletingPathExtension + ".local.txt"
        try Data("[parsing]\nrecommendations: AP-\\d+\nresponse-label: Board response\n".utf8).write(to: URL(fileURLWithPath: sidecar))
        let explained = try casebook(["check", "--explain", path])
        #expect(explained.stdout.contains("(hint --recommendations)"))
        #expect(explained.stdout.contains("(hint --response-label)"))
        let check = try casebook(["check", path])
        #expect(!check.stdout.contains("warning"), "\(check.stdout)")
    }

    @Test func aBadPatternIsOneLineAndExitTwo() throws {
        let run = try casebook(["list", "--recommendations", "E(\\d+"])
        #expect(run.status == 2)
        #expect(run.stderr == "casebook: --recommendations 'E(\\d+' is not a valid regular expression\n")
        #expect(run.stdout.isEmpty)
    }
}
