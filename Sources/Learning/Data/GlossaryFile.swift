/// One line of the field glossary: `ACRONYM = Expansion`.
public struct GlossaryDefinition: Sendable, Hashable {
    public var acronym: String
    public var expansion: String
    /// The file the line is in: the national `glossary.txt`, or a document's local data.
    public var file: String
    /// The line in that file.
    public var line: Int

    public init(acronym: String, expansion: String, file: String = GlossaryFile.fileName, line: Int) {
        self.acronym = acronym
        self.expansion = expansion
        self.file = file
        self.line = line
    }
}

/// Parses the field glossary (`Content/glossary.txt`), collecting malformed lines rather than failing.
public enum GlossaryFile {
    public static let fileName = "glossary.txt"

    public static func parse(_ text: String, file: String = fileName) -> (definitions: [GlossaryDefinition], issues: [DataFileIssue]) {
        var definitions: [GlossaryDefinition] = []
        var issues: [DataFileIssue] = []
        var seen = Set<String>()
        for line in DataFileLines.read(text) {
            func reject(_ message: String) {
                issues.append(DataFileIssue(file: file, line: line.number, message: message, text: line.text))
            }
            guard let equals = line.text.firstIndex(of: "=") else {
                reject("expected ACRONYM = Expansion")
                continue
            }
            let acronym = line.text[..<equals].trimmingCharacters(in: .whitespaces)
            let expansion = line.text[line.text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if acronym.isEmpty || expansion.isEmpty {
                reject(acronym.isEmpty ? "missing the acronym before =" : "missing the expansion after =")
            } else if acronym.contains(where: \.isWhitespace) {
                reject("an acronym is one word")
            } else if !seen.insert(acronym + "=" + expansion).inserted {
                reject("repeats an earlier line")
            } else {
                definitions.append(GlossaryDefinition(acronym: acronym, expansion: expansion, file: file, line: line.number))
            }
        }
        return (definitions, issues)
    }
}
