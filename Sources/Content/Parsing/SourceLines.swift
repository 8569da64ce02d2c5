/// The source split into lines as the parser sees them: byte-order mark dropped, CRLF and lone CR
/// made LF. Line numbers are 1-based, as an editor shows them.
struct SourceLines {
    let lines: [String]

    init(_ text: String) {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        // Swift treats "\r\n" as one Character, so splitting on isNewline-like characters keeps CRLF whole.
        var lines: [String] = []
        lines.reserveCapacity(body.utf8.count / 60 + 1)
        var current = body.startIndex
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(String(body[current..<index]))
                current = body.index(after: index)
            }
            index = body.index(after: index)
        }
        if current < body.endIndex { lines.append(String(body[current...])) }
        self.lines = lines
    }

    var count: Int { lines.count }

    /// The text of 1-based line `number`.
    subscript(number: Int) -> String { lines[number - 1] }
}
