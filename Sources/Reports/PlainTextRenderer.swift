import Content
import Learning
import Search
/// Lays out a document, or one recommendation, as plain text for a terminal or a pipe: wrapped at
/// word boundaries, parts and list items with hanging indents, every piece of document text made
/// safe with `TerminalSafe` before it is measured.
public struct PlainTextRenderer: Sendable {
    public let wrapper: PlainTextWrapper

    public init(width: Int) {
        wrapper = PlainTextWrapper(width: width)
    }

    /// The whole document: title, introduction, then every section and recommendation.
    public func render(_ document: ReviewDocument) -> String {
        var chunks: [[String]] = []
        let titleLines = document.titleLines.isEmpty ? [document.title] : document.titleLines
        chunks.append(underlined(titleLines.joined(separator: "\n"), with: "="))
        chunks += document.introduction.map { lines(for: $0, indent: "") }
        for section in document.sections {
            if let title = section.title { chunks.append(underlined(title, with: "=")) }
            chunks += section.blocks.map { lines(for: $0, indent: "") }
            chunks += section.recommendations.map(recommendationChunks)
                .map(OutputLayout.joinedWithBlankLines)
        }
        return OutputLayout.text(OutputLayout.joinedWithBlankLines(chunks))
    }

    /// One recommendation: heading, what casebook derived (when given), text, parts, its response and
    /// what is still to do.
    public func render(_ recommendation: Recommendation, learning: RecommendationLearning? = nil) -> String {
        var chunks = recommendationChunks(recommendation)
        if let learning {
            let derived = DerivedFactsText(wrapper: wrapper)
            // The stated status goes beside the derived one, before it.
            let stated = statedLines(recommendation)
            if stated != nil { chunks.remove(at: 1) }
            var facts = derived.facts(learning)
            let status = facts.firstIndex { $0.hasPrefix(RecommendationStatus.label) } ?? facts.endIndex
            facts.insert(contentsOf: stated ?? [], at: status)
            chunks.insert(facts, at: 1)
            chunks.append(derived.stillToDo(learning))
        }
        return OutputLayout.text(OutputLayout.joinedWithBlankLines(chunks))
    }

    /// One part of a recommendation, followed by the response, which answers the whole recommendation.
    public func render(_ part: Part, of recommendation: Recommendation, learning: RecommendationLearning? = nil) -> String {
        var chunks = [underlined("Recommendation \(part.id)", with: "-")]
        let derived = DerivedFactsText(wrapper: wrapper)
        if let learning { chunks.append(derived.facts(learning)) }
        chunks.append(lines(for: part))
        chunks += responseChunks(recommendation, note: recommendation.parts.count > 1
            ? "(for recommendation \(recommendation.number) as a whole)" : nil)
        if let learning { chunks.append(derived.stillToDo(learning)) }
        return OutputLayout.text(OutputLayout.joinedWithBlankLines(chunks))
    }

    /// The title lines and the introduction, as the browser's `:intro` shows them.
    public func renderIntroduction(of document: ReviewDocument) -> String {
        let titleLines = document.titleLines.isEmpty ? [document.title] : document.titleLines
        var chunks = [underlined(titleLines.joined(separator: "\n"), with: "=")]
        if !document.introduction.isEmpty { chunks.append(underlined("Introduction", with: "-")) }
        chunks += document.introduction.map { lines(for: $0, indent: "") }
        if document.introduction.isEmpty { chunks.append(wrapper.wrap("This document has no introduction.")) }
        return OutputLayout.text(OutputLayout.joinedWithBlankLines(chunks))
    }

    // MARK: - Pieces

    private func recommendationChunks(_ recommendation: Recommendation) -> [[String]] {
        var chunks = [underlined(safe(recommendation.fullHeading), with: "-")]
        if let stated = statedLines(recommendation) { chunks.append(stated) }
        chunks += recommendation.text.map { lines(for: $0, indent: "") }
        chunks += recommendation.parts.map(lines(for:))
        chunks += responseChunks(recommendation, note: nil)
        let fields = fieldLines(recommendation)
        if !fields.isEmpty { chunks.append(fields) }
        return chunks
    }

