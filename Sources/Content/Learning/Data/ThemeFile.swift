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
        var themes: [ThemeDefinition] = []
        var issues: [DataFileIssue] = []
        var names = Set<String>()
        for line in DataFileLines.read(text) {
            func reject(_ message: String) {
                issues.append(DataFileIssue(file: file, line: line.number, message: message, text: line.text))
            }
            guard let colon = line.text.firstIndex(of: ":") else {
                reject("expected Theme name: signal; signal")
                continue
            }
            let name = line.text[..<colon].trimmingCharacters(in: .whitespaces)
            let signals = DataFileLines.list(line.text[line.text.index(after: colon)...])
            if name.isEmpty {
                reject("missing the theme name before :")
            } else if signals.isEmpty {
                reject("a theme needs at least one signal word after :")
            } else if !names.insert(name.lowercased()).inserted {
                reject("names a theme already listed")
            } else if let bad = signals.first(where: { PhrasePattern($0) == nil }) {
                reject("signal \"\(bad)\" has no words")
            } else {
                themes.append(ThemeDefinition(name: name, signals: signals, line: line.number))
            }
        }
        return (themes, issues)
    }
}
