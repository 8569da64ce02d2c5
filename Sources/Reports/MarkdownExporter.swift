import Foundation
import Content
import Search

/// `casebook export --format markdown`: the document as a readable handout. Headings follow the
/// document's structure; lists keep their numbering; text is escaped only as much as Markdown needs.
public enum MarkdownExporter {
    public static func export(_ document: ReviewDocument) -> String {
        var markdown = ""
        export(document) { markdown += $0 }
        return markdown
    }

    /// The same Markdown handed to `write` a recommendation at a time, so a large document's is never held whole.
    public static func export(_ document: ReviewDocument, to write: (String) -> Void) {
        var output = BlankLineSeparated()
        write(output.text(of: [["# " + inline(document.title)]]))
        // The organisation and any other title line (a subtitle), in order: no title line is left out.
        write(output.text(of: document.titleLinesBesideTitle.map { [inline($0)] }))
        write(output.text(of: document.introduction.map(lines(for:))))
        for section in document.sections {
            if let title = section.title { write(output.text(of: [["## " + inline(title)]])) }
            write(output.text(of: section.blocks.map(lines(for:))))
            for recommendation in section.recommendations {
                write(output.text(of: chunks(for: recommendation)))
            }
        }
    }

    static func chunks(for recommendation: Recommendation) -> [[String]] {
        // The heading as written ("E3", "R3"), so an author's own numbering is not lost.
        var heading = "### " + inline(recommendation.headingWords)
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
            chunks.append(["**" + inline(response.displayLabel) + "**"])
            chunks += response.blocks.map(lines(for:))
        }
        if !recommendation.fields.isEmpty {
            chunks.append(recommendation.fields.map { "- **" + inline($0.column) + ":** " + inline($0.text) })
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

    /// "1. text" and "1) text" stay numbered lists as written; a bullet ("•", "-") becomes "-"; any other
    /// marker ("c)", "(1)", "x.": Markdown has no lettered list) stays at the start of its item's text,
    /// so the list reads as lettered; term items are "- **Term:** description".
    private static func line(for item: ListItem) -> String {
        var text = inline(item.text)
        if let term = item.term {
            text = "**" + inline(term) + ":**" + (text.isEmpty ? "" : " " + text)
        }
        let marker: String
        if isMarkdownNumber(item.marker) {
            marker = item.marker + " "
        } else {
            marker = "- "
            if !item.marker.isEmpty, !isBullet(item.marker) { text = inline(item.marker) + (text.isEmpty ? "" : " " + text) }
        }
        // A line break inside an item continues the item, indented under its text.
        let indent = String(repeating: " ", count: marker.count)
        return OutputLayout.trimmingTrailingSpaces(marker + text.replacingOccurrences(of: "\n", with: "\\\n" + indent))
    }

    /// "1." or "12)": an ordered-list marker Markdown keeps as written.
    private static func isMarkdownNumber(_ marker: String) -> Bool {
        let digits = marker.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && digits.count <= 9 && marker.count == digits.count + 1
            && (marker.last == "." || marker.last == ")")
    }

    /// "•", "-", "*" and the like: a bullet says nothing that "-" does not.
    private static func isBullet(_ marker: String) -> Bool {
        marker.count == 1 && !marker.first!.isLetter && !marker.first!.isNumber
    }

    /// A paragraph's own line breaks become Markdown hard breaks, so its shape survives.
    private static func paragraph(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "\n", with: "\\\n")
    }

    private static func inline(_ text: String) -> String {
        MarkdownEscaper.escape(TerminalSafe.sanitize(text, keepNewlines: true))
    }
}
