import Content

/// A box with a border, a title on the top edge and a footer on the bottom edge, as ratatui's
/// `Block`: it clears its rectangle, draws its frame and says where its inside is.
struct BorderedBlock {
    enum TitlePlacement { case left, centered }

    var title = ""
    var titlePlacement = TitlePlacement.left
    /// Right-aligned on the bottom edge.
    var footer = ""
    var borderStyle: Style
    var titleStyle: Style
    var footerStyle: Style
    /// Blanks the rows' cells left and right of the block: a box centred over the panes would otherwise
    /// leave a column or two of the text behind it showing, which reads as stray characters.
    var blanksBeside: Bool

    init(title: String = "", titlePlacement: TitlePlacement = .left, footer: String = "", theme: Theme,
         footerStyle: Style? = nil, blanksBeside: Bool = false) {
        self.blanksBeside = blanksBeside
        self.title = title
        self.titlePlacement = titlePlacement
        self.footer = footer
        borderStyle = theme.border
        titleStyle = theme.borderTitle
        self.footerStyle = footerStyle ?? theme.borderTitle
    }

    /// Draws the block over `area`; returns the inside (within the border).
    @discardableResult
    func render(in area: Rect, into grid: inout CellGrid) -> Rect {
        grid.fill(row: area.y, column: area.x, width: area.width, height: area.height)
        if blanksBeside {
            grid.fill(row: area.y, column: 0, width: area.x, height: area.height)
            grid.fill(row: area.y, column: area.maxX, width: grid.width - area.maxX, height: area.height)
        }
        let horizontal = String(repeating: "─", count: max(0, area.width - 2))
        grid.put("┌" + horizontal + "┐", row: area.y, column: area.x, style: borderStyle)
        grid.put("└" + horizontal + "┘", row: area.maxY - 1, column: area.x, style: borderStyle)
        for row in (area.y + 1)..<max(area.y + 1, area.maxY - 1) {
            grid.put("│", row: row, column: area.x, style: borderStyle)
            grid.put("│", row: row, column: area.maxX - 1, style: borderStyle)
        }
        if !title.isEmpty {
            let text = Truncate.toWidth(title, area.width - 4)
            let column = titlePlacement == .left ? area.x + 2
                : area.x + (area.width - DisplayWidth.of(text)) / 2
            grid.put(text, row: area.y, column: column, style: titleStyle)
        }
        if !footer.isEmpty {
            let text = Truncate.toWidth(footer, area.width - 4)
            grid.put(text, row: area.maxY - 1, column: area.maxX - 2 - DisplayWidth.of(text), style: footerStyle)
        }
        return Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: max(0, area.height - 2))
    }
}
