@testable import Content
import Foundation
import TestFixtures
import Testing

/// The first real document: Portsmouth's response to the Child J review (Content/portsmouth-child-j-response.txt).
@Suite struct ChildJTests {
    let document = ChildJ.document

    @Test func titleLines() {
        #expect(document.titleLines == [
            "Portsmouth Safeguarding Children Partnership",
            "Response to the Recommendations from the Serious Case Review of Child J",
        ])
        #expect(document.organisation == "Portsmouth Safeguarding Children Partnership")
    }

    @Test func introductionHasThreeParagraphs() {
        #expect(document.introduction.map(\.kind) == [.paragraph, .paragraph, .paragraph])
        #expect(document.introduction.first?.text.hasPrefix("The case was referred to the Portsmouth") == true)
        #expect(document.introduction.last?.text.hasSuffix("for specific partner agencies as identified below.") == true)
    }

    @Test func twoSectionsWithTheirTitles() {
        #expect(document.sections.map(\.title) == [
            "Recommendations related to learning from Child J",
            "Recommendations generic to all Child Criminal Exploitation (CCE) cases.",
        ])
        #expect(document.sections.map { $0.recommendations.map(\.number) } == [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]])
    }

    @Test func recommendationsOneToTenInOrder() {
        #expect(document.recommendations.map(\.number) == Array(1...10))
        #expect(document.recommendations.map(\.heading) == (1...10).map { "Recommendation \($0)" })
        #expect(document.recommendations.allSatisfy { $0.title == nil })
    }

    @Test func partsAreExactlyThoseLettered() {
        let parts = document.recommendations.flatMap(\.parts).map(\.id.description)
        #expect(parts == ["3a", "3b", "5a", "5b", "5c", "6a", "6b", "7a", "7b"])
        #expect(document.recommendations.flatMap(\.parts).allSatisfy { $0.marker == "\($0.label))" })
        // Where there are parts, no text comes before the first one.
        for recommendation in document.recommendations where !recommendation.parts.isEmpty {
            #expect(recommendation.text.isEmpty, "recommendation \(recommendation.number) has text before its parts")
        }
    }

    @Test func everyRecommendationHasAnActionTakenResponse() {
        for recommendation in document.recommendations {
            #expect(recommendation.response?.label == "Action Taken:", "recommendation \(recommendation.number)")
            #expect(recommendation.response?.blocks.isEmpty == false, "recommendation \(recommendation.number)")
        }
        #expect(document.warnings.isEmpty, "\(document.warnings)")
        #expect(document.furniture.isEmpty, "\(document.furniture)")
    }

    /// 5a is split by a blank line in mid-sentence ("…should also seek" / "assurance on…").
    @Test func part5aJoinsAcrossTheBlankLine() {
        let blocks = document.part(ItemID(number: 5, part: "a"))?.blocks ?? []
        #expect(blocks.count == 1)
        #expect(blocks.first?.text.contains("The PSCP should also seek assurance on lead professional arrangements") == true)
        #expect(blocks.first?.lines == SourceSpan(70, 72))
    }

    /// 6b likewise ("…what the process is to share" / "information disclosed…").
    @Test func part6bJoinsAcrossTheBlankLine() {
        let blocks = document.part(ItemID(number: 6, part: "b"))?.blocks ?? []
        #expect(blocks.count == 1)
        #expect(blocks.first?.text.hasSuffix("what the process is to share information disclosed about the child with other agencies.") == true)
        #expect(blocks.first?.lines == SourceSpan(100, 102))
    }

    @Test func recommendation4HasANumberedListOfFour() throws {
        let response = try #require(document.recommendation(ItemID(number: 4))?.response)
        #expect(response.blocks.map(\.kind) == [.paragraph, .list, .paragraph])
        let list = try #require(response.blocks.first { $0.kind == .list })
        #expect(list.items.map(\.marker) == ["1.", "2.", "3.", "4."])
        #expect(list.text == "The OPCC have received funding for trauma informed work which is being split into 4 areas;")
        #expect(list.items.first?.text == "A trauma informed conference")
        #expect(list.lines == SourceSpan(59, 64))
        #expect(list.items.last?.lines == SourceSpan(line: 64))
    }

    @Test func recommendation7EndsWithATermList() throws {
        let response = try #require(document.recommendation(ItemID(number: 7))?.response)
        let list = try #require(response.blocks.last)
        #expect(list.kind == .list)
        #expect(list.text == "Schools in Portsmouth have received the following offer in the last year:")
        #expect(list.items.count == 5)
        #expect(list.items.map(\.marker) == ["", "", "", "", ""])
        #expect(list.items.map(\.term) == [nil, "Restorative Practice", "PACE/ PACE +", nil, "Louise Bomber Webinars"])
        #expect(list.items[1].text == "Training delivered by PSCP and/ or whole staff training delivered by Portsmouth Mediation Service.")
        #expect(list.items[0].fullText == "ACEs training offer in place through PSCP training programme open to all schools.")
        #expect(list.lines == SourceSpan(122, 132))
    }

    @Test func sourceLinesOfSomeBlocks() throws {
        #expect(document.introduction.map(\.lines) == [SourceSpan(line: 9), SourceSpan(line: 11), SourceSpan(line: 13)])
        let first = try #require(document.recommendations.first)
        #expect(first.lines.first == 17)
        #expect(first.text.map(\.lines) == [SourceSpan(line: 19)])
        #expect(first.response?.blocks.map(\.lines) == [SourceSpan(line: 23), SourceSpan(line: 25), SourceSpan(line: 27)])
        let last = try #require(document.recommendations.last)
        #expect(last.response?.blocks.last?.lines == SourceSpan(line: 160))
        #expect(document.part(ItemID(number: 3, part: "b"))?.lines.first == 43)
    }

    @Test func loadedFromDiskWithItsLocalDataIsTheSameAsBuiltIn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = BuiltInContent.defaultDocumentName
        let localName = LocalDataSidecar.name(for: name)
        try Data(ChildJ.text.utf8).write(to: folder.appendingPathComponent(name))
        try Data((BuiltInContent.text(named: localName) ?? "").utf8).write(to: folder.appendingPathComponent(localName))
        var document = try DocumentLoader.load(path: folder.appendingPathComponent(name).path, explaining: true)
        document.source = name
        #expect(document == self.document)
        #expect(document.localData?.fileName == localName)
    }
}
