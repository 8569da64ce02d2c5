import Content

/// One screen cell: a character and its style. A wide character fills its cell and marks the
/// next as a continuation (`text == ""`), as ratatui's buffer does.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}

/// A frame: what the screen should show, built by the pure core and drawn by a backend.
public struct CellGrid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor should sit (row, column): on the selected row, so screen readers follow it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set { cursorRow = newValue?.row; cursorColumn = newValue?.column ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Writes `text` from (row, column), clipped to `maxColumn` (exclusive, default the grid's width).
    /// Control characters are shown visibly; a wide character that would not fit is replaced by a space.
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, maxColumn: Int? = nil) -> Int {
        let limit = min(maxColumn ?? width, width)
        guard row >= 0, row < height else { return column }
        var x = column
        for character in TerminalSafe.sanitize(text) {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // Combining marks join the previous cell's character.
                if x > 0, x - 1 < limit, x - 1 >= column { self[row, x - 1].text.append(character) }
                continue
            }
            if x + w > limit {
                if w == 2, x < limit { self[row, x] = Cell(" ", style: style); x += 1 }
                break
            }
            if x >= 0 {
                self[row, x] = Cell(String(character), style: style)
                if w == 2 { self[row, x + 1] = Cell("", style: style) }
            }
            x += w
        }
        return x
    }

    /// Fills a rectangle's cells with `style` (and spaces).
    public mutating func fill(row: Int, column: Int, width: Int, height: Int, style: Style = .plain) {
        for y in max(0, row)..<min(self.height, row + height) {
            for x in max(0, column)..<min(self.width, column + width) {
                self[y, x] = Cell(" ", style: style)
            }
        }
    }

    /// Applies `change` to the style of the cells in one row's column range.
    public mutating func restyle(row: Int, columns: Range<Int>, _ change: (inout Style) -> Void) {
        guard row >= 0, row < height else { return }
        for x in max(0, columns.lowerBound)..<min(width, columns.upperBound) { change(&self[row, x].style) }
    }

    /// The grid as text lines (trailing spaces trimmed): what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width { line += self[row, x].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}
