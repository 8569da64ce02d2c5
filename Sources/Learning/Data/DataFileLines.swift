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

    /// A "Name: item; item" line that passed the checks.
    struct NamedList {
        var line: Int
        var name: String
        var items: [String]
    }

    /// Reads "Name: item; item" lines (agencies, themes): a name before the colon, unique by `key`,
    /// and items that each hold a word. Lines that fail are collected in `issues` with what is wrong.
    static func namedLists(_ text: String, file: String, expected: String, thing: (article: String, noun: String),
                           itemNoun: String, requiresItems: Bool, key: (String) -> String = { $0.lowercased() },
                           issues: inout [DataFileIssue]) -> [NamedList] {
        var lists: [NamedList] = []
        var keys = Set<String>()
        for line in read(text) {
            func reject(_ message: String) {
                issues.append(DataFileIssue(file: file, line: line.number, message: message, text: line.text))
            }
            guard let colon = line.text.firstIndex(of: ":") else {
                reject("expected " + expected)
                continue
            }
            let name = line.text[..<colon].trimmingCharacters(in: .whitespaces)
            let items = list(line.text[line.text.index(after: colon)...])
            if name.isEmpty {
                reject("missing the \(thing.noun) name before :")
            } else if requiresItems && items.isEmpty {
                reject("\(thing.article) \(thing.noun) needs at least one \(itemNoun) word after :")
            } else if !keys.insert(key(name)).inserted {
                reject("names \(thing.article) \(thing.noun) already listed")
            } else if let bad = items.first(where: { PhrasePattern($0) == nil }) {
                reject("\(itemNoun) \"\(bad)\" has no words")
            } else {
                lists.append(NamedList(line: line.number, name: name, items: items))
            }
        }
        return lists
    }
}
