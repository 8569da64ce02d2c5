import Foundation
import Testing

/// The core is pure: the runtime brings it the time, the ids and the files. This reads the core's
/// sources and fails on any call that would fetch them itself.
@Suite struct CorePurityTests {
    private static let forbidden = ["Date()", "UUID()", "FileManager", "DispatchTime", "clock_gettime", "import CNcurses"]

    @Test func theCoreReadsNoClockMakesNoIdAndTouchesNoFile() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/TUICore").standardizedFileURL
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for call in Self.forbidden {
                #expect(!text.contains(call), "\(file.lastPathComponent) uses \(call)")
            }
        }
    }
}
