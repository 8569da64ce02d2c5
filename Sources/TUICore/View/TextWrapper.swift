import Content

/// Word wrapping of styled runs by terminal columns: wide characters count two, words too long for a
/// line are broken, and a paragraph can hang its continuation lines under its text (list markers).
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
            // UTF-8 offsets in the run, as sources count.
            var start = 0, offset = 0
            func flush() {
                guard !current.isEmpty else { return }
                let safe = TerminalSafe.clean(current)
                let source = run.source.map { SourceRef(place: $0.place, offset: $0.offset + start) }
                words.append(Word(text: safe, role: run.role, width: DisplayWidth.of(safe),
                                  spaceBefore: pendingSpace && !words.isEmpty, source: source))
                current = ""
                pendingSpace = false
            }
            for character in run.text {
                if character.isWhitespace {
                    flush()
                    pendingSpace = true
                } else {
                    if current.isEmpty { start = offset }
                    current.append(character)
                }
                offset += character.utf8.count
            }
            flush()
        }
        return words
    }

    /// Wraps runs to `width` columns: the first line starts at `firstIndent`, the others at `restIndent`.
    /// Where lines break is `WordWrap`'s rule, shared with the command line's plain text.
    static func wrap(_ runs: [StyledRun], width: Int, firstIndent: Int = 0, restIndent: Int = 0,
                     piece: Int, begins: Selection? = nil) -> [ReaderLine] {
        let words = words(of: runs)
        let first = clampIndent(firstIndent, width: width)
        let rest = clampIndent(restIndent, width: width)
        let breaks = WordWrap.lines(words, firstWidth: width - first, restWidth: width - rest)
        var lines: [ReaderLine] = []
        for (number, pieces) in breaks.enumerated() {
            var runs: [StyledRun] = []
            var segments: [LineSegment] = []
            var used = 0
            func append(_ text: String, role: TextRole, width: Int, source: SourceRef? = nil) {
                if let source { segments.append(LineSegment(column: used, text: text, source: source)) }
                if let last = runs.last, last.role == role { runs[runs.count - 1].text += text }
                else { runs.append(StyledRun(text, role)) }
                used += width
            }
            for piece in pieces {
                let word = piece.word
                if piece.spaceBefore {
                    // The space takes the word's role only inside a run of one role (an underlined label stays whole).
                    append(" ", role: runs.last?.role == word.role ? word.role : .body, width: 1)
                }
                append(word.text, role: word.role, width: word.width, source: word.source)
            }
            let firstWord = pieces.first?.index ?? words.count
            lines.append(ReaderLine(indent: number == 0 ? first : rest, runs: runs,
                                    anchor: ReaderAnchor(piece: piece, word: firstWord),
                                    begins: number == 0 ? begins : nil, segments: segments))
        }
        return lines
    }

    /// Keeps an indent from eating a narrow line: at least ten columns (or the whole width) stay for text.
    private static func clampIndent(_ indent: Int, width: Int) -> Int {
        max(0, min(indent, width - min(width, 10)))
    }
}

extension TextWrapper.Word: WrappableWord {
    /// A piece of a word too wide for a line: its source moves along to the piece's first
    /// character (sources count UTF-8, as the offset does).
    func piece(text: String, width: Int, utf8Offset: Int) -> TextWrapper.Word {
        var source = self.source
        source?.offset += utf8Offset
        return TextWrapper.Word(text: text, role: role, width: width, spaceBefore: false, source: source)
    }
}
