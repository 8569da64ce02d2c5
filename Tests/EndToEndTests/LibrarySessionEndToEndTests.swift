import Foundation
import Testing

/// A trainer's session from two reviews, in the real binary in tmux, on a private library: mark a
/// recommendation in each from the library's search results, present from the library (each slide
/// naming its review, the room's answer captured), then the handout across the library and
/// `casebook present` without FILE.
@Suite(.serialized, .tags(.commandLine, .browserCore))
struct LibrarySessionEndToEndTests {
    typealias Home = LibraryEndToEndTests.Home

    private func casebook(_ arguments: [String], _ home: Home) throws -> Subprocess {
        try Subprocess.run(try CasebookBinary.path(), arguments, environment: home.environment)
    }

    /// Searches the library for `query` and marks its `match`th match (the review's matches are listed in
    /// document order): "Marked Child K · 5 …".
    private func mark(match: Int, of query: String, in name: String, session: TmuxSession) throws {
        try session.sendKeys("/", "C-u")
        try session.type(query)
        try session.sendKeys("Enter")
        try session.waitUntil("the results of \(query)") { $0.contains("Search \(query): ") && $0.contains(name) }
        for _ in 0..<match { try session.sendKeys("j") }
        try session.sendKeys("m")
    }

    @Test func aSessionFromTwoReviewsIsPresentedFromTheLibraryAndItsHandoutNamesEachReview() throws {
        let home = try Home()
        defer { home.remove() }
        for name in ["anytown-child-k.txt", "northbridge-child-m-paged.txt"] {
            try FileManager.default.copyItem(atPath: LibraryEndToEndTests.fixtureFolder + "/" + name, toPath: home.folder + "/docs/" + name)
        }
        let add = try casebook(["add", home.folder + "/docs"], home)
        #expect(add.status == 0, "\(add.stderr)")
        let nothing = try casebook(["export", "--notes", "--no-pager"], home)
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("nothing is marked for the session in the library's 3 reviews"))

        let session = try TmuxSession(environment: home.environment, width: 80, height: 24)
        defer { session.close() }
        try session.waitFor("Library · 3 reviews")
        try mark(match: 1, of: "youth justice org:anytown", in: "Child K", session: session)
        try session.waitFor("Marked Child K · 5 for the session")
        try mark(match: 2, of: "foster carers org:northbridge", in: "Child M", session: session)
        try session.waitFor("Marked Child M · 4 for the session")

        // Child K first: the reviews go in the list's order (by title as the rows read, "Child K: …").
        try session.sendKeys("u", "p")
        try session.waitUntil("the first slide names its review") {
            $0.contains("Child K · Recommendation 5: Youth justice") && $0.contains("1 / 2")
        }
        // On to the next review.
        try session.sendKeys("Right")
        try session.waitUntil("the second slide names its review") { $0.contains("Child M · Recommendation 4") && $0.contains("2 / 2") }
        // The room's answer, to the first question.
        try session.sendKeys("Space", "Space")
        try session.waitFor("Questions for reflection")
        try session.sendKeys("a")
        try session.waitFor("The room's answer")
        try session.type("Tell carers on the day of placement")
        try session.sendKeys("C-s")
        try session.waitFor("Tell carers on the day of placement")
        try session.sendKeys("q")
        try session.waitFor("Library · 3 reviews")
        try session.sendKeys("q")
        #expect(try session.waitForExit().status == 0)

        let handout = try casebook(["export", "--notes", "--no-pager"], home)
        #expect(handout.status == 0, "\(handout.stderr)")
        #expect(handout.stdout.hasPrefix("# Session across 2 reviews: Child K, Child M"))
        #expect(handout.stdout.contains("\n## Child M · Recommendation 4\n"))
        #expect(handout.stdout.contains("\n## Child K · Recommendation 5: Youth justice\n"))
        #expect(handout.stdout.contains("— Tell carers on the day of placement"))

        // The same session from the command line: q quits.
        let present = try TmuxSession(arguments: ["present"], environment: home.environment, width: 80, height: 24)
        defer { present.close() }
        try present.waitUntil("casebook present starts the session across the library") {
            $0.contains("Child K · Recommendation 5: Youth justice") && $0.contains("1 / 2") && $0.contains("q quit")
        }
        try present.sendKeys("q")
        #expect(try present.waitForExit().status == 0)
        let oneReviewOption = try casebook(["present", "--only", "3"], home)
        #expect(oneReviewOption.status == 2)
        #expect(oneReviewOption.stderr.split(separator: "\n").count == 1)
    }
}
