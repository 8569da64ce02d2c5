import Foundation
import Content
import Search

/// `casebook export --format markdown`: the document as a readable handout. Headings follow the
/// document's structure; lists keep their numbering; text is escaped only as much as Markdown needs.
public enum MarkdownExporter {
    public static func export(_ document: ReviewDocument) -> String {
        var chunks: [[String]] = [["# " + inline(document.title)]]
        if let organisation = document.organisation { chunks.append([inline(organisation)]) }
        chunks += document.introduction.map(lines(for:))
        for section in document.sections {
            if let title = section.title { chunks.append(["## " + inline(title)]) }
            chunks += section.blocks.map(lines(for:))
            for recommendation in section.recommendations {
                chunks += self.chunks(for: recommendation)
            }
        }
        return OutputLayout.text(OutputLayout.joinedWithBlankLines(chunks))
    }

    static func chunks(for recommendation: Recommendation) -> [[String]] {
        var heading = "### Recommendation \(recommendation.number)"
        if let title = recommendation.title, !title.isEmpty { heading += ": " + inline(title) }
        var chunks = [[heading]]
        chunks += recommendation.text.map(lines(for:))
        for part in recommendation.parts {
            let marker = part.marker.isEmpty ? "\(part.label))" : part.marker
            var partChunks = part.blocks.map(lines(for:))
            let bold = "**" + inline(marker) + "**"
            if let first = partChunks.first?.first, part.blocks.first?.kind != .list {
                partChunks[0][0] = bold + " " + first
            } else {
                partChunks.insert([bold], at: 0)
            }
            chunks += partChunks
        }
        if let response = recommendation.response {
            chunks.append(["**" + inline(response.label) + "**"])
            chunks += response.blocks.map(lines(for:))
        }
        return chunks
    }

    static func lines(for block: Block) -> [String] {
        switch block.kind {
        case .paragraph:
            return [paragraph(block.text)]
        case .heading:
            return ["**" + inline(block.text) + "**"]
        case .list:
            var lines = block.text.isEmpty ? [] : [paragraph(block.text), ""]
            lines += block.items.map(line(for:))
            return lines
        }
    }

    /// "1. text" stays numbered, bullets become "-", term items "- **Term:** description".
    private static func line(for item: ListItem) -> String {
        let digits = item.marker.prefix { $0.isASCII && $0.isNumber }
        let marker = !digits.isEmpty && digits.count <= 9 ? digits + ". " : "- "
        var text = inline(item.text)
        if let term = item.term {
            text = "**" + inline(term) + ":**" + (text.isEmpty ? "" : " " + text)
        }
        // A line break inside an item continues the item, indented under its text.
        let indent = String(repeating: " ", count: marker.count)
        return marker + text.replacingOccurrences(of: "\n", with: "\\\n" + indent)
    }

    /// A paragraph's own line breaks become Markdown hard breaks, so its shape survives.
    private static func paragraph(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "\n", with: "\\\n")
    }

    private static func inline(_ text: String) -> String {
        MarkdownEscaper.escape(TerminalSafe.sanitize(text, keepNewlines: true))
    }
}
