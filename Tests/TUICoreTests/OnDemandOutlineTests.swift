import Content
import TestFixtures
import Testing
@testable import TUICore

/// The outline's rows are made one at a time when shown (`OutlineRows`); they must be the rows the
/// outline made up front before (`FullOutline`), with every folding and filter, found where they were.
struct OnDemandOutlineTests {
    /// Sections without titles (one of prose, one empty), a repeated number, parts and code series.
    static let shapes = ReviewParser.parse("""
        Test review

        Recommendations

        Recommendation 1 – Supervision

        The partnership should audit supervision records.

        Recommendation 1 – Discharge plans

        a) The partnership should review discharge plans.

        b) The partnership should review discharge letters.

        Recommendation 2

        Recommendation 3

        a) Seek assurance from Children's Social Care about visits.

        b) Seek assurance from their partners about visits.
        """, source: "shapes.txt")

    static let headings = ReviewParser.parse((["Headings", ""] + (1...300).map { "Recommendation \($0)" }).joined(separator: "\n"),
                                             source: "headings.txt")

    static func documents() throws -> [(String, ReviewDocument)] {
        try [("child J", NotesFixtures.childJ), ("sample", SampleDocuments.small), ("shapes", shapes), ("headings", headings)]
            + FixtureFile.all.map { ($0.name, try $0.parse()) }
    }

    @Test func onDemandRowsAreTheFullOutlinesRows() throws {
        let documents = try Self.documents()
        #expect(documents.count > 20)
        for (name, document) in documents {
            let items = Outline.recommendationItems(of: document)
            let model = OutlineModel(document: document, items: items, lookup: RecommendationLookup(items))
            let full = FullOutline.rows(of: document)
            let withParts = full.filter(\.hasParts).map(\.selection.item)
            let foldings: [Set<Place.Item>] = [[], Set(withParts), Set(withParts.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))]
            let filters: [Set<Place.Item>?] = [nil, Set(items), Set(items.enumerated().filter { $0.offset % 3 == 1 }.map(\.element)), []]
            for folded in foldings {
                for showing in filters {
                    let expected = FullOutline.filter(full, folded: folded, showing: showing)
                    let rows = OutlineRows(model: model, folded: folded, showing: showing)
                    #expect(Array(rows) == expected, "\(name)")
                    #expect(rows.numberWidth == expected.filter { $0.kind == .recommendation }.map(\.label.count).max() ?? 1, "\(name)")
                    for (index, row) in expected.enumerated() {
                        #expect(rows.selection(at: index) == row.selection, "\(name) row \(index)")
                        #expect(rows.isRecommendation(at: index) == (row.kind == .recommendation), "\(name) row \(index)")
                    }
                    // Every place the outline can name, shown or not, is found where the full outline has it.
                    for row in full {
                        #expect(rows.index(of: row.selection) == expected.firstIndex { $0.selection == row.selection },
                                "\(name) \(row.selection)")
                    }
                }
            }
        }
    }

    /// The browser's rows on 100,000 headings are known from their count and the model, not made.
    @Test func aLargeOutlineFindsItsRowsByIndexAndSelection() {
        let document = ReviewParser.parse((["Headings", ""] + (1...20_000).map { "Recommendation \($0)" }).joined(separator: "\n"), source: "headings.txt")
        let items = Outline.recommendationItems(of: document)
        let rows = OutlineRows(model: OutlineModel(document: document, items: items, lookup: RecommendationLookup(items)),
                               folded: [], showing: nil)
        #expect(rows.count == FullOutline.rows(of: document).count)
        #expect(rows.numberWidth == 5)
        #expect(rows[rows.count - 1].label == "20000")
        #expect(rows.index(of: Selection.recommendation(12_345)).map { rows[$0].label } == "12345")
    }
}
