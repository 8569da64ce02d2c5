/// Groups text units into blocks: runs of list items become a list (taking the paragraph that
/// introduces them), and a paragraph ending in a colon followed by "Term: description" paragraphs
/// becomes a term list, as in Child J's Recommendation 7.
enum BlockBuilder {
    /// Paragraphs longer than this are prose, not the items of a term list.
    static let maximumTermItemLength = 400

    static func blocks(from units: [TextUnit]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            switch unit.kind {
            case .heading:
                blocks.append(Block(kind: .heading, text: unit.text, lines: unit.span))
                index += 1
            case let .item(marker):
                var end = index + 1
                while end < units.count, case let .item(next) = units[end].kind,
                      family(of: next) == family(of: marker) { end += 1 }
                blocks.append(list(of: units[index..<end], introducedBy: takeIntro(from: &blocks)))
                index = end
            case .paragraph:
                if let (block, end) = termList(at: index, in: units) {
                    blocks.append(block)
                    index = end
                } else {
                    blocks.append(.paragraph(unit.text, lines: unit.span))
                    index += 1
                }
            }
        }
        return blocks
    }

    /// The paragraph just before a list introduces it when it ends in a colon or semicolon.
    private static func takeIntro(from blocks: inout [Block]) -> Block? {
        guard let last = blocks.last, last.kind == .paragraph,
              last.text.hasSuffix(":") || last.text.hasSuffix(";") else { return nil }
        return blocks.removeLast()
    }

    private static func list(of units: ArraySlice<TextUnit>, introducedBy intro: Block?) -> Block {
        let items = units.map { unit -> ListItem in
            guard case let .item(marker) = unit.kind else { return ListItem(marker: "", text: unit.text, lines: unit.span) }
            if let (term, description) = LinePatterns.term(unit.text) {
                return ListItem(marker: marker, term: term, text: description, lines: unit.span)
            }
            return ListItem(marker: marker, text: unit.text, lines: unit.span)
        }
        var span = units.first!.span.union(units.last!.span)
        if let intro { span = span.union(intro.lines) }
        return Block(kind: .list, text: intro?.text ?? "", items: items, lines: span)
    }

    /// "Schools … have received the following offer:" then short paragraphs, some "Term: description".
    private static func termList(at index: Int, in units: [TextUnit]) -> (Block, Int)? {
        let intro = units[index]
        guard intro.text.hasSuffix(":") else { return nil }
        var items: [ListItem] = []
        var next = index + 1
        while next < units.count, units[next].kind == .paragraph,
              units[next].text.count <= maximumTermItemLength, !units[next].text.hasSuffix(":") {
            let unit = units[next]
            if let (term, description) = LinePatterns.term(unit.text) {
                items.append(ListItem(marker: "", term: term, text: description, lines: unit.span))
            } else {
                items.append(ListItem(marker: "", text: unit.text, lines: unit.span))
            }
            next += 1
        }
        // Prose after the last term is the author's paragraphs again, not list items.
        while let last = items.last, last.term == nil { items.removeLast() }
        guard items.count >= 2 else { return nil }
        let span = intro.span.union(items.last!.lines)
        return (Block(kind: .list, text: intro.text, items: items, lines: span), index + 1 + items.count)
    }

    /// Items continue one list while their markers are of one kind: "1." with "2.", "•" with "•".
    private static func family(of marker: String) -> String {
        if marker.contains(where: \.isNumber) {
            return marker.hasPrefix("(") ? "(n)" : "n" + String(marker.last!)
        }
        if marker.count >= 2, marker.contains(where: \.isLetter) {
            return (marker.hasPrefix("(") ? "(" : "") + "a" + String(marker.last!)
        }
        return marker
    }
}
