import Content
import Learning
/// The `check` output for one document: what the parser found, every warning, and the page
/// furniture it removed, so an editor can tell whether a new document was understood.
public enum CheckReport {
    public static func lines(for document: ReviewDocument, name: String) -> [String] {
        let recommendations = document.recommendations
        let numbers = recommendations.map(\.number)
        var range = ""
        if let low = numbers.min(), let high = numbers.max() {
            range = low == high ? " (\(low))" : " (\(low)–\(high))"
        }
        let parts = recommendations.reduce(0) { $0 + $1.parts.count }
        let responseBlocks = recommendations.reduce(0) { $0 + ($1.response?.blocks.count ?? 0) }
        var lines = [
            "\(safe(name)): " + Counted.of(document.sections.count, "section") + ", "
                + Counted.of(recommendations.count, "recommendation") + range + ", "
                + Counted.of(parts, "part") + ", " + Counted.of(responseBlocks, "response block"),
        ]
        lines += WarningGroups.lines(document.warnings).map { "  warning: " + safe($0) }
        // Lines of the document's local data that could not be used.
        lines += LocalDataFile.data(of: document).issues.map { "  warning: " + safe($0.description) }
        lines.append("  " + furnitureSummary(document.furniture))
        return lines
    }

    /// "furniture removed: 12 lines (6 page numbers, 6 running headers)".
    static func furnitureSummary(_ furniture: [FurnitureLine]) -> String {
        guard !furniture.isEmpty else { return "furniture removed: none" }
        var kinds: [(FurnitureLine.Kind, Int)] = []
        for line in furniture {
            if let index = kinds.firstIndex(where: { $0.0 == line.kind }) { kinds[index].1 += 1 } else { kinds.append((line.kind, 1)) }
        }
        let detail = kinds.map { Counted.of($0.1, $0.0.rawValue) }.joined(separator: ", ")
        return "furniture removed: " + Counted.of(furniture.count, "line") + " (" + detail + ")"
    }

    private static func safe(_ text: String) -> String { TerminalSafe.sanitize(text) }
}
