import Foundation
import Testing

/// Issue 10, as a user runs it: `commitments` in each format, `show` with what casebook derived,
/// `show intro`, and `check` grouping a thousand repeated warnings.
@Suite(.tags(.commandLine))
struct DerivedLearningEndToEndTests {
    func casebook(_ arguments: [String]) throws -> Subprocess {
        try Subprocess.run(try CasebookBinary.path(), arguments)
    }

    @Test func commitmentsAsTextCSVAndJSON() throws {
        let text = try casebook(["commitments"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix(" 1  under way · due Q3 of 2021/22 · line 27\n    A tracking process"))
        let csv = try casebook(["commitments", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("recommendation,sentence,owner,due,status,line\r\n1,A tracking process"))
        let json = try casebook(["commitments", "--format", "json", "--filter", "agency:police"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["recommendation"] as? String == "4" })
    }

    @Test func commitmentsFindingNoneOrGivenABadFilter() throws {
        let none = try casebook(["commitments", "--filter", "status:completed"])
        #expect(none.status == 1)
        #expect(none.stderr == "casebook: no commitments in the recommendations matching status:completed\n")
        let bad = try casebook(["commitments", "--filter", "status:lost"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("casebook: bad filter: "))
        #expect(bad.stderr.split(separator: "\n").count == 1)
        let format = try casebook(["commitments", "--format", "xml"])
        #expect(format.status == 2)
    }

    @Test func showPrintsWhatCasebookDerivedAndIntroWorks() throws {
        let six = try casebook(["show", "6"])
        #expect(six.status == 0)
        #expect(six.stdout.contains("\nFor: PSCP\n"))
        #expect(six.stdout.contains("\nStatus (derived): in progress — ‘The PSCP should seek assurance on whether"))
        #expect(six.stdout.contains("\nUnanswered: 6b, line 100: the response does not mention this part\n"))
        let intro = try casebook(["show", "intro"])
        #expect(intro.status == 0)
        #expect(intro.stdout.contains("Introduction\n------------\n"))
    }

    @Test func checkGroupsAThousandNumberingGaps() throws {
        let text = (0...1_000).map { "Recommendation \($0 * 2 + 1)\n\nThe board should act.\n\nResponse:\n\nDone.\n" }.joined(separator: "\n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-gaps-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try casebook(["check", path])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 3, "\(run.stdout)")
        #expect(run.stdout.contains("  warning: numbering gap: Recommendation N missing before N (×1,000: line 9, line 17, line 25, …)\n"))
    }
}
