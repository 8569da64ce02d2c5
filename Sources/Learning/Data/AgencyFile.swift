/// One line of the agency list: `Canonical Name (SHORT): alias; alias`.
public struct AgencyDefinition: Sendable, Hashable {
    public var name: String
    /// The short name tables show ("PSCP"), when the line gives one.
    public var shortName: String?
    public var aliases: [String]
    public var line: Int

    public init(name: String, shortName: String? = nil, aliases: [String], line: Int) {
        self.name = name
        self.shortName = shortName
        self.aliases = aliases
        self.line = line
    }

    /// The name to show where space is short.
    public var displayName: String { shortName ?? name }

    /// Every phrase that names this agency: its name, short name and aliases.
    public var phrases: [String] { [name] + (shortName.map { [$0] } ?? []) + aliases }
}

/// Parses the agency list (`Content/agencies.txt`), collecting malformed lines rather than failing.
public enum AgencyFile {
    public static let fileName = "agencies.txt"

    public static func parse(_ text: String, file: String = fileName) -> (agencies: [AgencyDefinition], issues: [DataFileIssue]) {
        var issues: [DataFileIssue] = []
        let lists = DataFileLines.namedLists(text, file: file, expected: "Agency Name: alias; alias", thing: ("an", "agency"),
                                             itemNoun: "alias", requiresItems: false,
                                             key: { splitShortName($0).0.lowercased() }, issues: &issues)
        let agencies = lists.map { list in
            let (name, shortName) = splitShortName(list.name)
            return AgencyDefinition(name: name, shortName: shortName, aliases: list.items, line: list.line)
        }
        return (agencies, issues)
    }

    /// "Ministry of Justice (MoJ)" → ("Ministry of Justice", "MoJ").
    static func splitShortName(_ text: String) -> (String, String?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return (text, nil) }
        let short = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        return short.isEmpty || name.isEmpty ? (text, nil) : (name, short)
    }
}
