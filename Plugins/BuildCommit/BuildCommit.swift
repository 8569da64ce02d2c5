import Foundation
import PackagePlugin

/// Records the commit the `casebook` target is built from (`BuildCommit.description`, for `--version`).
/// A prebuild command runs before every build, so a new commit is always seen; the script rewrites its
/// output only when the text changes, so an unchanged commit costs no recompilation.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [.prebuildCommand(
            displayName: "Recording the commit casebook is built from",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: [package.appending(path: "Scripts/write-build-commit").path, package.path,
                        outputDirectory.appending(path: "BuildCommit.swift").path],
            // git is looked up on the builder's PATH; without it the script says "unknown commit".
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"],
            outputFilesDirectory: outputDirectory
        )]
    }
}
