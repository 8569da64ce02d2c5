/// The source split into lines as the parser sees them: byte-order mark dropped, CRLF and lone CR
/// made LF. Line numbers are 1-based, as an editor shows them. Each line is a slice of the text,
/// not a copy: a large document is held once while it is parsed.
struct SourceLines {
    let lines: [Substring]
    /// 0-based indices of the lines that hold a form feed, found while splitting.
    let formFeedLines: [Int]

    init(_ text: String) {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        // Split on bytes: walking Characters (grapheme clusters) over a large document is far slower.
        let utf8 = body.utf8
        var lines: [Substring] = []
        var formFeedLines: [Int] = []
        // Counted first, so the array is made at its size: grown by doubling, it was held one and a
        // half times over (100,000 short lines: 4.4 MB where 3.2 are used).
        lines.reserveCapacity(Self.count(utf8))
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0C, formFeedLines.last != lines.count {
                formFeedLines.append(lines.count)
            }
            if byte == 0x0A || byte == 0x0D {
                lines.append(body[lineStart..<index])
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                lineStart = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if lineStart < utf8.endIndex { lines.append(body[lineStart...]) }
        self.lines = lines
        self.formFeedLines = formFeedLines
    }

    var count: Int { lines.count }

    /// How many lines the split below makes: a line ends at LF, CR or CRLF, and a last line needs no end.
    private static func count(_ utf8: Substring.UTF8View) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { count += 1 }
            previous = byte
        }
        return count + (previous == 0x0A || previous == 0x0D || utf8.isEmpty ? 0 : 1)
    }

    /// The text of 1-based line `number`.
    subscript(number: Int) -> Substring { lines[number - 1] }
}
