import Foundation
import Testing

/// `casebook --version` names the version and the commit it was built from, recorded at build time by
/// the BuildCommit plugin (which runs Scripts/write-build-commit).
@Suite(.tags(.commandLine))
struct VersionEndToEndTests {
    @Test func versionNamesTheCommitItWasBuiltFrom() throws {
        let run = try Subprocess.run(try CasebookBinary.path(), ["--version"])
        #expect(run.status == 0)
        let line = run.stdout.trimmingCharacters(in: .newlines)
        let match = try #require(line.wholeMatch(of: /casebook \d+\.\d+\.\d+ \((?:commit ([0-9a-f]{7,})|unknown commit)\)/),
                                 "unexpected --version: \(line)")
        if let commit = match.1 {
            let known = try Subprocess.run("/usr/bin/env", ["git", "-C", Installation.repository.path, "cat-file", "-e", "\(commit)^{commit}"])
            #expect(known.status == 0, "\(commit) is not a commit of this repository")
        }
    }

    /// Runs the plugin's script for `package`; returns the Swift source it writes.
    func buildCommitSource(for package: URL) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-commit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Generated/BuildCommit.swift")
        let script = Installation.repository.appendingPathComponent("Scripts/write-build-commit").path
        let run = try Subprocess.run("/bin/sh", [script, package.path, output.path])
        try #require(run.status == 0, "\(run.stderr)")
        return try String(contentsOf: output, encoding: .utf8)
    }

    @Test func theCommitIsUnknownOutsideAGitCheckout() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-no-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(try buildCommitSource(for: empty).contains(#"static let description = "unknown commit""#))
    }

    @Test func theCommitIsRecordedFromAGitCheckout() throws {
        let head = try Subprocess.run("/usr/bin/env", ["git", "-C", Installation.repository.path, "rev-parse", "--short", "HEAD"])
        try #require(head.status == 0, "git is not available here")
        let commit = head.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try buildCommitSource(for: Installation.repository).contains(#"static let description = "commit \#(commit)""#))
    }
}
