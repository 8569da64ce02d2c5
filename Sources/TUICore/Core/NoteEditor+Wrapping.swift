import Content

/// The editor's lines as the box shows them: wrapped at word boundaries by the one rule every view
/// uses (`WordWrap`), each screen row knowing which characters of its line it holds, so the cursor,
/// which moves through characters, is drawn where they are.
extension NoteEditor {
    /// The lines broken into rows of at most `width` columns, at spaces where a word allows (a row may
    /// end in the space it broke at, in the column kept free for the cursor), within a longer word.
    func visualRows(width: Int) -> [VisualRow] {
        let width = max(2, width)
        var rows: [VisualRow] = []
        for (index, line) in lines.enumerated() {
            let characters = Array(line)
            let starts = WordWrap.lines(EditorWord.words(of: characters), firstWidth: width, restWidth: width)
                .map { $0.first?.word.start ?? characters.count }
            for (row, start) in starts.enumerated() {
                let end = row + 1 < starts.count ? starts[row + 1] : characters.count
                rows.append(VisualRow(line: index, start: start, end: end, text: String(characters[start..<end])))
            }
        }
        return rows
    }

    /// The cursor's visual row and screen column within the text area (at most `width`, the free column).
    func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let rows = visualRows(width: width)
        // The last row of the cursor's line that starts at or before it (a row's end is the next row's start).
        let index = rows.lastIndex { $0.line == row && $0.start <= column } ?? 0
        let visual = rows[index]
        let prefix = Array(lines[row])[visual.start..<min(column, visual.end)]
        return (index, min(DisplayWidth.of(String(prefix)), max(2, width)))
    }
}

extension NoteEditor {
    /// Up and Down by the rows on screen: to the character at the same column of the row above or
    /// below (a wrapped line's rows too); past the first row to the start, past the last to the end.
    mutating func moveByRow(_ delta: Int, width: Int) {
        let rows = visualRows(width: width)
        let (current, screenColumn) = cursorPosition(width: width)
        let target = current + delta
        guard rows.indices.contains(target) else {
            column = target < 0 ? 0 : lines[row].count
            return
        }
        let visual = rows[target]
        let characters = Array(lines[visual.line])
        // A row that continues on the next keeps the cursor before that row's start, or it would show there.
        let continues = rows.indices.contains(target + 1) && rows[target + 1].line == visual.line
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

    static func words(of line: [Character]) -> [EditorWord] {
        var words: [EditorWord] = []
        var index = 0
        repeat {
            let spacesStart = index
            while index < line.count, line[index] == " " { index += 1 }
            let wordStart = index
            while index < line.count, line[index] != " " { index += 1 }
            let spaced = wordStart > spacesStart && !words.isEmpty
            let start = spaced ? spacesStart + 1 : spacesStart
            let text = String(line[start..<index])
            words.append(EditorWord(text: text, width: DisplayWidth.of(text), spaceBefore: spaced, start: start))
        } while index < line.count
        return words
    }
}
