@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// `m` in the library's search results: the mark goes to the match's own review through an effect, and
/// the results show it once the runtime answers.
@Suite struct LibraryMarkingTests {
    private typealias Library = LibraryBrowserTests

    private func searchResults() -> Browser {
        var browser = Library.library()
        // The results: Child M, its matches at 2 and in the introduction, then Child J and its match at 6a.
        Library.drive(&browser, "/miss⏎")
        return browser
    }

    @Test func mOnAMatchAsksTheRuntimeToMarkItInItsReview() {
        var browser = searchResults()
        Library.drive(&browser, "j")
        #expect(browser.type("m") == [.toggleLibraryMark(document: 3, item: ItemID(number: 2))])
        _ = browser.update(.libraryMarked(document: 3, item: ItemID(number: 2), marked: true, failure: nil))
        var screen = browser.screen
        #expect(screen.contains("Marked Child M · 2 for the session"))
        #expect(screen.contains("⚑ 2"))
        // A part is marked as it is in its review; the other review's match is its own.
        Library.drive(&browser, "G")
        #expect(browser.type("m") == [.toggleLibraryMark(document: 1, item: ItemID(number: 6, part: "a"))])
        _ = browser.update(.libraryMarked(document: 3, item: ItemID(number: 2), marked: false, failure: nil))
        screen = browser.screen
        #expect(screen.contains("Unmarked Child M · 2"))
        #expect(!screen.contains("⚑"))
    }

    @Test func mWhereThereIsNoRecommendationSaysWhy() {
        var browser = searchResults()
        // A review's heading, then a match in the introduction.
        #expect(browser.type("m").isEmpty)
        #expect(browser.screen.contains("select a match in one"))
        Library.drive(&browser, "jj")
        #expect(browser.type("m").isEmpty)
        Library.drive(&browser, "u")
        #expect(browser.type("m").isEmpty)
        #expect(browser.screen.contains("search with / first"))
    }

    @Test func aMarkThatCouldNotBeSavedSaysWhy() {
        var browser = searchResults()
        Library.drive(&browser, "j")
        _ = browser.type("m")
        _ = browser.update(.libraryMarked(document: 3, item: ItemID(number: 2), marked: nil, failure: "the disk is full"))
        #expect(browser.screen.contains("the disk is full"))
        #expect(!browser.screen.contains("⚑"))
    }
}
