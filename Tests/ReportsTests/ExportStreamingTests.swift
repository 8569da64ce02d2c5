import Foundation
import Testing
@testable import Content
import Learning
@testable import Reports
import TestFixtures

/// The exports are written as they are made, a few recommendations at a time, and say exactly what
/// encoding or joining the whole document at once said.
@Suite struct ExportStreamingTests {
    /// Sections with and without titles, recommendations with parts, lists and responses, and some
    /// without: more recommendations than one batch of the JSON stream.
    static func largeDocument(recommendations: Int) -> ReviewDocument {
        var lines = ["Anytown Safeguarding Children Partnership", "", "Response to the Recommendations", "",
                     "The review looked at the care of Child Q.", ""]
        for number in 1...recommendations {
            if number % 100 == 1 { lines += ["Recommendations related to area \(number / 100 + 1)", ""] }
            lines += ["Recommendation \(number): Information sharing", "", "The PSCP should share the learning about \(number).", ""]
            if number % 3 == 0 { lines += ["a) Schools should act.", "", "b) Health should act.", ""] }
            if number % 7 != 0 { lines += ["Action Taken:", "", "Learning was shared with schools on \(number) May.", ""] }
            if number % 5 == 0 { lines += ["The offer:", "", "1. Training", "2. Audit", ""] }
        }
        return ReviewParser.parse(lines.joined(separator: "\n"), source: "large.txt")
    }

    static var documents: [ReviewDocument] {
        get throws {
            try FixtureFile.all.map { try $0.parse() } + [ChildJ.document, largeDocument(recommendations: 700),
                                                          ReviewParser.parse("Recommendation 1", source: "bare.txt")]
        }
    }

    @Test func theStreamedJSONIsTheWholeModelEncoded() throws {
        for document in try Self.documents {
            let learning = LearningIndex(document: document)
            #expect(try JSONExporter.export(document, learning: learning)
                    == JSONExporter.encode(ExportModel.Document(document, learning: learning)),
                    "\(document.source)")
        }
    }

    @Test func jsonIsWrittenABatchOfRecommendationsAtATime() throws {
        let document = Self.largeDocument(recommendations: 2_000)
        var pieces: [Int] = []
        try JSONExporter.export(document) { pieces.append($0.utf8.count) }
        let whole = pieces.reduce(0, +)
        #expect(pieces.max()! * 5 < whole, "the largest piece is \(pieces.max()!) bytes of \(whole)")
    }

    @Test func markdownIsWrittenARecommendationAtATime() throws {
        let document = Self.largeDocument(recommendations: 500)
        var pieces: [String] = []
        MarkdownExporter.export(document) { pieces.append($0) }
        #expect(pieces.count > 500)
        #expect(pieces.joined() == MarkdownExporter.export(document))
        #expect(pieces.map(\.utf8.count).max()! * 100 < pieces.joined().utf8.count)
    }

    @Test func markdownChunksAreSeparatedAsBeforeAcrossPieces() {
        var output = BlankLineSeparated()
        let text = output.text(of: [["# Title"], [], ["a", "b"]]) + output.text(of: [[]]) + output.text(of: [["c"]])
        #expect(text == OutputLayout.text(OutputLayout.joinedWithBlankLines([["# Title"], [], ["a", "b"], [], ["c"]])))
        #expect(text == "# Title\n\na\nb\n\nc\n")
    }
}
