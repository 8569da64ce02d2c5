/// Small edits of a real document, as a careless copy or a PDF conversion makes them.
enum FixtureMutation {
    /// Applies `(kind, position)` edits to the text's lines in turn, then joins them with a line ending
    /// (0 LF, 1 CRLF, 2 CR). Kinds: 0 delete a line, 1 repeat it, 2 swap it with the next, 3 join it to
    /// the next, 4 put a form feed before it, 5 insert a page footer.
    static func apply(_ mutations: [(Int, Int)], to text: String, lineEnding: Int) -> String {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        for (kind, position) in mutations where !lines.isEmpty {
            let index = position % lines.count
            switch kind {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2 where index + 1 < lines.count: lines.swapAt(index, index + 1)
            case 3 where index + 1 < lines.count: lines[index] += " " + lines.remove(at: index + 1)
            case 4: lines[index] = "\u{0C}" + lines[index]
            case 5: lines.insert("Page \(index % 40 + 1) of 40", at: index)
            default: break
            }
        }
        return lines.joined(separator: ["\n", "\r\n", "\r"][lineEnding % 3])
    }
}
