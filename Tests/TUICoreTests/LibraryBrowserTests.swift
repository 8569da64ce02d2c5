@testable import Content
import Learning
import Testing
@testable import TUICore
import TUITestSupport

/// The library screen driven by keys, with the runtime's part played here: Enter's `openReview` is
/// answered with the document, `/`'s `searchLibrary` with fixed hits.
@Suite struct LibraryBrowserTests {
    static let childJ = DocumentLoader.builtInDocument()
    static let entries = [
        LibraryEntry(id: 1, title: childJ.title, organisation: childJ.organisation, year: 2019, source: "built-in",
                     recommendationCount: childJ.recommendationCount, statusCounts: ["completed": 2, "in progress": 7, "planned": 1]),
        LibraryEntry(id: 2, title: "Response to the Review of Child K", organisation: "Anytown Safeguarding Children Partnership",
                     year: 2022, source: "k.txt", recommendationCount: 3, statusCounts: ["completed": 3],
                     themes: ["education and exclusion", "neglect"], agencies: ["Police", "Schools"]),
        LibraryEntry(id: 3, title: "Learning from Child M", organisation: "Northbridge Safeguarding Partnership",
                     year: 2021, source: "m.txt", recommendationCount: 3, statusCounts: ["planned": 2, "in progress": 1],
                     themes: ["missing children"], agencies: ["Health", "Police"]),
    ]
    static let hits = [
        LibraryHit(document: 3, documentTitle: "Learning from Child M", item: ItemID(number: 2), snippet: "children who go missing", rank: -3),
        LibraryHit(document: 1, documentTitle: childJ.title, item: ItemID(number: 6, part: "a"), snippet: "missing return home interviews", rank: -2),
        LibraryHit(document: 3, documentTitle: "Learning from Child M", item: nil, snippet: "missing from her placement", rank: -1),
    ]

    static func library(width: Int = 80, height: Int = 24) -> Browser {
        Browser(library: entries, placeholder: childJ, options: BrowserOptions(colorEnabled: true),
                noteIDs: NoteIDSource(seed: 0), width: width, height: height)
    }

    /// What the user should know about the library (an older one read as it is) shows in the list's own
    /// status line, and goes at the next key.
    @Test func aNoticeAboutTheLibraryShowsOnItsList() {
        var browser = Self.library(width: 100)
        _ = browser.start()
        _ = browser.update(.notice("library is from an older casebook: changes cannot be saved to it"))
        #expect(browser.draw().lines.last?.contains("library is from an older casebook: changes cannot be saved to it") == true)
        Self.drive(&browser, "j")
        #expect(browser.draw().lines.last?.contains("older casebook") == false)
    }

    /// Types keys, answering the effects as the runtime would.
    static func drive(_ browser: inout Browser, _ keys: String) {
        for key in keys {
            for effect in browser.type(String(key)) { answer(effect, in: &browser) }
        }
    }

    /// The reviews as a catalog without a store gives them: each parsed, its rows derived (as import derives them).
    struct Catalog: LibraryCatalog {
        func entries() throws -> [LibraryEntry] { LibraryBrowserTests.entries }
        func document(id: Int) throws -> ReviewDocument { id == 1 ? childJ : SampleDocuments.small }
        func search(_ query: String, limit: Int) throws -> [LibraryHit] { [] }
    }
    static let catalog = Catalog()

    static func answer(_ effect: Effect, in browser: inout Browser) {
        switch effect {
        case let .openReview(id, item, series):
            let document = id == 1 ? childJ : SampleDocuments.small
            _ = browser.update(.reviewOpened(id: id, document: document, notes: nil, at: item, series: series))
        case let .readLibraryRecommendations(ids):
            _ = browser.update(.libraryRecommendationsRead(ids: ids, recommendations: try? catalog.recommendations(of: ids)))
        case let .readLibraryCommitments(ids, filter):
            let commitments = try? filter.map { try catalog.commitments(of: ids, filter: $0) } ?? catalog.commitments(of: ids)
            _ = browser.update(.libraryCommitmentsRead(ids: ids, commitments: commitments))
        case let .searchLibrary(query):
            _ = browser.update(.librarySearched(query: query, hits: query.hasPrefix("miss") ? hits : []))
        default: break
        }
        _ = browser.draw()
    }

