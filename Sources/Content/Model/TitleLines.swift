/// Which of a document's title lines is its title: the last, unless the last is a subtitle — an
/// edition, a date, a "Published …" line — when the line before it is the main title.
public enum TitleLines {
    public static func title(of lines: [String]) -> String? { titleIndex(of: lines).map { lines[$0] } }

    static func titleIndex(of lines: [String]) -> Int? {
        guard !lines.isEmpty else { return nil }
        let last = lines.count - 1
        guard last > 0, isSubtitle(lines[last]) else { return last }
        return lines.indices.dropLast().last { !isSubtitle(lines[$0]) } ?? last
    }

    public static func isSubtitle(_ line: String) -> Bool {
        let lower = line.lowercased().trimmingCharacters(in: .whitespaces)
        let words = lower.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = words.first else { return false }
        if ["published", "updated", "revised", "version", "draft", "edition"].contains(first) { return true }
        if let index = words.firstIndex(of: "edition"), index > 0 { return true }
        return isDate(words)
    }

    /// "March 2024", "3 March 2025", "2024", "June 2023 update": a month or a day, then a year, and little else.
    private static func isDate(_ words: [String]) -> Bool {
        guard words.count <= 4, words.contains(where: { $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true })
        else { return false }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        return words.count == 1 || words.contains(where: months.contains)
    }
}
