import Foundation
import Testing

/// `casebook present` as a trainer runs it: it refuses ids the document lacks, starts at the first
/// recommendation it was given, keeps `--only` to this session and ends on `q`.
@Suite(.serialized, .tags(.commandLine))
struct PresentEndToEndTests {
    @Test func idsTheDocumentLacksAreErrorsNotASilentStart() throws {
        for (arguments, message) in [(["--from", "99"], "no recommendation 99 in "),
                                     (["--only", "12,13"], "no recommendations 12, 13 in "),
                                     (["--only", "3,12"], "no recommendation 12 in "),
                                     (["--only", "3,5", "--from", "7"], "--from 7 is not among --only 3,5"),
                                     (["--save-plan"], "--save-plan saves the --only plan")] {
            let run = try Subprocess.run(try CasebookBinary.path(), ["present"] + arguments, in: nil, environment: [:])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix("casebook: " + message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
        }
    }

    /// In a document coded E1, E2, PR1, PR2, --only and --from take the codes (any case) as show does:
    /// a code it lacks is one line and exit 2; codes it has get as far as needing a terminal.
    @Test func codesAreIdsForOnlyAndFrom() throws {
        let ashby = Installation.repository.appendingPathComponent("Tests/TestFixtures/Fixtures/ashby-letter-codes.txt").path
        for (arguments, message) in [(["--only", "PR9"], "no recommendation PR9 in \(ashby) (it has E1 to PR2)"),
                                     (["--from", "x1"], "no recommendation X1 in "),
                                     (["--only", "E1,PR1", "--from", "PR2"], "--from PR2 is not among --only E1,PR1"),
                                     (["--only", "pr2,2", "--from", "PR2"], "present needs a terminal"),
                                     (["--from", "PR1"], "present needs a terminal")] {
            let run = try Subprocess.run(try CasebookBinary.path(), ["present"] + arguments + [ashby], in: nil, environment: [:])
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.hasPrefix("casebook: " + message), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
        }
        let show = try Subprocess.run(try CasebookBinary.path(), ["show", "pr2", ashby], in: nil, environment: [:])
        #expect(show.status == 0 && show.stdout.contains("GP practices should flag"), "\(show.stderr)")
        // Tab offers the codes: PR1 and PR2, not the 1 and 2 that E1 and E2 also have.
        let completion = try Subprocess.run(try CasebookBinary.path(), ["---completion", "present", "--", "--only", "4", "2",
                                                                         "casebook", "present", ashby, "--only", "pr"], in: nil, environment: [:])
        #expect(completion.stdout.split(separator: "\n") == ["PR1", "PR2"], "\(completion.stderr)")
    }

    /// Tab finds the document wherever it is on the line: before the id being typed, or after it
    /// (`casebook present --only pr<Tab> FILE`). The shells pass every word; the cursor's place is the
    /// count of characters before it in the word being completed.
    @Test func completionFindsTheDocumentAfterTheWordBeingCompleted() throws {
        let ashby = Installation.repository.appendingPathComponent("Tests/TestFixtures/Fixtures/ashby-letter-codes.txt").path
        for (words, index, cursor, expected) in [
            (["casebook", "present", ashby, "--only", "pr"], 4, 2, ["PR1", "PR2"]),
            (["casebook", "present", "--only", "pr", ashby], 3, 2, ["PR1", "PR2"]),
            (["casebook", "present", "--only", "E1,p", ashby], 3, 4, ["E1,PR1", "E1,PR2"]),
            // The cursor after "p" of "pr2": what follows it is not yet typed over.
            (["casebook", "present", "--only", "pr2", ashby], 3, 1, ["PR1", "PR2"]),
            (["casebook", "present", "--from", "e", ashby, "--only", "PR1"], 3, 1, ["E1", "E2"]),
        ] {
            let option = words[index - 1]
            let run = try Subprocess.run(try CasebookBinary.path(), ["---completion", "present", "--", option, "\(index)", "\(cursor)"] + words,
                                         in: nil, environment: [:])
            #expect(run.stdout.split(separator: "\n").map(String.init) == expected, "\(words): \(run.stderr)")
        }
    }

    @Test func presentOnlyStartsAtOneOfThreeAndQEndsIt() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-present-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(arguments: ["present", "--only", "3,5,7"], environment: ["XDG_DATA_HOME": data.path],
                                      width: 80, height: 24)
        defer { session.close() }
        try session.waitFor("1 / 3")
        try session.type("n")
        try session.waitFor("2 / 3")
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
        // --only was for that session: the handout still holds every recommendation.
        let handout = try Subprocess.run(try CasebookBinary.path(), ["export", "--notes"], in: nil,
                                         environment: ["XDG_DATA_HOME": data.path])
        #expect(handout.stdout.contains("## Recommendation 10"))
    }
}
