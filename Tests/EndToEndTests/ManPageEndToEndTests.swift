import Foundation
import Testing

/// The committed man page (Scripts/man/casebook.1, written by Scripts/generate-manual) is in step with
/// the binary's command-line definitions and with its hand-written sections.
@Suite(.tags(.commandLine))
struct ManPageEndToEndTests {
    /// The parts of `casebook --experimental-dump-help` (what the manual plugin reads) the page must show.
    struct Definitions: Decodable {
        struct Command: Decodable {
            var commandName: String
            var abstract: String?
            var arguments: [Argument]?
            var subcommands: [Command]?
        }
        struct Argument: Decodable {
            struct Name: Decodable { var kind: String; var name: String }
            var names: [Name]?
        }
        var command: Command
    }

    func page(_ name: String) throws -> String {
        try String(contentsOf: Installation.repository.appendingPathComponent("Scripts/man/" + name), encoding: .utf8)
    }

    @Test func thePageHasEveryCommandAndOptionTheBinaryHas() throws {
        let dump = try Subprocess.run(try CasebookBinary.path(), ["--experimental-dump-help"])
        let definitions = try JSONDecoder().decode(Definitions.self, from: Data(dump.stdout.utf8))
        let page = try page("casebook.1")
        let stale = "; run Scripts/generate-manual and commit Scripts/man/casebook.1"
        for command in [definitions.command] + (definitions.command.subcommands ?? []) {
            if command.commandName != "casebook" {
                #expect(page.contains(".It Em \(command.commandName)\n"), "the man page lacks the command \(command.commandName)\(stale)")
            }
            if let abstract = command.abstract {
                #expect(page.contains(abstract), "the man page lacks \"\(abstract)\"\(stale)")
            }
            for name in (command.arguments ?? []).flatMap({ $0.names ?? [] }) where name.kind == "long" {
                #expect(page.contains("Fl -\(name.name)"), "the man page lacks \(command.commandName) --\(name.name)\(stale)")
            }
        }
    }

    @Test func thePageHasTheHandWrittenSectionsAsTheyAre() throws {
        #expect(try page("casebook.1").contains(try page("casebook-sections.mdoc")),
                "Scripts/man/casebook-sections.mdoc changed; run Scripts/generate-manual and commit Scripts/man/casebook.1")
    }

    @Test func thePageRendersWithoutWarnings() throws {
        let path = Installation.repository.appendingPathComponent("Scripts/man/casebook.1").path
        let man = try Subprocess.run("/usr/bin/man", ["-l", path], environment: ["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"])
        #expect(man.status == 0)
        #expect(man.stderr.isEmpty, "man warns: \(man.stderr)")
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "KEYS", "QUERY LANGUAGE", "ENVIRONMENT", "EXIT STATUS"] {
            #expect(man.stdout.contains("\n" + heading + "\n"), "the man page has no \(heading) section")
        }
    }
}
