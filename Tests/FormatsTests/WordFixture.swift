import Content
import Foundation
import TestFixtures
@testable import Formats

/// A Word fixture in Tests/TestFixtures/Fixtures/docx, beside its `name.expected.json`.
struct WordFixture: CustomStringConvertible, Sendable {
    let name: String
    var description: String { name }

    /// The fixtures that open: every Word file in the folder but the damaged ones (tested by name), so
    /// that a new one is in the nothing-lost test without being named.
    static let readable: [WordFixture] = {
        guard let directory = FixtureFile.directory?.appendingPathComponent("docx"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".docx") && !$0.hasPrefix("damaged-") }.sorted().map(WordFixture.init)
    }()

    var url: URL { FixtureFile.directory!.appendingPathComponent("docx").appendingPathComponent(name) }
    func data() throws -> Data { try Data(contentsOf: url) }
    func extracted() throws -> ExtractedText { try DocumentOpener.extract(.docx, from: data(), source: name) }
    func document() throws -> ReviewDocument { try DocumentOpener.parse(data(), source: name) }

    var expectationURL: URL { url.deletingPathExtension().appendingPathExtension("expected.json") }
    func expectation() throws -> WordExpectation { try JSONDecoder().decode(WordExpectation.self, from: Data(contentsOf: expectationURL)) }
}

/// What a Word fixture's sidecar says: the extracted lines exactly, the role of each line that has one
/// ("heading 2", "header row", "row"), the declared title, furniture and warnings; and what the parser
/// makes of it today.
struct WordExpectation: Codable, Equatable {
    struct Recommendation: Codable, Equatable {
        var number: Int
        var title: String?
        var parts: [String]
        var responseLabel: String?
    }

    var lines: [String]
    var roles: [String: String]
    var declaredTitle: String?
    var furniture: [String]
    var warnings: [String]
    var recommendations: [Recommendation]

    init(_ extracted: ExtractedText, _ document: ReviewDocument) {
        lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        roles = Dictionary(uniqueKeysWithValues: extracted.roles.map { (String($0.key), Self.describe($0.value)) })
        declaredTitle = extracted.declaredTitle
        furniture = extracted.furniture.map(\.text)
        warnings = extracted.warnings.map(\.message)
        recommendations = document.recommendations.map {
            Recommendation(number: $0.number, title: $0.title, parts: $0.parts.map { String($0.label) },
                           responseLabel: $0.response?.label)
        }
    }

    static func describe(_ role: ExtractedText.LineRole) -> String {
        switch role {
        case .heading(let level): return "heading \(level)"
        case .tableRow(let header): return header ? "header row" : "row"
        }
    }
}
