import Foundation

/// Finds the built casebook executable: $CASEBOOK_BIN, else beside the running test executable
/// (`swift test` on Linux runs `.build/<config>/casebookPackageTests.xctest`, a plain executable in the
/// same directory as `casebook`; on macOS that is inside a bundle, so its parent directories are tried too).
enum CasebookBinary {
    static func path() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CASEBOOK_BIN"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw EndToEndError("CASEBOOK_BIN=\(explicit) is not an executable file")
            }
            return explicit
        }
        let candidates = searchDirectories().map { $0.appendingPathComponent("casebook").path }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        throw EndToEndError("cannot find the casebook binary; looked at \(candidates.joined(separator: ", ")). "
                            + "Build it (swift build) or set CASEBOOK_BIN")
    }

    private static func searchDirectories() -> [URL] {
        var directories: [URL] = []
        let executable = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // The executable's own directory and up to three parents (a macOS .xctest bundle nests it).
        for _ in 0..<4 {
            directories.append(directory)
            directory = directory.deletingLastPathComponent()
        }
        directories.append(Bundle.main.bundleURL)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        return directories
    }
}