    private func rowTitles(_ browser: Browser) -> [String] {
        browser.library!.rows.map(\.title)
    }

    @Test func opensOnTheLibraryWithOneRowPerReview() {
        let browser = Self.library()
        #expect(browser.showsLibrary)
        let screen = browser.screen
        #expect(screen.contains("Library · 3 reviews · by title"))
        #expect(screen.contains("Child K: Response to the Revie"))
        #expect(screen.contains("✓2 ◐7 ○1"))
        #expect(screen.contains("2022"))
    }

    @Test func sCyclesTheSortKeepingTheSelection() {
        var browser = Self.library()
        // By title as the rows read: "Child J: Response…", "Child K: Response…", "Child M: Learning…".
        #expect(rowTitles(browser) == [Self.childJ.title, "Response to the Review of Child K", "Learning from Child M"])
        Self.drive(&browser, "j")
        let selected = browser.library!.selectedEntry!.id
        Self.drive(&browser, "s")
        #expect(browser.library!.sort == .year)
        #expect(browser.library!.rows.map(\.year) == [2022, 2021, 2019])
        #expect(browser.library!.selectedEntry!.id == selected)
        #expect(browser.screen.contains("Sorted by year"))
        Self.drive(&browser, "s")
        #expect(browser.library!.rows.first!.organisation == "Anytown Safeguarding Children Partnership")
    }

    @Test func theFilterNarrowsByWordsOrganisationYearAndStatus() {
        var browser = Self.library()
        Self.drive(&browser, "fchild k")
        #expect(rowTitles(browser) == ["Response to the Review of Child K"])
        #expect(browser.screen.contains("1 of 3 reviews"))
        Self.drive(&browser, "⏎F")
        #expect(rowTitles(browser).count == 3)
        Self.drive(&browser, "fyear:2020..2022⏎")
        #expect(Set(browser.library!.rows.map(\.id)) == [2, 3])
        Self.drive(&browser, "F&org:northbridge status:planned⏎")
        #expect(browser.library!.rows.map(\.id) == [3])
        // Esc puts back the filter as it was when the prompt opened.
        Self.drive(&browser, "f⌫⌫⌫⌫⌫⌫⌫⌫⌫⎋")
        #expect(browser.library!.rows.map(\.id) == [3])
    }

    @Test func theFilterNarrowsByThemeAgencyAndDocument() {
        var browser = Self.library()
        Self.drive(&browser, "ftheme:missing⏎")
        #expect(browser.library!.rows.map(\.id) == [3])
        Self.drive(&browser, "F&agency:police⏎")
        #expect(Set(browser.library!.rows.map(\.id)) == [2, 3])
        // Values of one facet are alternatives; different facets must all hold.
        Self.drive(&browser, "F&agency:schools agency:health theme:exclusion⏎")
        #expect(browser.library!.rows.map(\.id) == [2])
        Self.drive(&browser, "F&doc:3⏎")
        #expect(browser.library!.rows.map(\.id) == [3])
        Self.drive(&browser, "F&doc:\"child k\"⏎")
        #expect(browser.library!.rows.map(\.id) == [2])
        Self.drive(&browser, "F&agency:probation⏎")
        #expect(browser.library!.rows.isEmpty)
        #expect(browser.screen.contains("0 of 3 reviews"))
    }

    @Test func anUnknownFacetSaysWhichOnesTheLibraryKnows() {
        var browser = Self.library()
        Self.drive(&browser, "fsection:generic")
        #expect(browser.screen.contains("the library filters by words, doc: org: year: status: theme: agency:"))
        Self.drive(&browser, "⎋")
        #expect(rowTitles(browser).count == 3)
    }

