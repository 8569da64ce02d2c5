/// Where the library lives: `library.sqlite` in the folder the `library` setting names, or in
/// `$XDG_DATA_HOME/casebook` (`~/.local/share/casebook`) beside the notes.
public enum LibraryLocation {
    public static let fileName = "library.sqlite"

    /// The library file for a chosen folder (nil: the default one).
    public static func file(folder: String?, environment: [String: String]) throws(LibraryError) -> String {
        if let folder { return trimmed(folder) + "/" + fileName }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return trimmed(data) + "/casebook/" + fileName
        }
        if let home = environment["HOME"], !home.isEmpty {
            return trimmed(home) + "/.local/share/casebook/" + fileName
        }
        throw LibraryError(.noLocation, "cannot find the library: neither XDG_DATA_HOME nor HOME is set; give --library FOLDER")
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path == "/" ? "" : path
    }
}
