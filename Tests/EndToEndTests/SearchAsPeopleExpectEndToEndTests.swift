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
        let oneWord = try casebook(["search", "-foo"])
        #expect(oneWord.status == 2)
        #expect(oneWord.stderr.contains("casebook search -- -word"), "\(oneWord.stderr)")
        let filtered = try casebook(["list", "--filter", "-section:generic army"])
        #expect(filtered.stdout.split(separator: "\n").map { $0.prefix(2) } == [" 3"])
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
        #expect(help.stdout.contains("casebook search -- -foo"))
    }
}