    /// "Stated: Agreed": the status the response states in its own words.
    private func statedLines(_ recommendation: Recommendation) -> [String]? {
        recommendation.response?.statedStatus.map { wrapper.wrap("Stated: " + safe($0.words), firstPrefix: "", restPrefix: "  ") }
    }

    /// "Lead: Health", "Target date: March 2024": a table's other cells, under their column's name.
    private func fieldLines(_ recommendation: Recommendation) -> [String] {
        recommendation.fields.flatMap { wrapper.wrap(safe($0.column) + ": " + safe($0.text), firstPrefix: "", restPrefix: "  ") }
    }

    private func responseChunks(_ recommendation: Recommendation, note: String?) -> [[String]] {
        guard let response = recommendation.response else {
            return [wrapper.wrap("No response is recorded for this recommendation.")]
        }
        let label = [safe(response.displayLabel), note].compactMap { $0 }.joined(separator: " ")
        return [wrapper.wrap(label)] + response.blocks.map { lines(for: $0, indent: "") }
    }

    /// "a) The PSCP should…", later lines indented under the text.
    private func lines(for part: Part) -> [String] {
        let marker = safe(part.marker.isEmpty ? "\(part.label))" : part.marker) + " "
        let hanging = String(repeating: " ", count: DisplayWidth.of(marker))
        guard let first = part.blocks.first else { return [OutputLayout.trimmingTrailingSpaces(marker)] }
        var chunks: [[String]]
        if first.kind == .list {
            chunks = [[OutputLayout.trimmingTrailingSpaces(marker)], lines(for: first, indent: hanging)]
        } else {
            chunks = [wrapper.wrap(safe(first.text), firstPrefix: marker, restPrefix: hanging)]
        }
        chunks += part.blocks.dropFirst().map { lines(for: $0, indent: hanging) }
        return OutputLayout.joinedWithBlankLines(chunks)
    }

    private func lines(for block: Block, indent: String) -> [String] {
        switch block.kind {
        case .paragraph, .heading:
            return wrapper.wrap(safe(block.text), firstPrefix: indent, restPrefix: indent)
        case .list:
            var result = block.text.isEmpty ? [] : wrapper.wrap(safe(block.text), firstPrefix: indent, restPrefix: indent)
            let markerWidth = block.items.map { DisplayWidth.of(safe($0.marker)) }.max() ?? 0
            for item in block.items {
                result += lines(for: item, indent: indent + "  ", markerWidth: markerWidth)
            }
            return result
        }
    }

    /// "1. text" with the text aligned across the list, or "Term: description" hanging under the term.
    private func lines(for item: ListItem, indent: String, markerWidth: Int) -> [String] {
        let marker = safe(item.marker)
        if marker.isEmpty {
            return wrapper.wrap(safe(item.fullText), firstPrefix: indent, restPrefix: indent + "  ")
        }
        let padding = String(repeating: " ", count: max(0, markerWidth - DisplayWidth.of(marker)))
        // Numbers line up on their right ("9." under "10."), bullets on their left.
        let isNumber = marker.first?.isNumber ?? false
        let first = indent + (isNumber ? padding + marker : marker + padding) + " "
        let rest = indent + String(repeating: " ", count: markerWidth + 1)
        return wrapper.wrap(safe(item.fullText), firstPrefix: first, restPrefix: rest)
    }

    private func underlined(_ heading: String, with rule: Character) -> [String] {
        let lines = wrapper.wrap(safe(heading))
        let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
        return lines + [String(repeating: rule, count: width)]
    }

    private func safe(_ text: String) -> String {
        TerminalSafe.sanitize(text, keepNewlines: true)
    }
}
