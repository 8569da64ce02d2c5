import Content
/// The `list` output: one line per recommendation, its id right-aligned in two columns, then as
/// much of its text as fits ("3  a) The PSCP should ensure that learning is…").
public enum RecommendationList {
    /// `only`: indices into `document.recommendations` to list (a filter's result); nil lists all.
    public static func lines(for document: ReviewDocument, width: Int, only: Set<Int>? = nil) -> [String] {
        let width = max(width, PlainTextWrapper.minimumWidth)
        // "E1" and "PR1": the code series tells apart two recommendations numbered 1.
        func id(_ recommendation: Recommendation) -> String { recommendation.series + String(recommendation.number) }
        // Walked section by section: `document.recommendations`, and the pairs of a filtered
        // `enumerated()`, were each a copy of every recommendation (32 MB for 100,000 headings).
        let recommendations = document.sections.lazy.flatMap(\.recommendations)
        let idWidth = max(2, recommendations.filter { !$0.series.isEmpty }.map { id($0).count }.max() ?? 0)
        var lines: [String] = []
        for (index, recommendation) in recommendations.enumerated() where only?.contains(index) ?? true {
            let id = id(recommendation)
            let padded = String(repeating: " ", count: max(0, idWidth - id.count)) + id + "  "
            let room = width - DisplayWidth.of(padded)
            let text = TerminalSafe.sanitize(summary(of: recommendation))
            lines.append(padded + Truncation.truncate(text, toWidth: room, cut: .preferringWordBoundary))
        }
        return lines
    }

    /// The text a reader recognises a recommendation by: its title or the first line of its text;
    /// for a recommendation made only of parts, the first part with its marker.
    public static func summary(of recommendation: Recommendation) -> String {
        let titled = recommendation.title.map { !$0.isEmpty } ?? false
        if !titled, recommendation.text.isEmpty, let part = recommendation.parts.first {
            let marker = part.marker.isEmpty ? "\(part.label))" : part.marker
            return marker + " " + firstLine(of: part.plainText)
        }
        return firstLine(of: recommendation.gist)
    }

    private static func firstLine(of text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }
}
