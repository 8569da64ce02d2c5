import Content
import Foundation
import TestFixtures
@testable import Formats

/// A PDF in Tests/TestFixtures/Fixtures/pdf, with the text its generator laid out (`name.source.txt`)
/// and what reading it must give (`name.expected.json`).
struct PDFFixture: CustomStringConvertible {
    let name: String
    var description: String { name }

    static let directory = FixtureFile.directory?.appendingPathComponent("pdf")
    /// The readable fixtures: every PDF in the folder with a source text beside it, so that a new one
    /// is in the nothing-lost test without being named (the unreadable ones are tested by name).
    static let readable: [PDFFixture] = {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".source.txt") }.sorted().map { PDFFixture(name: String($0.dropLast(".source.txt".count))) }
            .filter { FileManager.default.fileExists(atPath: $0.url("pdf").path) }
    }()
    static let withExpectations = readable.filter { FileManager.default.fileExists(atPath: $0.url("expected.json").path) }

    func url(_ extension: String) -> URL {
        (Self.directory ?? URL(fileURLWithPath: "/nonexistent")).appendingPathComponent("\(name).\(`extension`)")
    }

    func data() throws -> Data { try Data(contentsOf: url("pdf")) }
    func extracted() throws -> ExtractedText { try PDFTextReader.extract(data(), source: name + ".pdf") }
    func document() throws -> ReviewDocument { try DocumentOpener.parse(data(), source: name + ".pdf") }
    func sourceText() throws -> String { try String(contentsOf: url("source.txt"), encoding: .utf8) }
    func expectation() throws -> PDFExpectation { try FixtureJSON.decode(from: url("expected.json")) }
}

/// What a PDF fixture's sidecar says; every field optional.
struct PDFExpectation: Decodable {
    struct Heading: Decodable, Equatable { var level: Int; var text: String }
    struct TableRow: Decodable, Equatable { var header: Bool; var cells: [String] }
    struct Recommendation: Decodable, Equatable { var number: Int; var responseLabel: String }

    var declaredTitle: String?
    var titleLines: [String]?
    var headings: [Heading]?
    /// How many furniture lines of each kind ("running header", "page number", "page break").
    var furniture: [String: Int]?
    var tableRows: [TableRow]?
    var recommendations: [Recommendation]?
    /// Text each of which must lie within one line of the extracted text.
    var lines: [String]?
}
