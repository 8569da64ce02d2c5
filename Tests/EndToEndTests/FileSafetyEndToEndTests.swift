import Foundation
import Testing

/// Files that are not what they seem: a FIFO or a symbolic-link loop among documents, a user's own
/// file named as the library, and help written where it cannot go (the second audit, issues 12 and 14).
/// Every command runs under `timeout`, so a hang fails the test instead of stalling the suite.
@Suite(.tags(.commandLine))
struct FileSafetyEndToEndTests {
    /// Runs `script` with `/bin/sh` in a private home, `$CB` naming the casebook binary and `$D` a scratch folder.
    func shell(_ script: String, in folder: String) throws -> CommandLineEndToEndTests.Run {
        try CommandLineEndToEndTests().casebook(["-c", script, "sh"], binary: "/bin/sh",
                                                environment: ["CB": try CasebookBinary.path(), "D": folder,
                                                              "XDG_DATA_HOME": folder + "/data",
                                                              "XDG_CONFIG_HOME": folder + "/config"])
    }

    func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-fsafe-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/docs", withIntermediateDirectories: true)
        return folder
    }

    static let review = "Recommendation 1\n\nThe partnership should review the plan.\n\nAction Taken:\n\nDone.\n"

    // MARK: Documents that are not regular files

    @Test func aFIFOAmongDocumentsIsCountedAsUnreadableAndTheRestAreAdded() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.review.write(toFile: folder + "/docs/plan.txt", atomically: true, encoding: .utf8)
        let run = try shell(#"mkfifo "$D/docs/fifo.txt" && timeout 20 "$CB" add "$D/docs""#, in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("1 added, 0 unchanged, 0 updated, 1 could not be read — see `casebook check "), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("/docs/fifo.txt`\n"), "\(run.stdout)")
        #expect(run.stderr.contains("fifo.txt: is not a regular file (a pipe, device or socket), so casebook does not read it"),
                "\(run.stderr)")
    }

    @Test func aFIFONamedOnTheCommandLineIsOneLineNotAHang() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for command in ["add", "check", "list", "export"] {
            let run = try shell(#"mkfifo "$D/docs/fifo.txt" 2>/dev/null; timeout 20 "$CB" "# + command + #" "$D/docs/fifo.txt""#,
                                in: folder)
            #expect(run.status != 124 && run.status != 0, "\(command): \(run.status)")
            #expect(run.stderr.contains("fifo.txt: is not a regular file (a pipe, device or socket), so casebook does not read it"),
                    "\(command): \(run.stderr)")
        }
    }

    @Test func aFIFOAsTheConfigFileIsOneLineNotAHang() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try shell(#"mkdir -p "$D/config/casebook" && mkfifo "$D/config/casebook/config.toml" && timeout 20 "$CB" list"#,
                            in: folder)
        #expect(run.status == 2, "\(run.status)")
        #expect(run.stderr.contains("config.toml: cannot be read"), "\(run.stderr)")
    }

    @Test func aSymbolicLinkLoopInAFolderIsCountedAsUnreadable() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.review.write(toFile: folder + "/docs/plan.txt", atomically: true, encoding: .utf8)
        let run = try shell(#"cd "$D/docs" && ln -s loop2.txt loop1.txt && ln -s loop1.txt loop2.txt && timeout 20 "$CB" add ."#,
                            in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("1 added, 0 unchanged, 0 updated, 2 could not be read — see why above, or `casebook check "),
                "\(run.stdout)")
        #expect(run.stdout.hasSuffix("/docs/loop1.txt` (the first)\n"), "\(run.stdout)")
        #expect(run.stderr.contains("loop1.txt: is a loop of symbolic links"), "\(run.stderr)")
    }
}
