import Foundation
import PackagePlugin

/// Embeds the top-level `Content/*.txt` files in the `Content` module, so a copied binary
/// needs nothing beside it (a SwiftPM resource bundle would have to travel with it).
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let contentDir = context.package.directoryURL.appending(path: "Content")
        let files = try FileManager.default
            .contentsOfDirectory(at: contentDir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
        return [.buildCommand(
            displayName: "Embedding \(files.count) file(s) from Content/",
            executable: try context.tool(named: "ContentEmbedder").url,
            arguments: [output.path] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output]
        )]
    }
}
