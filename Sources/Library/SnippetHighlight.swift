/// The excerpt FTS5's `snippet()` writes once its start is chosen, byte for byte as SQLite 3.40 writes
/// it: the passage's tokens from `start`, `tokens` of them, each match (overlapping ones as one)
/// between `open` and `close`, with `ellipsis` where the passage goes on before or after.
struct SnippetHighlight {
    /// A token's bytes in the passage.
    struct Token {
        var start: Int
        var end: Int
    }

    var text: UnsafeBufferPointer<UInt8>
    var open: [UInt8]
    var close: [UInt8]
    var ellipsis: [UInt8]

    /// `passageTokens`: every token of the passage in order; `columnSize`: its length in tokens as the index keeps it.
    func excerpt(start: Int, tokens: Int, instances: [SnippetInstance], phraseSizes: [Int],
                 passageTokens: [Token], columnSize: Int) -> [UInt8] {
        var output: [UInt8] = []
        let rangeEnd = start + tokens - 1
        if start > 0 { append(ellipsis[...], to: &output) }
        var matches = CoalescedMatches(instances, phraseSizes: phraseSizes)
        while matches.start >= 0 && matches.start < start { matches.next() }
        var copied = 0
        // Tokens outside the range write nothing (SQLite's callback returns at once for them).
        let last = rangeEnd > 0 ? min(rangeEnd, passageTokens.count - 1) : passageTokens.count - 1
        let first = rangeEnd > 0 ? start : 0
        if first <= last {
            for position in first...last {
                let token = passageTokens[position]
                if rangeEnd > 0 && start > 0 && position == start { copied = token.start }
                if position == matches.start {
                    append(text[copied..<token.start], to: &output)
                    append(open[...], to: &output)
                    copied = token.start
                }
                if position == matches.end {
                    if rangeEnd != 0 && matches.start < start { append(open[...], to: &output) }
                    append(text[copied..<token.end], to: &output)
                    append(close[...], to: &output)
                    copied = token.end
                    matches.next()
                }
                if rangeEnd > 0 && position == rangeEnd {
                    append(text[copied..<token.end], to: &output)
                    copied = token.end
                    if position >= matches.start && position < matches.end { append(close[...], to: &output) }
                }
            }
        }
        if rangeEnd >= columnSize - 1 {
            append(text[copied...], to: &output)
        } else {
            append(ellipsis[...], to: &output)
        }
        return output
    }

    /// Appends `bytes` up to their first NUL, as SQLite's `%.*s` copies them.
    private func append<Bytes: Collection<UInt8>>(_ bytes: Bytes, to output: inout [UInt8]) {
        output.append(contentsOf: bytes.prefix { $0 != 0 })
    }

    /// The matches in token order with overlapping ones joined: each one's first and last token, -1
    /// for both once there are no more.
    struct CoalescedMatches {
        private let instances: [SnippetInstance]
        private let phraseSizes: [Int]
        private var following = 0
        private(set) var start = -1
        private(set) var end = -1

        init(_ instances: [SnippetInstance], phraseSizes: [Int]) {
            self.instances = instances
            self.phraseSizes = phraseSizes
            next()
        }

        mutating func next() {
            start = -1
            end = -1
            while following < instances.count {
                let instance = instances[following]
                let last = instance.offset - 1 + phraseSizes[instance.phrase]
                if start < 0 {
                    (start, end) = (instance.offset, last)
                } else if instance.offset <= end {
                    end = max(end, last)
                } else {
                    break
                }
                following += 1
            }
        }
    }
}