    /// An entered filter the library cannot answer is not applied as if it matched nothing: the prompt
    /// stays open with the reason, as the review's filter does, and Esc puts back the filter before.
    @Test func anEnteredFilterThatCannotRunKeepsThePromptAndItsReason() {
        var browser = Self.library()
        Self.drive(&browser, "fyear:2022⏎")
        #expect(browser.library!.rows.map(\.id) == [2])
        Self.drive(&browser, "f section:generic⏎")
        guard case let .prompt(prompt) = browser.library!.mode else { Issue.record("the prompt closed"); return }
        #expect(prompt.error?.contains("not section:") == true)
        #expect(browser.screen.contains("the library filters by words"))
        Self.drive(&browser, "⎋")
        #expect(browser.library!.filter?.text == "year:2022")
        #expect(browser.library!.rows.map(\.id) == [2])
    }

    /// `/year:abc` and `/"unclosed` say why at the prompt, as a review's `/` does, instead of searching
    /// and showing "0 in 0 reviews"; Enter keeps the prompt open on them.
    @Test func aSearchThatCannotRunSaysWhyAtThePrompt() {
        var browser = Self.library()
        #expect(!browser.type("/year:abc").contains(.searchLibrary("year:abc")))
        #expect(browser.screen.contains("year:abc is not a year; write year:2019 or year:2019..2022"))
        #expect(!browser.screen.contains("0 in 0 reviews"))
        Self.drive(&browser, "⏎")
        guard case .prompt = browser.library!.mode else { Issue.record("the prompt closed"); return }
        Self.drive(&browser, "⎋/\"miss")
        #expect(browser.screen.contains("unclosed quote"))
        // Closed, the phrase runs and the reason goes.
        Self.drive(&browser, "\"")
        #expect(!browser.screen.contains("unclosed quote"))
        #expect(browser.screen.contains("Search \"miss\""))
    }

    /// What only the catalog can refuse ("give at least one word…") is said at the prompt too.
    @Test func aSearchTheCatalogRefusesSaysWhyAtThePrompt() {
        var browser = Self.library()
        _ = browser.type("/year:2019")
        _ = browser.update(.librarySearched(query: "year:2019", hits: [], failure: "bad query: give at least one word to look for"))
        #expect(browser.screen.contains("give at least one word to look for"))
        #expect(browser.library!.search == nil)
        // A late refusal of an earlier query changes nothing.
        Self.drive(&browser, " miss")
        _ = browser.update(.librarySearched(query: "year:2019", hits: [], failure: "bad query: old"))
        #expect(!browser.screen.contains("bad query"))
    }

    @Test func enterOpensTheReviewAndLReturnsWithTheSelectionKept() {
        var browser = Self.library()
        Self.drive(&browser, "G")
        let effects = browser.type("⏎")
        #expect(effects == [.openReview(document: 3, at: nil)])
        for effect in effects { Self.answer(effect, in: &browser) }
        #expect(!browser.showsLibrary)
        let selected = browser.library!.selectedEntry!
        #expect(browser.screen.contains(ReviewName.label(selected.title) + " · "))
        Self.drive(&browser, "L")
        #expect(browser.showsLibrary)
        #expect(browser.library!.selectedEntry == selected)
        // The review still open comes back without being read again.
        #expect(browser.type("⏎").isEmpty)
        #expect(!browser.showsLibrary)
    }

    @Test func theAddressNamesTheReview() {
        var browser = Self.library()
        Self.drive(&browser, "fchild j⏎⏎")
        Self.drive(&browser, ":5b⏎")
        #expect(browser.screen.contains("Child J · Recommendation 5b of 10"))
    }

    @Test func searchGroupsMatchesByReviewAndEnterOpensTheMatch() {
        var browser = Self.library()
        let effects = browser.type("/m")
        #expect(effects == [.searchLibrary("m")])
        Self.drive(&browser, "iss")
        let screen = browser.screen
        #expect(screen.contains("Search miss: 3 in 2 reviews"))
        #expect(screen.contains("Learning from Child M (2)"))
        #expect(screen.contains("missing return home interviews"))
        // The results: Child M, its two matches, then Child J and its match at 6a.
        Self.drive(&browser, "⏎GG⏎")
        #expect(!browser.showsLibrary)
        #expect(browser.screen.contains("Child J · Recommendation 6a of 10"))
        Self.drive(&browser, "L⎋")
        #expect(browser.library!.search == nil)
        #expect(browser.screen.contains("Library · 3 reviews"))
    }

