import Content
import Foundation

/// A fixture copied into a fresh temporary folder, with local data (`NAME.local.txt`) beside it
/// when given, as a user would keep a document and its sidecar. Remove `folder` when done.
public struct FixtureCopy {
    public let folder: URL
    public let path: String

    public init(of fixture: FixtureFile, localData: String?) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let document = folder.appendingPathComponent(fixture.name)
        try Data(contentsOf: fixture.url).write(to: document)
        path = document.path
        if let localData {
            try Data(localData.utf8).write(to: URL(fileURLWithPath: LocalDataSidecar.name(for: path)))
        }
    }
}
