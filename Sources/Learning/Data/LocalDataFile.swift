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
        var sectionLines: [String: [String]] = [:]
        var issues: [DataFileIssue] = []
        var current: String?
        var underUnknownHeading = false
        var number = 0
        text.enumerateLines { line, _ in
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}", "\r"]))
            func reject(_ message: String) { issues.append(DataFileIssue(file: file, line: number, message: message, text: trimmed)) }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                let name = trimmed.dropFirst().dropLast().trimmingCharacters(in: .whitespaces).lowercased()
                current = headings.contains(name) ? name : nil
                underUnknownHeading = current == nil
                if underUnknownHeading { reject("expected [agencies], [glossary] or [themes]") }
                return
            }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !underUnknownHeading else { return }
            guard let current else { return reject("belongs under an [agencies], [glossary] or [themes] heading") }
            // Each section's text keeps the file's line numbers: its lines in place, the others blank.
            let blanks = number - 1 - (sectionLines[current]?.count ?? 0)
            sectionLines[current, default: []] += Array(repeating: "", count: blanks) + [line]
        }
        func sectionText(_ heading: String) -> String { (sectionLines[heading] ?? []).joined(separator: "\n") }
        var data = LearningData(glossaryText: sectionText("glossary"), agenciesText: sectionText("agencies"), themesText: sectionText("themes"),
                                file: file)
        data.issues = issues + data.issues
        return data
    }
}
