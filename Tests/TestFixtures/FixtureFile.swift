import Content
import Foundation

/// A document in Tests/TestFixtures/Fixtures, beside its sidecar of expectations (`name.expected.json`).
public struct FixtureFile: Sendable, CustomStringConvertible {
    public let name: String
    public let url: URL

    public var description: String { name }

    /// The copied `Fixtures` folder. `Bundle.module.url(forResource: "Fixtures", withExtension: nil)` finds a
    /// copied folder on Linux as well as macOS; the per-file `subdirectory:` lookup needs the folder to exist anyway.
    public static var directory: URL? { Bundle.module.url(forResource: "Fixtures", withExtension: nil) }

    /// Every `.txt` fixture, by name. Empty only if the bundle is broken, which `fixturesArePresent` reports.
    public static let all: [FixtureFile] = {
        guard let directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".txt") && !LocalDataSidecar.isSidecar($0) }.sorted().map {
            FixtureFile(name: $0, url: directory.appendingPathComponent($0))
        }
    }()

    public static func named(_ name: String) throws -> FixtureFile {
        guard let file = all.first(where: { $0.name == name }) else { throw FixtureError("no fixture named \(name)") }
        return file
    }

    /// The file's bytes decoded as the loader decodes them (a BOM, if any, is still there for the parser to drop).
    public func text() throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    /// Parsed with the hints of its sidecar's `[parsing]`, if it has one, as the commands read it (and
    /// the `--explain` rules kept, for the tests that read them).
    public func parse() throws -> ReviewDocument {
        ReviewParser.parse(try text(), source: name, hints: ParseHintsSidecar.read(beside: url.path).hints, explaining: true)
    }

    public var expectationURL: URL { url.deletingPathExtension().appendingPathExtension("expected.json") }
}

/// The Child J response, as embedded in the binary (the same bytes as Content/portsmouth-child-j-response.txt).
public enum ChildJ {
    public static var text: String { BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? "" }
    public static var document: ReviewDocument { DocumentLoader.builtInDocument(explaining: true) }
}

public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
