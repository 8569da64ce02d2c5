/// A line of an editable data file that a trainer got wrong, kept so the app can report it
/// ("agencies.txt line 12: …") while still using every good line.
public struct DataFileIssue: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    /// The line as written.
    public var text: String

    public init(file: String, line: Int, message: String, text: String) {
        self.file = file
        self.line = line
        self.message = message
        self.text = text
    }

    public var description: String { "\(file) line \(line): \(message): \(text)" }
}

/// The meaningful lines of a data file: `#` comments and blank lines dropped, each kept
/// with its 1-based line number and trimmed of surrounding whitespace.
enum DataFileLines {
    static func read(_ text: String) -> [(number: Int, text: String)] {
        var lines: [(number: Int, text: String)] = []
        var number = 0
        text.enumerateLines { line, _ in
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}", "\r"]))
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
            lines.append((number, trimmed))
        }
        return lines
    }

    /// Splits "a; b; c" into its trimmed, non-empty parts.
    static func list(_ text: Substring) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
