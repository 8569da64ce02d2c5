@testable import Content
import TestFixtures
/// What a fixture's sidecar (`name.expected.json`) says the parser must produce. Every field is optional:
/// a sidecar states only what that fixture is about.
///
/// Places (`in`): "introduction", "3" (recommendation 3's own text), "3b" (part b), "3 response";
/// left out, anywhere in the document. Where a title or response label is "", the model must have none.
struct FixtureExpectation: Decodable {
    var titleLines: [String]?
    var introductionBlocks: Int?
    var sections: [SectionExpectation]?
    /// In document order, one per recommendation (so repeated numbers can be told apart).
    var recommendations: [RecommendationExpectation]?
    /// Page numbers and running headers, exactly.
    var furniture: [FurnitureExpectation]?
    /// Lines that hold a page break (a form feed); each must be listed in the furniture under some kind.
    var pageBreakLines: [Int]?
    var warnings: [WarningExpectation]?
    /// The exact number of warnings, when the fixture cares (0 for a clean document).
    var warningCount: Int?
    /// Text that must appear inside a single paragraph, heading, list intro or list item.
    var texts: [TextExpectation]?
    var lists: [ListExpectation]?
    var blockLines: [BlockLinesExpectation]?
}

struct SectionExpectation: Decodable {
    /// nil for recommendations before any section heading.
    var title: String?
    var recommendations: [Int]
}

struct RecommendationExpectation: Decodable {
    var number: Int
    var heading: String?
    var title: String?
    var textBlocks: Int?
    /// Part letters in order: ["a", "b"].
    var parts: [String]?
    var partMarkers: [String]?
    var responseLabel: String?
    /// Kinds of the response's blocks in order: ["paragraph", "list", "heading"].
    var responseBlocks: [String]?
    /// The stated status's kind ("partially accepted", "amber"), or "" for none.
    var statedStatus: String?
    /// The response's dated entries, dates as written, in order.
    var timeline: [String]?
    /// The code series: "E" for "E1.", "" for none.
    var series: String?
    /// The stated owner and due date (a table's Lead and Target columns), in the author's words; "" for none.
    var owner: String?
    var due: String?
    /// The response's stated status as written ("Amber", "Partially accepted"); "" for none.
    var statedWords: String?
    /// Every field as "Column: text", in order.
    var fields: [String]?
}

struct FurnitureExpectation: Decodable, Hashable {
    var line: Int
    /// "page number" or "running header".
    var kind: String
}

struct WarningExpectation: Decodable {
    var line: Int?
    /// Matched without regard to case.
    var contains: String
}

struct TextExpectation: Decodable {
    var `in`: String?
    var text: String
}

struct ListExpectation: Decodable {
    var `in`: String?
    /// Which list in that place, counting from 0.
    var index: Int?
    var items: Int
    var markers: [String]?
    /// The introducing paragraph; "" for none.
    var intro: String?
    /// Per item, the term or null.
    var terms: [String?]?
    /// Per item, its full text (without marker).
    var itemTexts: [String]?
}

struct BlockLinesExpectation: Decodable {
    var `in`: String
    var index: Int
    var first: Int
    var last: Int
}

extension FixtureFile {
    func expectation() throws -> FixtureExpectation { try FixtureJSON.decode(from: expectationURL) }
}