    @Test func theCatalogsCountsShowBeyondTheHitsAndSayWhenCountingStopped() {
        var browser = Self.library()
        _ = browser.type("/miss")
        // The catalog fetched three hits but counted 40 matches in Child M, 5 in Child J, 1 in Child K.
        _ = browser.update(.librarySearched(query: "miss", hits: Self.hits,
                                            counts: LibrarySearchCounts(matchesByReview: [3: 40, 1: 5, 2: 1])))
        var screen = browser.screen
        #expect(screen.contains("Search miss: 46 in 3 reviews"))
        #expect(screen.contains("Learning from Child M (40)"))
        _ = browser.update(.librarySearched(query: "miss", hits: Self.hits,
                                            counts: LibrarySearchCounts(matchesByReview: [3: 40, 1: 5], isComplete: false)))
        screen = browser.screen
        #expect(screen.contains("Search miss: 45+ in 2+ reviews"))
    }

    @Test func theLibraryOpensWithoutAnyDocument() {
        // No placeholder given: an empty one stands in, and the list is all there is to draw.
        var browser = Browser(library: Self.entries, noteIDs: NoteIDSource(seed: 0), width: 80, height: 24)
        #expect(browser.document.recommendations.isEmpty)
        #expect(browser.screen.contains("Library · 3 reviews · by title"))
        Self.drive(&browser, "⏎")
        #expect(!browser.showsLibrary)
    }

    @Test func aLateAnswerForAnEarlierQueryIsIgnored() {
        var browser = Self.library()
        _ = browser.type("/mis")
        _ = browser.update(.librarySearched(query: "mi", hits: Self.hits))
        #expect(browser.library!.search!.rows == nil)
        #expect(browser.screen.contains("searching…"))
    }

    @Test func aReviewThatCannotBeReadSaysWhyInTheLibrary() {
        var browser = Self.library()
        _ = browser.type("⏎")
        _ = browser.update(.reviewFailed("This review could not be read from the library: gone"))
        #expect(browser.showsLibrary)
        #expect(browser.screen.contains("could not be read from the library"))
    }

    @Test func lWithoutALibrarySaysSo() {
        var browser = Browser.childJ(width: 80, height: 24)
        browser.type("L")
        #expect(browser.screen.contains("not from a library"))
    }

    @Test func helpInTheLibraryOpensAtItsKeysAndQQuits() {
        var browser = Self.library()
        Self.drive(&browser, "?")
        #expect(browser.screen.contains("In the library"))
        Self.drive(&browser, "⎋")
        let effects = browser.type("q")
        #expect(effects.contains(.quit))
    }

    @Test func cGathersTheCommitmentsOfTheReviewsTheFilterKeeps() {
        var browser = Self.library()
        let everyReview = browser.type("C")
        #expect(everyReview == [.readLibraryCommitments([1, 2, 3])])
        Self.drive(&browser, "⎋fchild j⏎C")
        let screen = browser.screen
        #expect(screen.contains("Still to do:") && screen.contains("in 1 review in & child j"))
        #expect(screen.contains("Child J · "))
        Golden.check(browser.render(), "library-tracker-80x24")
        // Enter opens the commitment's recommendation in its review; L comes back to the tracker.
        Self.drive(&browser, "⏎")
        #expect(!browser.showsLibrary)
        #expect(browser.screen.contains("Child J · Recommendation"))
        Self.drive(&browser, "L")
        #expect(browser.library!.inputMode == .list)
        Self.drive(&browser, "⎋")
        #expect(browser.library!.inputMode == .library)
    }

