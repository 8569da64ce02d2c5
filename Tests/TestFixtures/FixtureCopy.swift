import Content
import Foundation

/// A fixture copied into a fresh temporary folder, with local data (`NAME.local.txt`) beside it
/// when given, as a user would keep a document and its sidecar. `remove()` when done.
public struct FixtureCopy {
    public let folder: URL
    /// The copied document.
    public let path: String
    /// Where its local data is, or would be.
    public var localDataPath: String { LocalDataSidecar.name(for: path) }
    public var localDataName: String { URL(fileURLWithPath: localDataPath).lastPathComponent }

    /// A copy of the fixture of this name (`oakridge-child-r-local-authority.txt`).
    public init(of name: String, localData: String?) throws {
        let fixture = try FixtureFile.named(name)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent(fixture.name).path
        try Data(contentsOf: fixture.url).write(to: URL(fileURLWithPath: path))
        if let localData { try Data(localData.utf8).write(to: URL(fileURLWithPath: localDataPath)) }
    }

    public func remove() { try? FileManager.default.removeItem(at: folder) }
}
