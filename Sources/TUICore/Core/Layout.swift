/// A rectangle of the screen, in cells.
struct Rect: Sendable, Hashable {
    var x: Int, y: Int, width: Int, height: Int

    static let empty = Rect(x: 0, y: 0, width: 0, height: 0)
    var maxX: Int { x + width }
    var maxY: Int { y + height }
    func contains(row: Int, column: Int) -> Bool { row >= y && row < maxY && column >= x && column < maxX }
}

extension Layout {
    /// A box over the panes: centred with a margin on roomy screens (at most `maxWidth` wide and, when
    /// given, `maxHeight` high), the whole body above the status line on small ones.
    func overlayFrame(maxWidth: Int, maxHeight: Int? = nil) -> Rect {
        let bodyHeight = max(0, height - 1)
        let boxWidth = width >= 60 ? min(maxWidth, width - 4) : width
        let boxHeight = bodyHeight >= 16 ? min(maxHeight ?? .max, bodyHeight - 2) : bodyHeight
        return Rect(x: (width - boxWidth) / 2, y: (bodyHeight - boxHeight) / 2, width: boxWidth, height: boxHeight)
    }
}

/// Where each part of the screen goes at a given size: two panes side by side on wide screens,
/// one pane (the focused one) on narrow ones, and only a message when the window is too small.
struct Layout: Sendable, Hashable {
    static let minimumWidth = 40
    static let minimumHeight = 10
    static let twoPaneWidth = 70

    var width: Int
    var height: Int
    var isTooSmall: Bool
    var isSinglePane: Bool
    /// The outline pane, or `.empty` when it is not shown.
    var outline: Rect
    /// The reader pane, or `.empty` when it is not shown.
    var reader: Rect
    /// The column of the separator between the panes, when both are shown.
    var separatorColumn: Int?
    var statusRow: Int
    /// The widest the reader's text gets.
    var measure: Int

    init(width: Int, height: Int, focus: Pane, measure: Int = BrowserOptions.defaultMeasure) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.measure = max(1, measure)
        isTooSmall = width < Layout.minimumWidth || height < Layout.minimumHeight
        isSinglePane = width < Layout.twoPaneWidth
        statusRow = max(0, height - 1)
        let bodyHeight = max(0, height - 1)
        if isTooSmall {
            outline = .empty; reader = .empty; separatorColumn = nil
        } else if isSinglePane {
            let whole = Rect(x: 0, y: 0, width: width, height: bodyHeight)
            outline = focus == .outline ? whole : .empty
            reader = focus == .reader ? whole : .empty
            separatorColumn = nil
        } else {
            let outlineWidth = Self.outlineWidth(width)
            outline = Rect(x: 0, y: 0, width: outlineWidth, height: bodyHeight)
            separatorColumn = outlineWidth
            reader = Rect(x: outlineWidth + 1, y: 0, width: width - outlineWidth - 1, height: bodyHeight)
        }
    }

    /// A third of the screen, at least 24 columns: the outline widens with the terminal, so its
    /// gists say more on a wide one.
    private static func outlineWidth(_ width: Int) -> Int { max(24, width / 3) }

    /// The outline's list area: below its title row.
    var outlineList: Rect {
        Rect(x: outline.x, y: outline.y + 1, width: outline.width, height: max(0, outline.height - 1))
    }

    /// The reader's text area: one column of margin on each side, and on a pane wider than the
    /// measure, the text centred in it.
    var readerText: Rect {
        let room = max(0, reader.width - 2)
        let textWidth = min(room, measure)
        return Rect(x: reader.x + 1 + (room - textWidth) / 2, y: reader.y, width: textWidth, height: reader.height)
    }

    /// The width the reader's text is wrapped to, whether or not the reader is shown now, so that
    /// scroll positions stay meaningful while it is hidden.
    var readerTextWidth: Int {
        let room = isSinglePane ? width - 2 : width - Self.outlineWidth(width) - 1 - 2
        return max(1, min(room, measure))
    }

    /// Rows in the reader's text area, whether or not the reader is shown now.
    var readerTextHeight: Int { max(1, height - 1) }
    var outlineListHeight: Int { max(1, height - 2) }
}
