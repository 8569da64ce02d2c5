import Foundation
import Testing

/// One fixture of each format — PDF, Word, saved web page and plain text — opened as a user opens it:
/// in the browser (its title, a recommendation with its response, a learning view) and through `list`,
/// `show`, `search`, `export --format json` and `check`, with their exit codes and key lines.
@Suite(.serialized, .tags(.commandLine))
struct FormatsEndToEndTests {
    struct Fixture: Sendable, CustomStringConvertible {
        /// Under Tests/TestFixtures/Fixtures.
        var file: String
        var title: String
        var recommendations: Int
        /// Words of recommendation 1, and of its response.
        var recommendation: String
        var response: String
        /// A word found in recommendation 1 by `search`.
        var word: String
        /// The line `check` gives its counts on, after the path.
        var counts: String
        var description: String { file }

        var path: String { Installation.repository.appendingPathComponent("Tests/TestFixtures/Fixtures/\(file)").path }
    }

    static let fixtures = [
        Fixture(file: "pdf/kingsmere-child-t-response.pdf", title: "Partnership Response to the Child T Practice Review",
                recommendations: 6, recommendation: "raise a concern about neglect",
                response: "A short guide on neglect and missed appointments", word: "appointments",
                counts: "6 recommendations (1–6)"),
        Fixture(file: "pdf/ashcombe-two-column-briefing.pdf", title: "Seven Minute Briefing: Child R",
                recommendations: 2, recommendation: "hold one multi-agency meeting",
                response: "The exploitation panel now meets weekly", word: "exploitation",
                counts: "2 recommendations (1–2)"),
        Fixture(file: "docx/northmoor-child-s-response.docx", title: "Northmoor Safeguarding Children Partnership",
                recommendations: 3, recommendation: "the views of children are recorded",
                response: "The strategy meeting template now has a section", word: "strategy",
                counts: "3 recommendations (1–3)"),
        Fixture(file: "html/eastvale-child-w-action-plan.html", title: "Child W: partnership action plan",
                recommendations: 5, recommendation: "use one screening tool for child exploitation",
                response: "The screening tool was adopted by all agencies", word: "screening",
                counts: "5 recommendations (1–5)"),
        Fixture(file: "kingsmere-numbered-agreed.txt", title: "Response to the Child Safeguarding Practice Review of Baby D",
                recommendations: 3, recommendation: "pre-birth assessments consider every adult",
                response: "revised its pre-birth assessment guidance", word: "midwifery",
                counts: "3 recommendations (1–3)"),
    ]

    @Test(arguments: fixtures)
    func theBrowserShowsARecommendationWithItsResponse(_ fixture: Fixture) throws {
        let session = try TmuxSession(arguments: [fixture.path], width: 80, height: 24)
        defer { session.close() }
        try session.waitUntil("the document is shown under its title", timeout: .seconds(20)) {
            Self.readerPane($0).contains(fixture.title) && $0.contains("help")
        }
        try session.type(":1")
        try session.sendKeys("Enter")
        try session.waitFor("Recommendation 1 of \(fixture.recommendations)")
        try session.waitUntil("recommendation 1 and its response are shown") {
            Self.readerPane($0).contains(fixture.recommendation) && Self.readerPane($0).contains(fixture.response)
        }
        // A learning view: what casebook derived for this recommendation, and the words behind it.
        try session.type("e")
        try session.waitFor("Recommendation 1: what casebook derived, and why")
        try session.sendKeys("Escape")
        // Closed before the next key, or Escape and "q" together would read as Alt-q.
        try session.waitUntil("the evidence is closed") { !$0.contains("what casebook derived") }
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test(arguments: fixtures)
    func theCommandsReadIt(_ fixture: Fixture) throws {
        let binary = try CasebookBinary.path()
        let list = try Subprocess.run(binary, ["list", fixture.path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").count == fixture.recommendations, "\(list.stdout)")
        #expect(list.stdout.hasPrefix(" 1  "), "\(list.stdout)")

        let show = try Subprocess.run(binary, ["show", "1", fixture.path])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(Self.flat(show.stdout).contains(fixture.recommendation), "\(show.stdout)")
        #expect(Self.flat(show.stdout).contains(fixture.response), "\(show.stdout)")

        let search = try Subprocess.run(binary, ["search", fixture.word, fixture.path])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains(fixture.word), "\(search.stdout)")

        let export = try Subprocess.run(binary, ["export", "--format", "json", fixture.path])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect(json["title"] as? String == fixture.title)
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.compactMap { ($0["recommendations"] as? [Any])?.count }.reduce(0, +) == fixture.recommendations)
        #expect(export.stdout.contains(fixture.response))

        let check = try Subprocess.run(binary, ["check", fixture.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("\(fixture.path): "), "\(check.stdout)")
        #expect(check.stdout.contains(fixture.counts), "\(check.stdout)")
    }

    /// A file casebook cannot read — encrypted, damaged, a scan with no text layer, an error page, or
    /// none of the formats whatever its name says — gets one line saying which, and exit 2, from every
    /// command and from the browser, and nothing on stdout.
    @Test func everyCommandRefusesAnUnreadableFileInOneLine() throws {
        let scratch = CommandLineEndToEndTests()
        let files: [(path: String, message: String)] = [
            ("pdf/password-protected.pdf", "is a password-protected PDF; casebook cannot read it"),
            ("pdf/scanned-no-text.pdf", "is a scanned PDF with no text layer"),
            ("pdf/damaged.pdf", "is a damaged PDF ("),
            ("docx/damaged-truncated.docx", "is a damaged Word document (not a readable ZIP package)"),
            ("docx/damaged-malformed-xml.docx", "is a damaged Word document (word/document.xml is not well-formed XML"),
            ("html/anytown-page-not-found.html", "is an error page saved from a web site, not a document"),
        ].map { (Installation.repository.appendingPathComponent("Tests/TestFixtures/Fixtures/\($0.0)").path, $0.1) } + [
            (try scratch.temporaryFile("scan.pdf", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])),
             "is a PNG image, not a document"),
            (try scratch.temporaryFile("plan.docx", Data("PK\u{3}\u{4}not a package".utf8)), "is a ZIP archive but not a Word (.docx) document"),
        ]
        let binary = try CasebookBinary.path()
        for (path, message) in files {
            for command in [["list"], ["show", "1"], ["search", "child"], ["export", "--format", "json"], ["check"], ["check", "--explain"]] {
                let run = try Subprocess.run(binary, command + [path])
                #expect(run.status == 2, "\(command) \(path)")
                #expect(run.stderr.hasPrefix("casebook: \(path): \(message)"), "\(command): \(run.stderr)")
                #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(command): \(run.stderr)")
                #expect(run.stdout.isEmpty, "\(command): \(run.stdout)")
            }
        }
        // The browser does not start on it: the same line, and exit 2.
        let session = try TmuxSession(arguments: [files[1].path], width: 80, height: 24)
        defer { session.close() }
        let exit = try session.waitForExit()
        #expect(exit.status == 2)
        // Compared without spaces, since the terminal wraps the line where it will.
        #expect(exit.stty.filter { !$0.isWhitespace }.contains("isascannedPDFwithnotextlayer"), "\(exit.stty)")
    }

    /// An output with its lines joined, so that a phrase wrapped over two lines is found.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The reader pane, right of the outline's border, its lines joined.
    static func readerPane(_ screen: String) -> String {
        flat(screen.split(separator: "\n").map { $0.split(separator: "│", omittingEmptySubsequences: false).last.map(String.init) ?? "" }
            .joined(separator: "\n"))
    }
}
