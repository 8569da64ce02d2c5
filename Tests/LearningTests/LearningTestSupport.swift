@testable import Content
import Foundation
@testable import Learning
import TestFixtures

/// Reads the learning fixtures and builds small documents for the learning tests.
enum LearningFixtures {
    static func url(_ name: String, _ ext: String) throws -> URL {
        guard let url = FixtureBundle.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/learning") else {
            throw FixtureMissing(name: "\(name).\(ext)")
        }
        return url
    }

    static func json<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try FixtureJSON.decode(T.self, from: url(name, "json"))
    }

    static func text(_ name: String) throws -> String {
        try String(decoding: Data(contentsOf: url(name, "txt")), as: UTF8.self)
    }

    struct FixtureMissing: Error { var name: String }

    /// A document whose introduction is these paragraphs, one per line.
    static func document(introduction paragraphs: [String]) -> ReviewDocument {
        let blocks = paragraphs.enumerated().map { Block.paragraph($1, lines: SourceSpan(line: $0 + 1)) }
        return ReviewDocument(source: "test", introduction: blocks)
    }

    /// A document with one recommendation addressed to the PSCP and a response of these paragraphs.
    /// It is Portsmouth's: it carries Child J's local data, which says who the PSCP is.
    static func document(response paragraphs: [String]) -> ReviewDocument {
        let blocks = paragraphs.enumerated().map { Block.paragraph($1, lines: SourceSpan(line: $0 + 5)) }
        let recommendation = Recommendation(
            number: 1, heading: "Recommendation 1",
            text: [.paragraph("The PSCP should act.", lines: SourceSpan(line: 2))],
            response: Response(label: "Action Taken:", blocks: blocks, lines: SourceSpan(4, 4 + paragraphs.count)),
            lines: SourceSpan(1, 4 + paragraphs.count))
        var document = ReviewDocument(source: "test", sections: [Section(title: nil, recommendations: [recommendation],
                                                                           lines: SourceSpan(1, 4 + paragraphs.count))])
        document.localData = ChildJ.document.localData
        return document
    }

    /// The text an evidence's location points at, so tests can check the evidence quotes it exactly.
    static func pieceText(_ evidence: Evidence, in document: ReviewDocument) -> String? {
        let location = evidence.location
        func piece(_ blocks: [Block]) -> String? {
            guard blocks.indices.contains(location.block) else { return nil }
            let pieces = blocks[location.block].textPieces
            return pieces.indices.contains(location.piece) ? pieces[location.piece] : nil
        }
        switch location.item {
        case .introduction:
            return location.zone == .title ? document.titleLines[location.block] : piece(document.introduction)
        case let .section(index):
            return location.zone == .title ? document.sections[index].title : piece(document.sections[index].blocks)
        case let .recommendation(index):
            let recommendation = document.recommendations[index]
            switch location.zone {
            case .title: return recommendation.title
            case .text: return piece(recommendation.text)
            case let .part(letter): return piece(recommendation.part(letter)?.blocks ?? [])
            case .response: return piece(recommendation.response?.blocks ?? [])
            }
        }
    }
}
