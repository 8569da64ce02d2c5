import Content

/// Parses a document's local data (`NAME.local.txt`): `[agencies]`, `[glossary]` and `[themes]`
/// headings, each followed by lines in the format of the national file of that name, read by
/// that file's own parser. Line numbers and issues name the local file.
public enum LocalDataFile {
    static let headings = ["agencies", "glossary", "themes"]

    /// The data a document carries; empty when it has none.
    public static func data(of document: ReviewDocument) -> LearningData {
        document.localData.map { parse($0.text, file: $0.fileName) } ?? LearningData()
    }

    public static func parse(_ text: String, file: String) -> LearningData {
        var sections: [String: [(number: Int, text: String)]] = [:]
        var issues: [DataFileIssue] = []
        var current: String?
        var underUnknownHeading = false
        for line in DataFileLines.read(text) {
            func reject(_ message: String) { issues.append(DataFileIssue(file: file, line: line.number, message: message, text: line.text)) }
            if line.text.hasPrefix("["), line.text.hasSuffix("]") {
                let name = line.text.dropFirst().dropLast().trimmingCharacters(in: .whitespaces).lowercased()
                current = headings.contains(name) ? name : nil
                // Lines under [parsing] are skipped here: the parser reads (and checks) them (`ParseHintsSidecar`).
                underUnknownHeading = current == nil
                if current == nil, name != ParseHintsSidecar.heading { reject("expected [agencies], [glossary], [themes] or [parsing]") }
            } else if let current {
                sections[current, default: []].append(line)
            } else if !underUnknownHeading {
                reject("belongs under an [agencies], [glossary] or [themes] heading")
            }
        }
        // Each section's text keeps the file's line numbers: its lines in place, the others blank.
        func sectionText(_ heading: String) -> String {
            var lines: [String] = []
            for line in sections[heading] ?? [] { lines += Array(repeating: "", count: line.number - 1 - lines.count) + [line.text] }
            return lines.joined(separator: "\n")
        }
        var data = LearningData(glossaryText: sectionText("glossary"), agenciesText: sectionText("agencies"),
                                themesText: sectionText("themes"), file: file)
        data.issues = issues + data.issues
        return data
    }
}
