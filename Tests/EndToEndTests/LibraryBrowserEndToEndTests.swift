import Foundation
import Testing

/// The library browser in the real binary, in tmux, on a library of the project's fixtures (read by the
/// folder stand-in, `CASEBOOK_LIBRARY_FOLDER`): it opens on the reviews, filters, opens one, comes back.
@Suite(.serialized, .tags(.commandLine, .browserCore))
struct LibraryBrowserEndToEndTests {
    /// A folder holding the fixture documents (not their expected outputs).
    private func fixtureLibrary() throws -> URL {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TestFixtures/Fixtures")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Six reviews (and the built-in one): the counts below stay as fixtures are added.
        for name in ["anytown-child-k.txt", "eastvale-briefing-no-recommendations.txt", "northbridge-child-m-paged.txt",
                     "oakridge-child-r-local-authority.txt", "riverside-child-p-warnings.txt", "westshire-child-l-crlf.txt"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func opensOnTheLibraryFiltersOpensAReviewAndReturns() throws {
        let folder = try fixtureLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(environment: ["CASEBOOK_LIBRARY_FOLDER": folder.path], width: 80, height: 24)
        defer { session.close() }
        try session.waitUntil("the library lists the reviews") { $0.contains("Library · 7 reviews") && $0.contains("Child K") }
        try session.type("forg:northbridge")
        try session.waitUntil("the filter keeps Northbridge's review") { screen in
            screen.contains("1 of 7 reviews") && screen.contains("Child M") && !screen.contains("Child K")
        }
        try session.sendKeys("Enter")
        try session.sendKeys("Enter")
        try session.waitUntil("the review opens in the outline and reader, its name in the address") { screen in
            screen.contains("Northbridge Safeguarding Partnership") && screen.contains("Child M · Introduction")
        }
        try session.type("]")
        try session.waitFor("Child M · Recommendation 1 of 4")
        try session.type("L")
        try session.waitUntil("the library comes back as it was left, filter and all") { screen in
            screen.contains("Library · 1 of 7 reviews") && screen.contains("Child M")
        }
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// `/year:abc` says why, as in a review, rather than "0 in 0 reviews"; an unknown facet at `f` keeps
    /// the prompt open on Enter, and Esc leaves every review listed.
    @Test func aQueryThatCannotRunSaysWhyInTheLibrary() throws {
        let folder = try fixtureLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(environment: ["CASEBOOK_LIBRARY_FOLDER": folder.path], width: 100, height: 24)
        defer { session.close() }
        try session.waitUntil("the library lists the reviews") { $0.contains("Library · 7 reviews") }
        try session.type("/year:abc")
        try session.waitFor("year:abc is not a year; write year:2019 or year:2019..2022")
        try session.sendKeys("Escape")
        try session.waitUntil("the search is gone") { !$0.contains("year:abc") }
        try session.type("fsection:generic")
        try session.waitFor("not section:")
        // A key after Enter still goes to the prompt: Enter left it open, its reason on show.
        try session.sendKeys("Enter")
        try session.type("s")
        try session.waitUntil("Enter leaves the prompt and its reason") { $0.contains("&section:generics") && $0.contains("not section:") }
        try session.sendKeys("Escape")
        try session.waitUntil("no filter is applied") { $0.contains("Library · 7 reviews") && !$0.contains("not section:") }
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// `casebook 4:2` opens review 4 of the library as its row would: named in the address, and `L`
    /// goes to the library (not "opened on its own"), where Enter goes back to it.
    @Test func aReviewOpenedByIDIsALibraryReview() throws {
        let folder = try fixtureLibrary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(arguments: ["4:2"], environment: ["CASEBOOK_LIBRARY_FOLDER": folder.path], width: 80, height: 24)
        defer { session.close() }
        try session.waitUntil("review 4 opens at its recommendation 2, named") { $0.contains("Child M · Recommendation 2 of 4") }
        try session.type("L")
        try session.waitUntil("L shows the library") { screen in
            screen.contains("Library · 7 reviews") && !screen.contains("opened on its own")
        }
        // Enter opens the row selected: the review's own, where it was left.
        try session.sendKeys("Enter")
        try session.waitFor("Child M · Recommendation 2 of 4")
        try session.type("q")
        #expect(try session.waitForExit().status == 0)
    }
}
