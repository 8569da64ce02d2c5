import Content

/// Writes the content of a page's tree as the lines `ExtractedText` promises: headings and paragraphs
/// each a line with blank lines between, list items with their markers, table rows with their cells
/// separated by tabs; furniture set aside, with the line it stood nearest.
struct HTMLTextWriter {
    /// Something set aside: what it was, all its text, and the line of the text it stood before.
    struct Removed: Equatable {
        var kind: String
        var text: String
        var line: Int
    }

    private enum LineKind { case paragraph, heading, item, row }

    let tree: HTMLTree
    private(set) var lines: [String] = []
    private(set) var roles: [Int: ExtractedText.LineRole] = [:]
    private(set) var removed: [Removed] = []
    /// The list markers the writer put before items, by line: drawn by the browser, not words of the page.
    private(set) var markers: [Int: String] = [:]
    private var lastKind: LineKind?
    private var buffer = CollapsedText()
    private var pendingMarker: String?
    private var lists: [HTMLListMarker] = []

    init(tree: HTMLTree) { self.tree = tree }

    static let blocks: Set<String> = HTMLTree.closesParagraph.union([
        "body", "html", "center", "caption", "legend", "tr", "td", "th", "tbody", "thead", "tfoot", "dialog",
    ])

    mutating func write(_ index: Int) {
        let node = tree[index]
        if node.isText { return buffer.append(node.text) }
        if let kind = HTMLFurniture.kind(of: index, in: tree) { return setAside(index, kind: kind) }
        switch node.name {
        case "br": buffer.breakLine()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            writeChildren(of: index)
            flush(heading: Int(String(node.name.last!)) ?? 1)
        case "ul", "ol", "menu":
            flush()
            lists.append(HTMLListMarker(node, itemCount: node.children.count { tree[$0].name == "li" }))
            writeChildren(of: index)
            flush()
            lists.removeLast()
        case "li":
            flush()
            var list = lists.popLast() ?? HTMLListMarker(HTMLTree.Node(name: "ul", parent: -1), itemCount: 0)
            pendingMarker = list.marker(value: node.attribute("value"))
            lists.append(list)
            writeChildren(of: index)
            flush()
            pendingMarker = nil
        case "table":
            flush()
            writeTable(index)
        default:
            let isBlock = Self.blocks.contains(node.name)
            if isBlock { flush() }
            writeChildren(of: index)
            if isBlock { flush() }
        }
    }

    /// Where the writer has got to, as a line number of the text: the next line it will write.
    var nextLine: Int { lines.count + 1 }

    /// Notes what stood outside the content, before (`atStart`) or after it.
    mutating func setAside(_ index: Int, kind: String, atStart: Bool? = nil) {
        let text = tree.textContent(of: index)
        let line = atStart.map { $0 ? 1 : Int.max } ?? nextLine
        removed.append(Removed(kind: kind, text: text, line: line))
    }

    mutating func setAside(text: String, kind: String, atStart: Bool) {
        removed.append(Removed(kind: kind, text: text, line: atStart ? 1 : Int.max))
    }

    private mutating func writeChildren(of index: Int) {
        for child in tree[index].children { write(child) }
    }

    // MARK: Lines

    /// Ends the open paragraph, item or heading.
    mutating func flush(heading level: Int? = nil) {
        let text = buffer.take()
        guard !text.isEmpty else { return }
        if let level {
            emit(text, .heading, role: .heading(level: level))
        } else if let marker = pendingMarker {
            pendingMarker = nil
            emit(marker + text, .item)
            markers[lines.count] = marker
        } else {
            emit(text, .paragraph)
        }
    }

    /// A blank line between blocks, except between items of a list and rows of a table.
    private mutating func emit(_ line: String, _ kind: LineKind, role: ExtractedText.LineRole? = nil) {
        if let lastKind, !lines.isEmpty, !(kind == lastKind && (kind == .item || kind == .row)) { lines.append("") }
        lines.append(line)
        lastKind = kind
        if let role { roles[lines.count] = role }
    }

    // MARK: Tables

    /// Each row a line of tab-separated cells. A cell spanning columns is followed by empty cells; one
    /// spanning rows leaves an empty cell in its column of the rows below, so the text stays once.
    private mutating func writeTable(_ table: Int) {
        if let caption = tree[table].children.first(where: { tree[$0].name == "caption" }) {
            write(caption)
            flush()
        }
        var spanning: [Int: Int] = [:]  // column → rows still covered
        for row in rows(of: table) {
            if let kind = HTMLFurniture.kind(of: row, in: tree) {
                setAside(row, kind: kind)
                continue
            }
            let isHeaderRow = tree.hasAncestor(row, named: ["thead"])
            var cells: [String] = []
            var allHeaders = true
            func fillSpanned() {
                while let left = spanning[cells.count], left > 0 {
                    spanning[cells.count] = left - 1
                    cells.append("")
                }
            }
            for cell in tree[row].children where ["td", "th"].contains(tree[cell].name) {
                fillSpanned()
                allHeaders = allHeaders && tree[cell].name == "th"
                let column = cells.count
                if let kind = HTMLFurniture.kind(of: cell, in: tree) {
                    setAside(cell, kind: kind)
                    cells.append("")
                } else {
                    cells.append(cellText(cell))
                }
                let columns = min(max(Int(tree[cell].attribute("colspan") ?? "") ?? 1, 1), 100)
                cells += Array(repeating: "", count: columns - 1)
                let rowsSpanned = min(max(Int(tree[cell].attribute("rowspan") ?? "") ?? 1, 1), 1000)
                for spanned in column..<(column + columns) where rowsSpanned > 1 { spanning[spanned] = rowsSpanned - 1 }
            }
            fillSpanned()
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            emit(cells.joined(separator: "\t"), .row, role: .tableRow(header: isHeaderRow || allHeaders))
        }
        lastKind = .paragraph
    }

    /// The table's rows, in its sections or directly in it, not those of tables nested in cells.
    private func rows(of table: Int) -> [Int] {
        var rows: [Int] = []
        for child in tree[table].children {
            switch tree[child].name {
            case "tr": rows.append(child)
            case "thead", "tbody", "tfoot": rows += tree[child].children.filter { tree[$0].name == "tr" }
            default: break
            }
        }
        return rows
    }

    /// A cell's text on one line: its paragraphs, items and any nested table joined by spaces, with
    /// furniture inside it set aside.
    private mutating func cellText(_ cell: Int) -> String {
        tree.textContent(of: cell) { index in
            guard let kind = HTMLFurniture.kind(of: index, in: tree) else { return false }
            setAside(index, kind: kind)
            return true
        }
    }
}
