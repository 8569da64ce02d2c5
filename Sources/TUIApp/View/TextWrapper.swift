/// Word wrapping by terminal columns: wide characters count two, words too long for a line are
/// broken, and a paragraph can hang its continuation lines under its text (for list markers).
enum TextWrapper {
    struct Word: Sendable, Hashable {
        var text: String
        var role: TextRole
        var width: Int
        /// Whether a space separates it from the word before.
        var spaceBefore: Bool
        /// Where the word starts in the document, when it came from there.
        var source: SourceRef?
    }

    /// Splits runs into words, keeping each word's role; text is made terminal-safe first.
    static func words(of runs: [StyledRun]) -> [Word] {
        var words: [Word] = []
        var pendingSpace = false
        for run in runs {
            var current = ""
            var start = 0
            func flush() {
                guard !current.isEmpty else { return }
                let safe = TerminalSafeText.clean(current)
                let source = run.source.map { SourceRef(location: $0.location, offset: $0.offset + start) }
                words.append(Word(text: safe, role: run.role, width: DisplayWidthOf.string(safe),
                                  spaceBefore: pendingSpace && !words.isEmpty, source: source))
                current = ""
                pendingSpace = false
            }
            for (index, character) in run.text.enumerated() {
                if character.isWhitespace {
                    flush()
                    pendingSpace = true
                } else {
                    if current.isEmpty { start = index }
                    current.append(character)
                }
            }
            flush()
        }
        return words
    }

    /// Wraps runs to `width` columns: the first line starts at `firstIndent`, the others at `restIndent`.
    static func wrap(_ runs: [StyledRun], width: Int, firstIndent: Int = 0, restIndent: Int = 0,
                     piece: Int, begins: Selection? = nil) -> [ReaderLine] {
        let words = words(of: runs)
        var lines: [ReaderLine] = []
        var current: [StyledRun] = []
        var segments: [LineSegment] = []
        var used = 0
        var lineStartWord = 0
        var indent = clampIndent(firstIndent, width: width)

        func available() -> Int { max(1, width - indent) }
        func flush(nextWord: Int) {
            lines.append(ReaderLine(indent: indent, runs: current, anchor: ReaderAnchor(piece: piece, word: lineStartWord),
                                    begins: lines.isEmpty ? begins : nil, segments: segments))
            current = []
            segments = []
            used = 0
            lineStartWord = nextWord
            indent = clampIndent(restIndent, width: width)
        }
        func append(_ text: String, role: TextRole, width: Int, source: SourceRef? = nil) {
            if let source { segments.append(LineSegment(column: used, text: text, source: source)) }
            if let last = current.last, last.role == role { current[current.count - 1].text += text }
            else { current.append(StyledRun(text, role)) }
            used += width
        }

        for (index, word) in words.enumerated() {
            let gap = (used > 0 && word.spaceBefore) ? 1 : 0
            if used > 0 && used + gap + word.width > available() { flush(nextWord: index) }
            if used == 0 && word.width > available() {
                // A word longer than the line: break it, filling each line.
                var chunk = ""
                var chunkWidth = 0
                var chunkSource = word.source
                for character in word.text {
                    let w = DisplayWidthOf.character(character)
                    if chunkWidth + w > available() && !chunk.isEmpty {
                        append(chunk, role: word.role, width: chunkWidth, source: chunkSource)
                        flush(nextWord: index)
                        chunkSource?.offset += chunk.count
                        chunk = ""
                        chunkWidth = 0
                    }
                    chunk.append(character)
                    chunkWidth += w
                }
                append(chunk, role: word.role, width: chunkWidth, source: chunkSource)
                continue
            }
            if used > 0 && gap == 1 {
                // The space takes the word's role only inside a run of one role (an underlined label stays whole).
                let spaceRole = current.last?.role == word.role ? word.role : .body
                append(" ", role: spaceRole, width: 1)
            }
            append(word.text, role: word.role, width: word.width, source: word.source)
        }
        if !current.isEmpty || lines.isEmpty { flush(nextWord: words.count) }
        return lines
    }

    /// Keeps an indent from eating a narrow line: at least ten columns (or the whole width) stay for text.
    private static func clampIndent(_ indent: Int, width: Int) -> Int {
        max(0, min(indent, width - min(width, 10)))
    }
}
