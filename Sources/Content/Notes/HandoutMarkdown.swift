/// Markdown building blocks for the handout: escaping just enough that document text and notes
/// show as written, and the shapes of paragraphs, lists and multi-line list items.
enum HandoutMarkdown {
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">"]

    /// One line with inline markup characters escaped, and whatever at its start would make a
    /// heading, quote, list or rule.
    static func escapeLine(_ line: String) -> String {
        var out = ""
        for character in line.drop(while: { $0 == " " }) {
            if inlineSpecials.contains(character) { out += "\\" }
            out.append(character)
        }
        guard let first = out.first else { return out }
        if "#+-=|".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

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

    /// A block of the document: a paragraph, a sub-heading (bold), or a list keeping its numbering.
    static func block(_ block: Block) -> String {
        switch block.kind {
        case .paragraph:
            return paragraph(block.text)
        case .heading:
            return "**" + escapeLine(block.text) + "**"
        case .list:
            let items = block.items.map { item -> String in
                let digits = item.marker.prefix { $0.isASCII && $0.isNumber }
                let marker = digits.isEmpty ? "-" : digits + "."
                guard let term = item.term else { return listItem(marker, item.text) }
                let description = item.text.isEmpty ? "" : " " + paragraph(item.text, indent: "  ")
                return marker + " **" + escapeLine(term) + ":**" + description
            }
            let lead = block.text.isEmpty ? [] : [paragraph(block.text), ""]
            return (lead + items).joined(separator: "\n")
        }
    }
}
