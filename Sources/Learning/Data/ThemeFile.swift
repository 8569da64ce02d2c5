/// One line of the theme list: `Theme name: signal; signal phrase; prefix*`.
public struct ThemeDefinition: Sendable, Hashable {
    public var name: String
    public var signals: [String]
    public var line: Int

    public init(name: String, signals: [String], line: Int) {
        self.name = name
        self.signals = signals
        self.line = line
    }
}

/// Parses the theme list (`Content/themes.txt`), collecting malformed lines rather than failing.
public enum ThemeFile {
    public static let fileName = "themes.txt"

    public static func parse(_ text: String, file: String = fileName) -> (themes: [ThemeDefinition], issues: [DataFileIssue]) {
        var issues: [DataFileIssue] = []
        let lists = DataFileLines.namedLists(text, file: file, expected: "Theme name: signal; signal", thing: ("a", "theme"),
                                             itemNoun: "signal", requiresItems: true, issues: &issues)
        return (lists.map { ThemeDefinition(name: $0.name, signals: $0.items, line: $0.line) }, issues)
    }
}
