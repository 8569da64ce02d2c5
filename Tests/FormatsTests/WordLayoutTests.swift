import Content
import Testing
@testable import Formats

/// Issue 11's layouts in a Word file: recommendations Word numbers itself, each followed by its
/// unlabelled response, and responses divided by sub-headings in a heading style.
@Suite struct WordLayoutTests {
    @Test func alternatingResponsesAndSubheadings() throws {
        let document = try WordFixture(name: "fernleigh-child-r-alternating.docx").document()
        #expect(document.recommendations.map(\.number) == [1, 2, 3, 4])
        #expect(document.recommendations.map { $0.response?.statedStatus?.kind } == [.agreed, .partiallyAccepted, .rejected, nil])
        #expect(document.recommendations.map { $0.text.count } == [1, 1, 1, 1])
        // A heading the Word file marks stays inside the response it divides; the last one heads a section.
        #expect(document.recommendations[0].response?.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(document.recommendations[1].response?.timeline.map(\.date) == ["June 2023"])
        #expect(document.sections.map(\.title) == ["Recommendations", "Next steps"])
        #expect(document.recommendations[3].response?.blocks.first?.text.hasPrefix("The campaign ran") == true)
    }
}
