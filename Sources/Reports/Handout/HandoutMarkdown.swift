import Content
/// Markdown building blocks for the handout: escaping just enough that document text and notes
/// show as written, and the shapes of paragraphs, lists and multi-line list items.
enum HandoutMarkdown {
    /// One line with inline markup characters escaped, and whatever at its start would make a
    /// heading, quote, list or rule: the export's escaping, so the two handouts agree.
    static func escapeLine(_ line: String) -> String { MarkdownEscaper.escape(line) }

    /// Text whose own line breaks are kept as Markdown hard breaks; blank lines end a paragraph.
    static func paragraph(_ text: String, indent: String = "") -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { escapeLine(String($0)) }
        var out = ""
        for (index, line) in lines.enumerated() {
            if index > 0 {
                let previousBlank = lines[index - 1].isEmpty
                out += (previousBlank || line.isEmpty ? "" : "\\") + "\n" + (line.isEmpty ? "" : indent)
            }
            out += line
        }
        return out
    }

    /// A list item whose text may span lines, continued under its marker.
    static func listItem(_ marker: String, _ text: String) -> String {
        marker + " " + paragraph(text, indent: String(repeating: " ", count: marker.count + 1))
    }

    /// A block of the document, as `export --format markdown` writes it.
    static func block(_ block: Block) -> String {
        MarkdownExporter.lines(for: block).joined(separator: "\n")
    }
}
