import Foundation
import Testing

/// Saved web pages through the built binary: the page's title, not its path; an error page refused in one line.
@Suite(.tags(.commandLine))
struct WebPageEndToEndTests {
    private func page(_ name: String, _ html: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(html.utf8).write(to: url)
        return url.path
    }

    @Test func aPageOpensUnderItsOwnTitle() throws {
        let path = try page("saved.html", """
            <!doctype html><html><head><title>Child U | Anytown Safeguarding Partnership</title></head>
            <body><nav><a href="/">Home</a></nav><main><p>The partnership accepted the findings.</p></main></body></html>
            """)
        let run = try Subprocess.run(try CasebookBinary.path(), ["export", "--format", "json", path])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["title"] as? String == "Child U")
        #expect(!run.stdout.contains("Home"), "navigation is furniture")
        let check = try Subprocess.run(try CasebookBinary.path(), ["check", path])
        #expect(check.stdout.contains("web page furniture set aside: navigation"))
    }

    @Test func anErrorPageGetsOneLineAndExitTwo() throws {
        let path = try page("gone.html", "<html><title>Page not found</title><body><h1>Page not found</h1><p>Try the search.</p></body></html>")
        let run = try Subprocess.run(try CasebookBinary.path(), ["list", path])
        #expect(run.status == 2)
        #expect(run.stderr == "casebook: \(path): is an error page saved from a web site, not a document\n")
    }
}
