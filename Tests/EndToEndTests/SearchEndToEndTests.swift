import Foundation
import Testing

/// Search and filtering in the real binary, in tmux: what a practitioner types and sees.
@Suite(.serialized, .tags(.commandLine, .browserCore))
struct SearchEndToEndTests {
    private func startOnChildJ(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height)
        try session.waitUntil("the Child J document is shown, status line and all") { $0.contains("Portsmouth") && $0.contains("help") }
        return session
    }

    @Test func slashHighlightsCountsAndNMovesOn() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        try session.type("/reachable")
        try session.waitFor("4 matches")
        // The match is drawn in reverse video and the outline counts matches per item.
        try session.waitUntil("a match is highlighted", escapes: true) { screen in
            screen.split(separator: "\n").contains { $0.contains("7m") && $0.contains("reachable") }
        }
        try session.waitUntil("the outline counts the matches of 3a") { screen in
            screen.split(separator: "\n").contains { $0.contains(" 3a ") && $0.contains(" 2│") }
        }
        try session.sendKeys("Enter")
        try session.waitFor("match 1 of 4")
        try session.type("n")
        try session.waitFor("match 2 of 4")
        try session.type("nnn")
        try session.waitFor("Search wrapped to the top")
    }

    @Test func filterShowsOnlyMatchingRecommendationsAndEscapeRestores() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        try session.type("f")
        try session.type("exclusion")
        // Waits for the whole frame: the prompt's count can be drawn before the outline is.
        try session.waitUntil("only Recommendation 7 is left") { screen in
            screen.contains("1 of 10 recommendations") && screen.contains(" 7 ") && !screen.contains("Highlight this")
        }
        try session.sendKeys("Escape")
        try session.waitUntil("every recommendation is back") { $0.contains("Highlight this") && $0.contains("Introduction") }
        #expect(!(try session.capture()).contains("1 of 10 recommendations"))
    }

    @Test func glossaryListJumpsToAnAcronym() throws {
        let session = try startOnChildJ()
        defer { session.close() }
        try session.type("X")
        try session.waitFor("Glossary")
        try session.waitFor("Child Criminal Exploitation")
        try session.sendKeys("Escape")
        try session.waitUntil("the glossary is closed") { !$0.contains("Glossary:") }
    }
}
