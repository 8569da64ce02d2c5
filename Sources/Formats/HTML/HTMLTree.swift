/// A web page as a tree of elements and text, in one array (children by index), built from the tokens
/// with the implied end tags pages rely on: a `<p>` closed by the next block, an `<li>` by the next
/// item, cells and rows by the next cell or row. Nesting is capped, so no walk of a hostile page runs
/// out of stack; past the cap, elements are flattened into their parent, their text kept.
struct HTMLTree {
    struct Node {
        /// The element's name, lower-case; "" for a text node.
        var name: String
        var attributes: [String: String] = [:]
        var text = ""
        var children: [Int] = []
        var parent: Int

        var isText: Bool { name.isEmpty }
        func attribute(_ name: String) -> String? { attributes[name] }
    }

    static let root = 0
    static let maximumDepth = 160
    private(set) var nodes = [Node(name: "#document", parent: -1)]
    private var open = [HTMLTree.root]
    /// The ids that a control on the page (a "Read more" toggle, an accordion's button) shows and hides.
    private(set) var controlledIDs: Set<String> = []
    /// `html`, `head` and `body` once seen: a repeated one adds nothing.
    private var seenOnce: Set<String> = []

    init(_ text: String) {
        var tokenizer = HTMLTokenizer(text)
        while let token = tokenizer.next() {
            switch token {
            case let .text(text): addText(text)
            case let .startTag(name, attributes, _):
                if let controls = attributes["aria-controls"] { controlledIDs.formUnion(controls.split(separator: " ").map(String.init)) }
                start(name, attributes)
            case let .endTag(name): end(name)
            }
        }
    }

    subscript(_ index: Int) -> Node { nodes[index] }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                             "param", "source", "track", "wbr", "keygen"]
    /// Starting one of these closes an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu",
        "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt", "summary",
    ]
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Where a search for an open element to close implicitly stops.
    private static let scopeBoundaries: Set<String> = ["table", "td", "th", "caption", "html", "template", "button", "object"]
    private static let listBoundaries = scopeBoundaries.union(["ol", "ul"])

    private mutating func addText(_ text: String) {
        let parent = open.last!
        if let last = nodes[parent].children.last, nodes[last].isText {
            nodes[last].text += text
            return
        }
        append(Node(name: "", text: text, parent: parent))
    }

    private mutating func start(_ name: String, _ attributes: [String: String]) {
        if name == "html" || name == "head" || name == "body" {
            if seenOnce.contains(name) { return }
            seenOnce.insert(name)
        }
        if Self.closesParagraph.contains(name) { close("p", within: Self.scopeBoundaries) }
        switch name {
        case "li": close("li", within: Self.listBoundaries)
        case "dd", "dt": close("dd", within: Self.listBoundaries.union(["dl"])); close("dt", within: Self.listBoundaries.union(["dl"]))
        case "td", "th": close("td", within: ["table", "tr"]); close("th", within: ["table", "tr"])
        case "tr": close("tr", within: ["table"])
        case "thead", "tbody", "tfoot":
            for section in ["thead", "tbody", "tfoot"] { close(section, within: ["table"]) }
        default:
            if Self.headings.contains(name), let top = open.last, Self.headings.contains(nodes[top].name) { open.removeLast() }
        }
        let index = append(Node(name: name, attributes: attributes, parent: open.last!))
        if !Self.voidElements.contains(name), open.count < Self.maximumDepth { open.append(index) }
    }

    /// Closes the nearest open element of this name; an end tag that matches nothing open is ignored,
    /// except `</br>` and `</p>`, which browsers read as `<br>` and an empty paragraph.
    private mutating func end(_ name: String) {
        if name == "br" { return start("br", [:]) }
        if Self.headings.contains(name), let index = open.lastIndex(where: { Self.headings.contains(nodes[$0].name) }) {
            open.removeSubrange(index...)
            return
        }
        guard let index = open.lastIndex(where: { nodes[$0].name == name }), index > 0 else { return }
        open.removeSubrange(index...)
    }

    private mutating func close(_ name: String, within boundaries: Set<String>) {
        for index in open.indices.reversed() where index > 0 {
            let openName = nodes[open[index]].name
            if openName == name {
                open.removeSubrange(index...)
                return
            }
            if boundaries.contains(openName) { return }
        }
    }

    @discardableResult
    private mutating func append(_ node: Node) -> Int {
        nodes.append(node)
        let index = nodes.count - 1
        nodes[node.parent].children.append(index)
        return index
    }
}
