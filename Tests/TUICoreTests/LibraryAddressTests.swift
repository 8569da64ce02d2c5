@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// A review of the library is named as people name it wherever it shows, however it was opened
/// (from the list, or by id: `casebook 2:2`), and the library's views follow another process's changes.
@Suite struct LibraryAddressTests {
    typealias Library = LibraryBrowserTests

    /// Reviews named for a child with digits, a baby, two children, as the national repository names them.
    static let named = ["Child Y70 (2014)", "Child C1", "Baby T", "Children A and B", "Child LH", "Child AB"].enumerated().map { index, name in
        LibraryEntry(id: index + 2, title: "Response to the Review of \(name)", organisation: "Anytown Safeguarding Children Partnership",
                     year: 2014, source: "\(index).txt", recommendationCount: 1, themes: ["neglect"], agencies: ["Police"])
    }

    @Test func everyRowLeadsWithItsReviewsNameAt80x24() {
        let browser = Browser(library: [Library.entries[0]] + Self.named, placeholder: Library.childJ, noteIDs: NoteIDSource(seed: 0),
                              width: 80, height: 24)
        let lines = browser.render().lines
        for name in ["Baby T", "Child AB", "Child C1", "Child LH", "Child Y70", "Children A and B"] {
            #expect(lines.contains { $0.contains("\(name): Response to") }, "\(name)")
        }
        #expect(!lines.contains { $0.contains(" Response to the Review of Chil") })
    }

    @Test func theMatrixColumnsAreTheReviewsNames() {
        var browser = Browser(library: Self.named, placeholder: Library.childJ, noteIDs: NoteIDSource(seed: 0), width: 120, height: 30)
        let effects = browser.type("t")
        guard case let .readLibraryRecommendations(ids)? = effects.first else { Issue.record("no reading: \(effects)"); return }
        let rows = ids.map { LibraryRecommendation(document: $0, number: 1, title: "Recommendation 1", themes: ["neglect"], addressedTo: ["Police"]) }
        _ = browser.update(.libraryRecommendationsRead(ids: ids, recommendations: rows))
        let screen = browser.screen
        for name in ["Baby T", "Child Y70", "Child C1", "Children…"] { #expect(screen.contains(name), "\(name)") }
        #expect(!screen.contains("Response"))
    }

    static func openedByID(_ opening: LibraryOpening, width: Int = 80, height: Int = 24) -> Browser {
        var browser = Browser(library: Library.entries, placeholder: Library.childJ, opening: opening,
                              noteIDs: NoteIDSource(seed: 0), width: width, height: height)
        for effect in browser.start() { Library.answer(effect, in: &browser) }
        return browser
    }

    @Test func aReviewOpenedByIDIsALibraryReview() {
        var browser = Self.openedByID(LibraryOpening(id: 2))
        #expect(!browser.showsLibrary)
        #expect(browser.render().lines[23].contains("Child K · Introduction"))
        browser.type("L")
        #expect(browser.showsLibrary)
        #expect(browser.library?.selectedEntry?.id == 2)
        #expect(!browser.screen.contains("opened on its own"))
        // Enter on its row goes back to it, unread.
        #expect(browser.type("⏎").isEmpty)
        #expect(!browser.showsLibrary)
    }

    @Test func aReviewOpenedByIDAndItemOpensThere() {
        let browser = Self.openedByID(LibraryOpening(id: 1, item: ItemID(number: 5, part: "b")))
        #expect(browser.render().lines[23].contains("Child J · Recommendation 5b of 10"))
        let missing = Self.openedByID(LibraryOpening(id: 1, item: ItemID(number: 99)))
        #expect(missing.screen.contains("This review has no 99"))
    }

    @Test func theSlidesOfALibraryReviewNameIt() {
        var browser = Self.openedByID(LibraryOpening(id: 1, item: ItemID(number: 5)))
        browser.type("p")
        #expect(browser.state.isPresenting)
        #expect(browser.screen.contains("Child J · Recommendation"))
        // Opened on its own, the slide is the recommendation's alone.
        var alone = Browser.childJ(width: 80, height: 24)
        alone.type("p")
        #expect(!alone.screen.contains("Child J · Recommendation"))
    }

    @Test func theListFollowsAnotherProcessRemovingReviewsKeepingTheSelection() {
        var browser = Library.library()
        Library.drive(&browser, "j")
        let selected = browser.library?.selectedEntry?.id
        let removed = browser.library!.rows.first { $0.id != selected }!.id
        let effects = browser.update(.libraryChanged(Library.entries.filter { $0.id != removed }))
        #expect(effects.isEmpty)
        #expect(browser.screen.contains("Library · 2 reviews"))
        #expect(browser.library?.selectedEntry?.id == selected)
    }

    @Test func anOpenMatrixIsReadAgainForTheReviewsLeft() {
        var browser = Library.library(width: 120, height: 30)
        Library.drive(&browser, "t")
        #expect(browser.screen.contains("Themes × 3 reviews"))
        let effects = browser.update(.libraryChanged(Library.entries.filter { $0.id != 3 }))
        #expect(effects == [.readLibraryRecommendations([1, 2])])
        for effect in effects { Library.answer(effect, in: &browser) }
        #expect(browser.screen.contains("Themes × 2 reviews"))
        #expect(!browser.screen.contains("Child M"))
    }

    @Test func theTrackerIsReadAgainAndAFilterKeepingNoneLeavesTheList() {
        var browser = Library.library(width: 120, height: 30)
        Library.drive(&browser, "C")
        #expect(browser.screen.contains("Still to do:"))
        let effects = browser.update(.libraryChanged(Library.entries.filter { $0.id == 1 }))
        #expect(effects == [.readLibraryCommitments([1])])
        Library.drive(&browser, "⎋")
        Library.drive(&browser, "f&child m⏎C")
        _ = browser.update(.libraryChanged(Library.entries.filter { $0.id == 1 }))
        #expect(browser.library?.rows.isEmpty == true)
    }
}
