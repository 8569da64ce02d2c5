import Foundation
import Testing

/// Word files opened as a user opens them: the browser at 80×24 and 40×12, `list`, `show`, `check`
/// and `export`, and one line with exit 2 for a damaged file.
@Suite(.tags(.commandLine))
struct WordEndToEndTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TestFixtures/Fixtures/docx/\(name)").path
    }

    let response = Self.fixture("northmoor-child-s-response.docx")

    @Test func commandsReadTheResponse() throws {
        let binary = try CasebookBinary.path()
        let list = try Subprocess.run(binary, ["list", response])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == " 1  Hearing the child\n 2  Escalation\n 3  Support for kinship carers\n")
        let show = try Subprocess.run(binary, ["show", "2", response])
        #expect(show.stdout.contains("Recommendation 2: Escalation"))
        #expect(show.stdout.contains("(c) the partnership receives a yearly report on escalations."))
        let check = try Subprocess.run(binary, ["check", response])
        #expect(check.stdout.contains("3 recommendations (1–3), 3 parts"))
        #expect(check.stdout.contains("furniture removed: 2 lines (2 running headers)"))
        #expect(check.stdout.contains("tracked changes"))
        let export = try Subprocess.run(binary, ["export", "--format", "json", response])
        #expect(export.status == 0)
        #expect(export.stdout.contains("check it before the meeting closes.[2]") && !export.stdout.contains("OFFICIAL"))
    }

    @Test func aDamagedFileIsOneLineAndExitTwo() throws {
        let path = Self.fixture("damaged-truncated.docx")
        let run = try Subprocess.run(try CasebookBinary.path(), ["list", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "casebook: \(path): is a damaged Word document (not a readable ZIP package)\n")
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func theBrowserOpensIt(_ size: (width: Int, height: Int)) throws {
        let session = try TmuxSession(arguments: [response], width: size.width, height: size.height)
        defer { session.close() }
        try session.waitUntil("the response's outline is shown", timeout: .seconds(20)) {
            $0.contains("Introduction") && $0.contains("help")
        }
        // At 40×12 the stty report after exit does not fit the pane; the exit is checked at 80×24.
        if size.height >= 24 {
            try session.sendKeys("q")
            #expect(try session.waitForExit().status == 0)
        }
    }
}
