import Foundation

/// Reads the user's data files from their casebook folder (`ConfigFolder`): files named as the
/// built-in data files (`themes.txt`, `agencies.txt`, `glossary.txt`, `questions.txt`). A file that
/// cannot be read is reported and left out; casebook works on without it.
public enum UserDataFolder {
    /// The names a data file may have there: those of the built-in data files.
    public static var fileNames: [String] {
        BuiltInContent.fileNames.filter { $0 != BuiltInContent.defaultDocumentName && !LocalDataSidecar.isSidecar($0) }
    }

    /// The data files in `folder`; nil when it has none.
    public static func read(_ folder: ConfigFolder) -> UserData? {
        var data = UserData(folder: folder.shown(folder.path))
        for name in fileNames {
            let path = folder.path(of: name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do throws(LoadError) {
                let bytes = try DocumentLoader.readFile(path)
                if DocumentLoader.isBinary(bytes) { throw LoadError("\(path): is a binary file, not a data file") }
                data.files.append(UserData.File(name: name, path: folder.shown(path), text: String(decoding: bytes, as: UTF8.self)))
            } catch {
                data.problems.append(folder.shown(error.message) + "; it is not used")
            }
        }
        return data.files.isEmpty && data.problems.isEmpty ? nil : data
    }
}
