@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Two reviews of a Child E (from two partnerships): the themes and agencies matrices head their
/// columns "Child E #5" and "Child E #13", as the library's rows number them, and fit 80 and 60 columns.
@Suite struct LibraryMatrixNamesTests {
    static let entries = [
        LibraryEntry(id: 5, title: "Response to questions from the review of Child E", organisation: "Brackley Safeguarding Partnership",
                     source: "e1.txt", recommendationCount: 3),
        LibraryEntry(id: 7, title: "Learning from Child M", source: "m.txt", recommendationCount: 3),
        LibraryEntry(id: 13, title: "Learning brief: Child E", organisation: "Dunmore Safeguarding Partnership",
                     source: "e2.txt", recommendationCount: 3),
    ]

    struct Catalog: LibraryCatalog {
        func entries() throws -> [LibraryEntry] { LibraryMatrixNamesTests.entries }
        func document(id: Int) throws -> ReviewDocument { DocumentLoader.builtInDocument() }
        func search(_ query: String, limit: Int) throws -> [LibraryHit] { [] }
    }

    static func matrix(_ key: String, width: Int, height: Int, filter: String = "") -> Browser {
        var browser = Browser(library: entries, placeholder: SampleDocuments.small, options: BrowserOptions(colorEnabled: false),
                              noteIDs: NoteIDSource(seed: 0), width: width, height: height)
        if !filter.isEmpty { browser.type("f" + filter + "⏎") }
        for case let .readLibraryRecommendations(ids) in browser.type(key) {
            _ = browser.update(.libraryRecommendationsRead(ids: ids, recommendations: try? Catalog().recommendations(of: ids)))
        }
        return browser
    }

    @Test(arguments: ["t", "a"])
    func sameNamedReviewsAreToldApartAt80And60Columns(key: String) throws {
        for (width, height) in [(80, 24), (60, 15)] {
            let browser = Self.matrix(key, width: width, height: height)
            guard case let .matrix(matrix)? = browser.library?.mode else {
                Issue.record("no matrix for \(key)")
                return
            }
            #expect(Set(matrix.reviews.map(\.name)) == ["Child E #5", "Child E #13", "Child M"])
            let lines = browser.render().lines
            let header = try #require(lines.dropFirst().first)
            #expect(header.contains("Child E #5") && header.contains("Child E #13"), "\(width): \(header)")
            #expect(header.contains("Child M"), "all three fit at \(width) columns: \(header)")
        }
    }

    /// A filter that keeps one Child E does not rename it: the matrix says "Child E #13", as the status
    /// line's address and the slides do.
    @Test func aReviewKeepsItsNameWhenTheFilterKeepsOneOfTheSameName() throws {
        let browser = Self.matrix("t", width: 80, height: 24, filter: "org:dunmore")
        guard case let .matrix(matrix)? = browser.library?.mode else {
            Issue.record("no matrix")
            return
        }
        #expect(matrix.reviews.map(\.name) == ["Child E #13"])
    }
}
