import Foundation
@testable import Library
import TestFixtures

/// A fresh folder for one test's library and documents, removed at the end.
struct ScratchLibrary {
    let folder: String
    var libraryPath: String { folder + "/library.sqlite" }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-library-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func open() throws -> LibraryStore { try LibraryStore.open(path: libraryPath) }

    /// The library with copies of `fixtures` imported.
    func open(importing fixtures: [String]) throws -> LibraryStore {
        let store = try open()
        _ = try LibraryImporter(store: store).add(try fixtures.map { try copy(fixture: $0) })
        return store
    }

    /// Writes a document into the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A copy of a fixture in the folder.
    func copy(fixture name: String) throws -> String {
        try write(name, try FixtureFile.named(name).text())
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// A small review of the shape casebook parses, with the words given.
func review(organisation: String, title: String, opening: String, recommendations: [(String, String)]) -> String {
    var text = "\(organisation)\n\n\(title)\n\n\(opening)\n\nRecommendations\n\n"
    for (index, (recommendation, response)) in recommendations.enumerated() {
        text += "Recommendation \(index + 1)\n\n\(recommendation)\n\nResponse:\n\n\(response)\n\n"
    }
    return text
}
