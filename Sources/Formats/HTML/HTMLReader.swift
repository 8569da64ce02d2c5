import Content
import Foundation

/// Reads a web page saved from a partnership's site into `ExtractedText`: the main content's headings,
/// paragraphs, lists and tables, with the site's furniture (navigation, banners, toggles, scripts)
/// set aside for `check`, and the page's title as its first `<h1>` or its `<title>` without the site's name.
enum HTMLReader {
    /// What was read: the text for the parser, and everything set aside, in full (for tests).
    struct Reading {
        var extracted: ExtractedText
        var removed: [HTMLTextWriter.Removed]
        /// The list markers the reader added, by line.
        var markers: [Int: String]
        var isErrorPage: Bool
    }

    static func extract(_ data: Data, source: String) throws(LoadError) -> ExtractedText {
        let reading = read(data)
        if reading.isErrorPage { throw LoadError("\(source): is an error page saved from a web site, not a document") }
        if reading.extracted.text.allSatisfy(\.isWhitespace) {
            throw LoadError("\(source): is a web page with no text in its main content")
        }
        return reading.extracted
    }

    static func read(_ data: Data) -> Reading {
        let (text, encodingWarning) = HTMLCharset.decode(data)
        let tree = HTMLTree(text)
        let root = contentRoot(tree)
        var writer = HTMLTextWriter(tree: tree)
        setAsideOutside(root, in: tree, writer: &writer)
        writer.write(root)
        writer.flush()

        let lastLine = max(writer.lines.count, 1)
        // In the order of the page: what stood before the content, what was inside it, what came after.
        let removed = writer.removed.enumerated().map { offset, item in
            var item = item
            item.line = min(max(item.line, 1), lastLine)
            return (offset, item)
        }.sorted { ($0.1.position, $0.0) < ($1.1.position, $1.0) }.map(\.1)
        let heading = firstHeading(below: root, in: tree).map { tree.textContent(of: $0) }
        let pageTitle = tree.first(below: HTMLTree.root) { $0.name == "title" && !$0.isText }.map { tree.textContent(of: $0) }
        let title = HTMLTitle.declared(heading: heading, pageTitle: pageTitle, siteName: siteName(tree))
        var warnings = encodingWarning.map { [ParseWarning($0)] } ?? []
        if let summary = HTMLFurnitureSummary.warning(removed) { warnings.append(ParseWarning(summary)) }
        let extracted = ExtractedText(format: .html, text: writer.lines.joined(separator: "\n"), roles: writer.roles,
                                      declaredTitle: title, furniture: HTMLFurnitureSummary.lines(removed), warnings: warnings)
        let contentWords = writer.lines.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        let isErrorPage = contentWords <= HTMLTitle.errorPageWordLimit
            && [heading, pageTitle, writer.lines.first].contains { $0.map(HTMLTitle.isErrorText) ?? false }
        return Reading(extracted: extracted, removed: removed, markers: writer.markers, isErrorPage: isErrorPage)
    }

    /// `<main>` (or `role="main"`) when the page marks one, else its only `<article>`, else the body.
    static func contentRoot(_ tree: HTMLTree) -> Int {
        if let main = tree.first(below: HTMLTree.root, where: { $0.name == "main" || $0.attribute("role")?.lowercased() == "main" }) {
            return main
        }
        let articles = tree.nodes.indices.filter { tree[$0].name == "article" }
        if articles.count == 1 { return articles[0] }
        return tree.first(below: HTMLTree.root) { $0.name == "body" } ?? HTMLTree.root
    }

    /// The first `<h1>` of the content that is not in furniture (a logo's `<h1>` in the site's header).
    private static func firstHeading(below root: Int, in tree: HTMLTree) -> Int? {
        var stack = Array(tree[root].children.reversed())
        while let next = stack.popLast() {
            let node = tree[next]
            if node.isText || HTMLFurniture.kind(of: next, in: tree) != nil { continue }
            if node.name == "h1" { return next }
            stack += node.children.reversed()
        }
        return nil
    }

    /// Everything around the content root with text of its own: the site's header, navigation, footer.
    private static func setAsideOutside(_ root: Int, in tree: HTMLTree, writer: inout HTMLTextWriter) {
        let path = tree.path(to: root)
        for (parent, child) in zip(path, path.dropFirst()) {
            var before = true
            for sibling in tree[parent].children {
                if sibling == child {
                    before = false
                    continue
                }
                let node = tree[sibling]
                if ["head", "script", "style", "noscript", "template", "title"].contains(node.name) { continue }
                let text = tree.textContent(of: sibling)
                if text.isEmpty { continue }
                let kind = node.isText ? "outside the main content" : HTMLFurniture.kind(of: sibling, in: tree) ?? "outside the main content"
                writer.setAside(text: text, kind: kind, atStart: before)
            }
        }
    }

    /// The site's name as the page states it (`og:site_name`, `application-name`), to take off the title.
    private static func siteName(_ tree: HTMLTree) -> String? {
        let meta = tree.first(below: HTMLTree.root) { node in
            node.name == "meta" && ["og:site_name", "application-name"].contains((node.attribute("property") ?? node.attribute("name") ?? "").lowercased())
        }
        return meta.flatMap { tree[$0].attribute("content") }
    }
}
