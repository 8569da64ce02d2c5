/// Escapes just enough of a line of document text that Markdown shows it as written: inline
/// markup characters, and whatever at the start of a line would make a heading, quote or list.
enum MarkdownEscaper {
    static func escape(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine(String($0)) }
            .joined(separator: "\n")
    }

    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">"]

    private static func escapeLine(_ line: String) -> String {
        var out = ""
        let characters = Array(line.drop { $0 == " " })
        for (index, character) in characters.enumerated() {
            if inlineSpecials.contains(character) {
                out += "\\" + String(character)
            } else if character == "&", index + 1 < characters.count,
                      characters[index + 1].isLetter || characters[index + 1] == "#" {
                // "&amp;" would otherwise be read as an entity.
                out += "\\&"
            } else {
                out.append(character)
            }
        }
        return escapeLineStart(out)
    }

    /// "# …", "+ …", "- …", "= …" and "1. …"/"1) …" would become headings, lists or rules.
    private static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#+-=|".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let next = rest.first, next == "." || next == ")" {
                return digits + "\\" + rest
            }
        }
        return line
    }
}
