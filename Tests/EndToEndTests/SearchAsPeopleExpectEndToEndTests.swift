import Foundation
import Testing

/// Search and filter as users of less and fzf expect them, in the real binary in tmux.
@Suite(.serialized, .tags(.commandLine, .browserCore))
struct SearchAsPeopleExpectEndToEndTests {
    @Test func theWordBeingTypedLightsUpAndPromptsEditAsReadline() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.waitUntil("the browser is up") { $0.contains("Portsmouth") && $0.contains("help") }
        try session.type("/rea")
        try session.waitUntil("the prefix already finds reachable") { screen in
            screen.split(separator: "\n").contains { $0.contains(" 3a ") && $0.contains(" 2│") }
        }
        // Ctrl-W takes the word back; Up recalls nothing yet; typing again runs again.
        try session.sendKeys("C-w")
        try session.type("army")
        try session.waitFor("1 match")
        try session.sendKeys("Enter")
        try session.waitFor("/army: match 1 of 1")
        try session.type("u")
        try session.waitFor("Search cleared")
    }

    @Test func theFacetPickerNarrowsAndFitsAtFortyColumns() throws {
        let session = try TmuxSession(width: 40, height: 12)
        defer { session.close() }
        try session.waitUntil("the browser is up") { $0.contains("help") }
        try session.type("f")
        try session.sendKeys("Tab")
        try session.waitFor("of 40")
        try session.type("plan")
        try session.waitUntil("only the planned status is left") { screen in
            screen.contains("status:planned") && !screen.contains("status:completed")
        }
        try session.sendKeys("Enter", "Enter")
        try session.waitFor("1 of 10")
    }
}

extension CommandLineEndToEndTests {
    @Test func aQueryMayStartWithADash() throws {
        let spaced = try casebook(["search", "-foster army"])
        #expect(spaced.status == 0, "\(spaced.stderr)")
        #expect(spaced.stdout.contains("[[army]]"))
        let afterTerminator = try casebook(["search", "--", "-foster army"])
        #expect(afterTerminator.status == 0)
        // -foo alone only leaves foo out: the hint shows a query that runs, which the next lines run.
        let oneWord = try casebook(["search", "-foster"])
        #expect(oneWord.status == 2)
        #expect(oneWord.stderr.contains("-foster alone only leaves words out: give a word to look for too, in one argument: casebook search 'word -foster'"), "\(oneWord.stderr)")
        #expect(try casebook(["search", "army -foster"]).status == 0)
        let filtered = try casebook(["list", "--filter", "-section:generic army"])
        #expect(filtered.stdout.split(separator: "\n").map { $0.prefix(2) } == [" 3"])
    }

    /// `--filter -status:completed` reads the value as an option: every command with `--filter` says to
    /// join it with "=", and that runs.
    @Test(arguments: ["list", "commitments"])
    func aDashedFilterIsJoinedToItsOption(command: String) throws {
        let apart = try casebook([command, "--filter", "-status:completed"])
        #expect(apart.status == 2)
        #expect(apart.stderr.contains("write --filter=-status:completed"), "\(apart.stderr)")
        #expect(apart.stderr.split(separator: "\n").count == 1)
        let alone = try casebook([command, "-status:completed"])
        #expect(alone.stderr.contains("is written --filter=-status:completed"), "\(alone.stderr)")
        let joined = try casebook([command, "--filter=-status:completed"])
        #expect(joined.status == 0, "\(joined.stderr)")
        #expect(!joined.stdout.isEmpty)
    }

    @Test func valuesOfOneFacetAreAlternativesOnTheCommandLine() throws {
        let run = try casebook(["list", "--filter", "id:2 id:9 section:generic"])
        #expect(run.stdout.split(separator: "\n").map { $0.prefix(2) } == [" 9"])
        let either = try casebook(["list", "--filter", "status:planned status:completed"])
        // 2 and 7 are completed, 8 planned (6, with part b unanswered, is in progress).
        #expect(either.stdout.split(separator: "\n").map { $0.prefix(2) } == [" 2", " 7", " 8"])
    }

    @Test func searchHelpNamesEveryFacetAndTheDash() throws {
        let help = try casebook(["search", "--help"])
        for facet in ["section:", "id:", "in:", "theme:", "agency:", "status:", "has:"] {
            #expect(help.stdout.contains("  \(facet)"), "\(facet)")
        }
        #expect(help.stdout.contains("-foo alone"))
        #expect(try casebook(["list", "--help"]).stdout.contains("--filter=-status:completed"))
    }
}
