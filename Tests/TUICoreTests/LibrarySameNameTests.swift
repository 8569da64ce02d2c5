@testable import Content
import Testing
@testable import TUICore
import TUITestSupport

/// Two reviews of a Child E (from two partnerships): wherever the library names a review by its short
/// name, the status line's address, the search results, the session's plan (`M`), its slides (`p`) and
/// the mark's message, each carries its library id ("Child E #5", "Child E #13"), at 80 and 60 columns.
@Suite struct LibrarySameNameTests {
    static let entries = LibraryMatrixNamesTests.entries
    static let sizes = [(80, 24), (60, 15)]

    static func library(width: Int, height: Int) -> Browser {
        Browser(library: entries, placeholder: SampleDocuments.small, options: BrowserOptions(colorEnabled: false),
                noteIDs: NoteIDSource(seed: 0), width: width, height: height)
    }

    /// Types keys; opening a review, reading the marks (recommendation 2 marked in each review) and searching answered as the runtime would.
    static func drive(_ browser: inout Browser, _ keys: String) {
        for key in keys {
            var effects = browser.type(String(key))
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                switch effect {
                case let .openReview(id, item, series):
                    effects += browser.update(.reviewOpened(id: id, document: SampleDocuments.small, notes: nil, at: item, series: series))
                case let .readMarks(ids):
                    effects += browser.update(.libraryMarksRead(ids: ids, documents: ids.map { _ in SampleDocuments.small },
                                                                marks: ids.map { _ in [ItemID(number: 2)] }, lookedIn: ids.count))
                case let .searchLibrary(query):
                    let hits = entries.filter { $0.id != 7 }.map { entry in
                        LibraryHit(document: entry.id, documentTitle: entry.title, item: ItemID(number: 2), snippet: "the health visitor", rank: -1)
                    }
                    effects += browser.update(.librarySearched(query: query, hits: hits))
                default: break
                }
            }
            _ = browser.draw()
        }
    }

    @Test func theStatusLinesAddressCarriesTheID() {
        for (width, height) in Self.sizes {
            var browser = Self.library(width: width, height: height)
            _ = browser.update(.reviewOpened(id: 13, document: SampleDocuments.small, notes: nil, at: ItemID(number: 2)))
            let status = browser.render().lines.last ?? ""
            #expect(status.contains("Child E #13 · Rec"), "\(width): \(status)")
        }
    }

    /// At 60 columns the address has 12 for the name: a long one is cut, its library id kept whole.
    @Test func aLongNameIsCutInTheAddressButNeverItsID() {
        let entries = [LibraryEntry(id: 5, title: "Learning from Child EF", source: "a.txt", recommendationCount: 3),
                       LibraryEntry(id: 1234, title: "Response to the review of Child EF", source: "b.txt", recommendationCount: 3)]
        for (width, height) in Self.sizes {
            var browser = Browser(library: entries, placeholder: SampleDocuments.small, options: BrowserOptions(colorEnabled: false),
                                  noteIDs: NoteIDSource(seed: 0), width: width, height: height)
            _ = browser.update(.reviewOpened(id: 1234, document: SampleDocuments.small, notes: nil, at: ItemID(number: 2)))
            let status = browser.render().lines.last ?? ""
            #expect(status.contains(width == 80 ? "Child EF #1234 · Rec" : "Child… #1234 · Rec"), "\(width): \(status)")
        }
    }

    @Test func searchResultsLeadEachReviewWithItsDistinctName() {
        for (width, height) in Self.sizes {
            var browser = Self.library(width: width, height: height)
            Self.drive(&browser, "/health⏎")
            let screen = browser.screen
            #expect(screen.contains("Child E #5: Response to questions"), "\(width):\n\(screen)")
            #expect(screen.contains("Child E #13: Learning brief: Child E"), "\(width):\n\(screen)")
            // Marking a match names its review so too.
            Self.drive(&browser, "j")
            guard case let .toggleLibraryMark(document, item)? = browser.type("m").first else {
                Issue.record("m marks nothing")
                return
            }
            _ = browser.update(.libraryMarked(document: document, item: item, marked: true, failure: nil))
            #expect(browser.screen.contains("Marked Child E #\(document) · 2"), "\(width):\n\(browser.screen)")
        }
    }

    @Test func theSessionsPlanAndSlidesTellTheReviewsApart() {
        for (width, height) in Self.sizes {
            var browser = Self.library(width: width, height: height)
            Self.drive(&browser, "M")
            let plan = browser.screen
            #expect(plan.contains("Child E #5") && plan.contains("Child E #13") && plan.contains("Child M"), "\(width):\n\(plan)")
            #expect(plan.components(separatedBy: "Child E").count == plan.components(separatedBy: "Child E #").count, "no bare Child E:\n\(plan)")
            Self.drive(&browser, "⎋p")
            // By title as the rows read: Child E #13 ("Child E: Learning brief…") first.
            #expect(browser.screen.contains("Child E #13 · Recommendation 2"), "\(width):\n\(browser.screen)")
        }
    }
}
