import Content
import Learning
/// `casebook glossary` output: each acronym, its expansion, where it is explained, where it occurs.
public enum GlossaryReport {
    public static func lines(for learning: LearningIndex, width: Int) -> [String] {
        let entries = learning.glossary.entries
        let keyWidth = min(10, entries.map { DisplayWidth.of($0.acronym) }.max() ?? 0)
        var lines: [String] = []
        for entry in entries {
            let key = entry.acronym + String(repeating: " ", count: max(0, keyWidth - DisplayWidth.of(entry.acronym)))
            var facts: [String] = []
            switch entry.source {
            case let .document(evidence): facts.append("defined in the document, \(evidence.place)")
            case let .fieldGlossary(file, line): facts.append("\(file), line \(line)")
            }
            let places = entry.occurrencePlaces
            if !places.isEmpty { facts.append("occurs in " + places.joined(separator: ", ")) }
            let senses = ([entry.expansion] + entry.otherExpansions).joined(separator: "; or ")
            let text = senses + " (" + facts.joined(separator: "; ") + ")"
            let indent = String(repeating: " ", count: keyWidth + 2)
            lines += PlainTextWrapper(width: width).wrap(TerminalSafe.sanitize(text), firstPrefix: key + "  ", restPrefix: indent)
        }
        let unexplained = learning.glossary.unexplained.keys.sorted()
        if !unexplained.isEmpty {
            lines.append("")
            lines.append("Not explained here: " + unexplained.joined(separator: ", ")
                         + " (add them to Content/glossary.txt as ACRONYM = Expansion)")
        }
        return lines
    }
}
