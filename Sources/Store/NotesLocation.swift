/// Where notes live: `$XDG_DATA_HOME/casebook`, or `~/.local/share/casebook` by default.
public enum NotesLocation {
    public static func directory(environment: [String: String]) throws(NoteStoreError) -> String {
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return trimmed(data) + "/casebook"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return trimmed(home) + "/.local/share/casebook"
        }
        throw NoteStoreError(.noLocation,
            "cannot keep notes: neither XDG_DATA_HOME nor HOME is set; set one to say where notes are stored")
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path == "/" ? "" : path
    }
}
