/// How a user's data file is laid over the built-in file of its name, said by a comment line at its
/// top: `# casebook: add` (the default: its lines join the built-in ones, a line naming a built-in
/// entry adds to that entry) or `# casebook: replace` (its lines are the whole list).
public enum DataFileMode: String, Sendable, Hashable, CaseIterable {
    case add, replace

    static let keyword = "casebook:"

    /// The mode set by the comment lines before a file's first entry; a `# casebook:` line with
    /// another word is an issue, and the file is then read as adding.
    static func of(_ text: String, file: String) -> (mode: DataFileMode, issue: DataFileIssue?) {
        var number = 0
        var found: (mode: DataFileMode, issue: DataFileIssue?) = (.add, nil)
        text.enumerateLines { line, stop in
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}", "\r"]))
            guard trimmed.isEmpty || trimmed.hasPrefix("#") else { stop = true; return }
            let comment = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
            guard comment.lowercased().hasPrefix(keyword) else { return }
            let word = comment.dropFirst(keyword.count).trimmingCharacters(in: .whitespaces).lowercased()
            if let mode = DataFileMode(rawValue: word) {
                found = (mode, nil)
            } else {
                found = (.add, DataFileIssue(file: file, line: number, message: "expected # casebook: add or # casebook: replace",
                                             text: trimmed))
            }
            stop = true
        }
        return found
    }

    /// The opening lines of an editable copy of the built-in file `name` (`casebook data init`).
    public static func copyHeader(of name: String) -> String {
        """
        # \(keyword) replace
        # Your copy of casebook's built-in \(name). While the line above says replace, this file is the
        # whole list and the built-in one is not used. To add lines to the built-in list instead, keep
        # only your own lines and make the first line "# \(keyword) add".
        # casebook reads this file each time it starts; `casebook check --data` reports lines it cannot use.

        """
    }
}
