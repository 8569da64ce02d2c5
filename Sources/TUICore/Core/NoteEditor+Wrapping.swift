import Content

/// The editor's lines as the box shows them: wrapped at word boundaries by the one rule every view
/// uses (`WordWrap`), each screen row knowing which characters of its line it holds, so the cursor,
/// which moves through characters, is drawn where they are.
extension NoteEditor {
    /// The rows `range` of the lines broken into rows of at most `width` columns, at spaces where a word
    /// allows (a row may end in the space it broke at, in the column kept free for the cursor), within a
    /// longer word. Only the rows asked for are cut out of their lines.
    func visualRows(width: Int, in range: Range<Int> = 0..<Int.max) -> [VisualRow] {
        var rows: [VisualRow] = []
        var first = 0
        for (index, starts) in rowStarts(width: width).enumerated() {
            defer { first += starts.count }
            guard first + starts.count > range.lowerBound else { continue }
            guard first < range.upperBound else { break }
            let line = characterLines[index]
            for (row, start) in starts.enumerated() where range.contains(first + row) {
                let end = row + 1 < starts.count ? starts[row + 1] : line.count
                rows.append(VisualRow(line: index, start: start, end: end, text: String(line[start..<end])))
            }
        }
        return rows
    }

    /// The cursor's visual row and screen column within the text area (at most `width`, the free column).
    func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let starts = rowStarts(width: width)
        let rowsAbove = starts[..<row].reduce(0) { $0 + $1.count }
        // The last row of the cursor's line that starts at or before it (a row's end is the next row's start).
        let index = Self.row(holding: column, in: starts[row])
        let start = starts[row][index]
        let end = index + 1 < starts[row].count ? starts[row][index + 1] : characterLines[row].count
        let prefix = characterLines[row][start..<min(column, end)]
        return (rowsAbove + index, min(DisplayWidth.of(String(prefix)), max(2, width)))
    }

    /// Where each line's rows start at `width`: the kept ones when they are for that width, else afresh.
    func rowStarts(width: Int) -> [[Int]] {
        let width = max(2, width)
        if wrapped.width == width { return wrapped.starts }
        return characterLines.map { Self.rowStarts(of: $0, from: 0, width: width) }
    }

    /// Wraps every line at `width`, unless the kept rows are already for it.
    mutating func wrapAll(width: Int) {
        let width = max(2, width)
        guard wrapped.width != width else { return }
        wrapped = WrappedRows(width: width, starts: characterLines.map { Self.rowStarts(of: $0, from: 0, width: width) },
                              charactersRewrapped: characterLines.reduce(0) { $0 + $1.count })
    }

    /// After an edit of `line` at Character offset `offset`: re-wraps that line from two rows above the
    /// edit's row to its end. Rows further above cannot change: a row's break depends only on the words
    /// from its start to the first that does not fit, and an edit can pull a word back at most one row.
    mutating func rewrap(line: Int, from offset: Int) {
        guard let width = wrapped.width else { return }
        let edited = Self.row(holding: offset, in: wrapped.starts[line])
        let first = max(0, edited - 2)
        let start = wrapped.starts[line][first]
        wrapped.starts[line].replaceSubrange(first..., with: Self.rowStarts(of: characterLines[line], from: start, width: width))
        wrapped.charactersRewrapped = characterLines[line].count - start
    }

    /// Which of a line's rows (by their starts) holds Character offset `offset`.
    static func row(holding offset: Int, in starts: [Int]) -> Int {
        starts.lastIndex { $0 <= offset } ?? 0
    }

    /// The starts of the rows of `line` from `start` (a row's start) on, wrapped at `width`.
    static func rowStarts(of line: [Character], from start: Int, width: Int) -> [Int] {
        WordWrap.lines(EditorWord.words(of: line[start...]), firstWidth: width, restWidth: width)
            .map { $0.first?.word.start ?? line.count }
    }
}

/// The rows the editor's lines wrap into at one width: what the box last drew at. Derived from the
/// lines, so two editors that differ only in it are the same editor.
struct WrappedRows: Sendable, Hashable {
    /// The width they were wrapped at; nil before the box first draws.
    var width: Int?
    /// For each line, the Character offsets where its rows start (the first is 0).
    var starts: [[Int]] = []
    /// How many characters the last wrapping went through: what a key costs, for tests and benchmarks.
    var charactersRewrapped = 0

    mutating func insertLine(at index: Int) {
        if width != nil { starts.insert([0], at: index) }
    }

    mutating func removeLine(at index: Int) {
        if width != nil { starts.remove(at: index) }
    }

    static func == (_: WrappedRows, _: WrappedRows) -> Bool { true }
    func hash(into _: inout Hasher) {}
}

extension NoteEditor {
    /// Up and Down by the rows on screen: to the character at the same column of the row above or
    /// below (a wrapped line's rows too); past the first row to the start, past the last to the end.
    mutating func moveByRow(_ delta: Int, width: Int) {
        let (current, screenColumn) = cursorPosition(width: width)
        let target = current + delta
        let rows = target >= 0 ? visualRows(width: width, in: target..<(target + 2)) : []
        guard let visual = rows.first else {
            column = target < 0 ? 0 : characterLines[row].count
            return
        }
        let characters = characterLines[visual.line]
        // A row that continues on the next keeps the cursor before that row's start, or it would show there.
        let continues = rows.count > 1 && rows[1].line == visual.line
        let last = continues ? visual.end - 1 : visual.end
        var offset = visual.start
        var used = 0
        while offset < last, used + DisplayWidth.of(characters[offset]) <= screenColumn {
            used += DisplayWidth.of(characters[offset])
            offset += 1
        }
        row = visual.line
        column = offset
    }
}

/// A word of an editor line for `WordWrap`, with the offset of its first character in the line.
/// The one space between two words is the gap WordWrap puts there; more spaces belong to the word after.
private struct EditorWord: WrappableWord {
    var text: String
    var width: Int
    var spaceBefore: Bool
    var start: Int

    /// The editor counts characters; WordWrap hands the piece's start in UTF-8.
    func piece(text: String, width: Int, utf8Offset: Int) -> EditorWord {
        let pieceStart = self.text.utf8.index(self.text.startIndex, offsetBy: utf8Offset)
        return EditorWord(text: text, width: width, spaceBefore: false,
                          start: start + self.text.distance(from: self.text.startIndex, to: pieceStart))
    }

    /// The words of a line from a row's start (`line`'s indices are the whole line's offsets).
    static func words(of line: ArraySlice<Character>) -> [EditorWord] {
        var words: [EditorWord] = []
        var index = line.startIndex
        repeat {
            let spacesStart = index
            while index < line.endIndex, line[index] == " " { index += 1 }
            let wordStart = index
            while index < line.endIndex, line[index] != " " { index += 1 }
            let spaced = wordStart > spacesStart && !words.isEmpty
            let start = spaced ? spacesStart + 1 : spacesStart
            let text = String(line[start..<index])
            words.append(EditorWord(text: text, width: DisplayWidth.of(text), spaceBefore: spaced, start: start))
        } while index < line.endIndex
        return words
    }
}
