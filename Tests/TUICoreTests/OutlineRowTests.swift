import Content
import Testing
@testable import TUICore

/// An outline row keeps where its distinct words start, not a copy of them (issue 14, memory).
@Suite struct OutlineRowTests {
    @Test func theDistinctWordsAreTheEndOfTheGist() {
        var row = OutlineRow(selection: .recommendation(3), kind: .recommendation, label: "3", text: "Seek assurance from Children’s Social Care")
        #expect(row.distinctText == nil)
        row.distinctText = "Children’s Social Care"
        #expect(row.distinctText == "Children’s Social Care")
        row.distinctText = nil
        #expect(row.distinctText == nil)
        #expect(MemoryLayout<OutlineRow>.stride <= 80)
    }
}
