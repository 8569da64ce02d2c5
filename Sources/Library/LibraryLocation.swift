import Foundation

/// Where the library lives: the file or folder the `library` setting names (a folder holds
/// `library.sqlite`), or `library.sqlite` in `$XDG_DATA_HOME/casebook` (`~/.local/share/casebook`)
/// beside the notes.
public enum LibraryLocation {
    public static let fileName = "library.sqlite"
    /// A path that does not exist yet names a library file when it ends so; otherwise a folder.
    static let fileExtensions: Set<String> = ["sqlite", "sqlite3", "db"]

    /// The library file for a chosen path (nil: the default one): an existing file, or a path ending
    /// in .sqlite or .db, is the library file itself; anything else is the folder holding it.
    public static func file(chosen: String?, environment: [String: String]) throws(LibraryError) -> String {
        if let chosen { return namesFile(chosen) ? chosen : trimmed(chosen) + "/" + fileName }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return trimmed(data) + "/casebook/" + fileName
        }
        if let home = environment["HOME"], !home.isEmpty {
            return trimmed(home) + "/.local/share/casebook/" + fileName
        }
        throw LibraryError(.noLocation, "cannot find the library: neither XDG_DATA_HOME nor HOME is set; give --library PATH")
    }

    private static func namesFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return !isDirectory.boolValue }
        return !path.hasSuffix("/") && fileExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path == "/" ? "" : path
    }
}
