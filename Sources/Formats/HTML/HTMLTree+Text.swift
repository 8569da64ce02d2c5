extension HTMLTree {
    /// The text of a node and its descendants, whitespace collapsed to single spaces and blocks, items and
    /// line breaks separating words, cut after about `limit` characters (enough to judge a banner or a
    /// toggle without reading a whole page). `skip` leaves out an element and what it holds.
    func textContent(of index: Int, limit: Int = .max, skip: (Int) -> Bool = { _ in false }) -> String {
        var text = CollapsedText()
        let blockEnd = -1
        var stack = [index]
        // A judgement reads a little: a limited look stops after so many elements without text, too.
        var budget = limit == .max ? Int.max : limit * 20
        while let next = stack.popLast(), text.count < limit, budget > 0 {
            budget -= 1
            if next == blockEnd {
                text.breakLine()
                continue
            }
            let node = nodes[next]
            if node.isText {
                text.append(node.text)
            } else if next == index || !skip(next) {
                if Self.separatesWords.contains(node.name) {
                    text.breakLine()
                    stack.append(blockEnd)
                }
                stack += node.children.reversed()
            }
        }
        return text.value
    }

    /// Elements whose start and end separate words, as they do on the screen.
    static let separatesWords: Set<String> = closesParagraph.union([
        "body", "html", "center", "caption", "legend", "tr", "td", "th", "tbody", "thead", "tfoot", "br", "li", "option",
        "nav", "button", "img", "input", "label", "select", "textarea",
    ])

    /// The first element, in document order below `index`, that satisfies `matches`.
    func first(below index: Int, where matches: (Node) -> Bool) -> Int? {
        var stack = nodes[index].children.reversed() as [Int]
        while let next = stack.popLast() {
            if matches(nodes[next]) { return next }
            stack += nodes[next].children.reversed()
        }
        return nil
    }

    /// The elements from the document down to `index`, outermost first, `index` included.
    func path(to index: Int) -> [Int] {
        var path = [index]
        while let parent = path.first.map({ nodes[$0].parent }), parent >= 0 { path.insert(parent, at: 0) }
        return path
    }

    /// Whether an element has an ancestor named one of `names`.
    func hasAncestor(_ index: Int, named names: Set<String>) -> Bool {
        var parent = nodes[index].parent
        while parent >= 0 {
            if names.contains(nodes[parent].name) { return true }
            parent = nodes[parent].parent
        }
        return false
    }
}

/// Text as a browser lays it out in a line: any run of white space (tabs, newlines, no-break spaces
/// included) is one space, none at the ends.
struct CollapsedText {
    private(set) var value = ""
    private var pendingSpace = false

    var count: Int { value.utf8.count }
    var isEmpty: Bool { value.isEmpty }

    mutating func append(_ text: String) {
        for character in text {
            if character.isWhitespace {
                pendingSpace = !value.isEmpty
            } else {
                if pendingSpace { value.append(" ") }
                pendingSpace = false
                value.append(character)
            }
        }
    }

    /// A line break (`<br>`): a space within the paragraph.
    mutating func breakLine() { pendingSpace = !value.isEmpty }

    /// The text so far, and an empty one to go on with.
    mutating func take() -> String {
        defer { self = CollapsedText() }
        return value
    }
}
