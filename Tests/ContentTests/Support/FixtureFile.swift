@testable import Content
import Foundation

/// A document in Tests/ContentTests/Fixtures, beside its sidecar of expectations (`name.expected.json`).
struct FixtureFile: Sendable, CustomStringConvertible {
    let name: String
    let url: URL

    var description: String { name }

    /// The copied `Fixtures` folder. `Bundle.module.url(forResource: "Fixtures", withExtension: nil)` finds a
    /// copied folder on Linux as well as macOS; the per-file `subdirectory:` lookup needs the folder to exist anyway.
    static var directory: URL? { Bundle.module.url(forResource: "Fixtures", withExtension: nil) }

    /// Every `.txt` fixture, by name. Empty only if the bundle is broken, which `fixturesArePresent` reports.
    static let all: [FixtureFile] = {
        guard let directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map {
            FixtureFile(name: $0, url: directory.appendingPathComponent($0))
        }
    }()

    static func named(_ name: String) throws -> FixtureFile {
        guard let file = all.first(where: { $0.name == name }) else { throw FixtureError("no fixture named \(name)") }
        return file
    }

    /// The file's bytes decoded as the loader decodes them (a BOM, if any, is still there for the parser to drop).
    func text() throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    func parse() throws -> ReviewDocument { ReviewParser.parse(try text(), source: name) }

    var expectationURL: URL { url.deletingPathExtension().appendingPathExtension("expected.json") }

    func expectation() throws -> FixtureExpectation {
        let data = try Data(contentsOf: expectationURL)
        do { return try JSONDecoder().decode(FixtureExpectation.self, from: data) } catch {
            throw FixtureError("\(expectationURL.lastPathComponent): \(error)")
        }
    }
}

/// The Child J response, as embedded in the binary (the same bytes as Content/portsmouth-child-j-response.txt).
enum ChildJ {
    static var text: String { BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? "" }
    static var document: ReviewDocument { DocumentLoader.builtInDocument() }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
