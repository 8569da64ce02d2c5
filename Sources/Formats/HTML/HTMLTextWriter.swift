import Content

/// Writes the content of a page's tree as the lines `ExtractedText` promises: headings and paragraphs
/// each a line with blank lines between, list items with their markers, table rows with their cells
/// separated by tabs; furniture set aside, with the line it stood nearest.
struct HTMLTextWriter {
    /// Something set aside: what it was, all its text, and the line of the text it stood before.
    struct Removed: Equatable {
        enum Position: Comparable { case before, within, after }
        var kind: String
        var text: String
        var line: Int
        var position = Position.within
    }

    enum LineKind { case paragraph, heading, item, row }

    let tree: HTMLTree
    private(set) var lines: [String] = []
    private(set) var roles: [Int: ExtractedText.LineRole] = [:]
    private(set) var removed: [Removed] = []
    /// The list markers the writer put before items, by line: drawn by the browser, not words of the page.
    private(set) var markers: [Int: String] = [:]
    var lastKind: LineKind?
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
            // The next list is another list: a blank line between them.
            if lists.isEmpty, lastKind == .item { lastKind = .paragraph }
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
            if !lines.isEmpty { lastKind = .paragraph }
        default:
            let isBlock = Self.blocks.contains(node.name)
            if isBlock { flush() }
            writeChildren(of: index)
            if isBlock { flush() }
        }
    }

    /// Where the writer has got to, as a line number of the text: the next line it will write.
    var nextLine: Int { lines.count + 1 }

    /// Sets furniture in the content aside.
    mutating func setAside(_ index: Int, kind: String) {
        removed.append(Removed(kind: kind, text: tree.textContent(of: index), line: nextLine))
    }

    /// Notes what stood outside the content, before (`atStart`) or after it.
    mutating func setAside(text: String, kind: String, atStart: Bool) {
        removed.append(Removed(kind: kind, text: text, line: atStart ? 1 : Int.max, position: atStart ? .before : .after))
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
    mutating func emit(_ line: String, _ kind: LineKind, role: ExtractedText.LineRole? = nil) {
        if let lastKind, !lines.isEmpty, !(kind == lastKind && (kind == .item || kind == .row)) { lines.append("") }
        lines.append(line)
        lastKind = kind
        if let role { roles[lines.count] = role }
    }
}