    @Test func tShowsThemesAcrossReviewsAndACellListsItsRecommendations() {
        var browser = Self.library()
        let effects = browser.type("t")
        #expect(effects == [.readLibraryRecommendations([1, 2, 3])])
        for effect in effects { Self.answer(effect, in: &browser) }
        guard case let .matrix(matrix)? = browser.library?.mode else {
            Issue.record("no matrix")
            return
        }
        #expect(matrix.reviews.map(\.name) == ["Child J", "Child K", "Child M"])
        #expect(!matrix.labels.isEmpty)
        let screen = browser.screen
        #expect(screen.contains("Themes × 3 reviews"))
        Golden.check(browser.render(), "library-themes-80x24")
        // The first theme Child J has: the cell lists its recommendations; Enter opens one in Child J.
        let row = matrix.cells.firstIndex { !$0[0].isEmpty }!
        Self.drive(&browser, String(repeating: "j", count: row) + "⏎")
        #expect(browser.screen.contains("in Child J: \(matrix.cells[row][0].count) recommendations"))
        Self.drive(&browser, "⏎")
        #expect(browser.screen.contains("Child J · Recommendation \(matrix.cells[row][0][0].number)"))
        // Back in the library, Esc steps back: the cell's list, the matrix, the reviews.
        Self.drive(&browser, "L⎋")
        #expect(browser.library!.inputMode == .matrix)
        Self.drive(&browser, "⎋")
        #expect(browser.library!.inputMode == .library)
    }

    @Test func aShowsAgenciesAcrossReviews() {
        var browser = Self.library(width: 40, height: 12)
        Self.drive(&browser, "a")
        #expect(browser.screen.contains("Agencies × 3 reviews"))
        Golden.check(browser.render(), "library-agencies-40x12")
    }

    @Test func screens() {
        var wide = Self.library()
        Golden.check(wide.render(), "library-80x24")
        Self.drive(&wide, "/miss")
        Golden.check(wide.render(), "library-search-80x24")
        var narrow = Self.library(width: 40, height: 12)
        Golden.check(narrow.render(), "library-40x12")
        Self.drive(&narrow, "forg:north")
        Golden.check(narrow.render(), "library-filter-40x12")
        Self.drive(&narrow, "⏎⏎")
        Golden.check(narrow.render(), "library-review-40x12")
        Self.drive(&narrow, "LFfchild j⏎C")
        Golden.check(narrow.render(), "library-tracker-40x12")
    }

    /// The filter's agency: and status: hold of each recommendation, as `casebook commitments --filter`
    /// reads them: only the commitments of the police recommendations in progress show, not every
    /// commitment of the reviews the list keeps (and "police" is Hampshire Constabulary by alias).
    @Test func cWithAgencyAndStatusShowsOnlyTheCommitmentsOfTheRecommendationsThatHoldBoth() {
        var browser = Self.library()
        Self.drive(&browser, "fagency:police status:in⏎")
        let effects = browser.type("C")
        #expect(effects == [.readLibraryCommitments([1, 2, 3], filter: "status:in agency:police")])
        for effect in effects { Self.answer(effect, in: &browser) }
        guard case let .tracker(view, _, _)? = browser.library?.mode, let shown = view.commitments?.commitments else {
            Issue.record("no tracker")
            return
        }
        // Worked out here from each review's learning, facet by facet.
        var expected: [String] = []
        for id in [1, 2, 3] {
            let learning = LearningIndex(document: id == 1 ? Self.childJ : SampleDocuments.small)
            let police = learning.recommendationsMatching(facet: "agency", value: "police") ?? []
            let inProgress = learning.recommendationsMatching(facet: "status", value: "in") ?? []
            for (position, facts) in learning.recommendations.enumerated() where police.contains(position) && inProgress.contains(position) {
                expected += facts.commitments.map { "\(id):\($0.recommendation) \($0.sentence.text)" }
            }
        }
        let every = (try? Self.catalog.commitments(of: [1, 2, 3]))?.count ?? 0
        #expect(!expected.isEmpty && expected.count < every)
        #expect(shown.indices.map { "\(shown[$0].document):\(shown.code(at: $0)) \(shown[$0].sentence)" } == expected)
        #expect(browser.screen.contains("Still to do: \(expected.count) commitment"))
        Golden.check(browser.render(), "library-tracker-filtered-80x24")
        var narrow = Self.library(width: 50, height: 15)
        Self.drive(&narrow, "fagency:police status:in⏎C")
        Golden.check(narrow.render(), "library-tracker-filtered-50x15")
    }
}
