/// What on a saved page is the site's furniture rather than the document: navigation, the site's
/// header and footer, breadcrumbs, cookie banners, "Skip to main content", "Read more" toggles,
/// share and print buttons, scripts and styles, forms and anything hidden.
enum HTMLFurniture {
    /// What an element is, when it is furniture ("navigation", "cookie banner"); nil for content.
    static func kind(of index: Int, in tree: HTMLTree) -> String? {
        let node = tree[index]
        let names = classAndID(node)
        if names.contains(where: { $0.contains("breadcrumb") }) || (node.attribute("aria-label") ?? "").lowercased().contains("breadcrumb") {
            return "breadcrumbs"
        }
        if let kind = byName[node.name] { return kind }
        if isHidden(node), !isCollapsedContent(node, in: tree) { return "hidden element" }
        let role = node.attribute("role")?.lowercased() ?? ""
        if role == "navigation" { return "navigation" }
        if role == "search" { return "search form" }
        if role == "contentinfo" { return "site footer" }
        if role == "banner" { return "site header" }
        if node.name == "header" || node.name == "footer", !tree.hasAncestor(index, named: sectioning) {
            return node.name == "header" ? "site header" : "site footer"
        }
        if names.contains(where: isNavigationName) { return "navigation" }
        // Words only a screen reader speaks ("opens in a new window"), never on the page.
        if names.contains(where: { $0.contains("visually-hidden") || $0 == "sr-only" || $0.contains("screen-reader") }) {
            return "screen reader text"
        }
        if names.contains(where: { $0.contains("cookie") || $0.contains("consent") }) { return "cookie banner" }
        if names.contains(where: { $0 == "skip" || $0.hasPrefix("skiplink") || $0 == "skip-link" }) { return "skip link" }
        if names.contains(where: { $0.hasPrefix("share") || $0.hasPrefix("social") || $0 == "print" || $0.hasPrefix("print-") }) {
            return "share or print button"
        }
        return kindByText(index, in: tree)
    }

    /// Elements that are never the document's text.
    private static let byName: [String: String] = [
        "script": "script", "style": "style", "noscript": "script", "template": "template", "nav": "navigation",
        "button": "button", "form": "form", "select": "form", "textarea": "form", "iframe": "embedded frame",
        "svg": "graphic", "canvas": "graphic", "object": "embedded frame", "embed": "embedded frame",
        "audio": "media", "video": "media", "dialog": "dialog", "head": "page head", "title": "page head",
    ]

    /// "topnav", "navbar", "main-nav", "site-menu", "navigation": a class or id naming a menu.
    private static func isNavigationName(_ name: String) -> Bool {
        name.hasPrefix("nav") || name.hasSuffix("nav") || name.contains("-nav") || name.contains("menu")
    }

    /// Elements inside which a `<header>` or `<footer>` is the article's own, not the site's.
    private static let sectioning: Set<String> = ["article", "main", "section", "aside"]

    private static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        let style = (node.attribute("style") ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Hidden only until the reader opens it: the panel of an accordion, or text a "Read more" toggle
    /// controls. It is the document's text; the toggle is the furniture.
    private static func isCollapsedContent(_ node: HTMLTree.Node, in tree: HTMLTree) -> Bool {
        if let id = node.attribute("id"), tree.controlledIDs.contains(id) { return true }
        return classAndID(node).contains { $0.contains("accordion") || $0.contains("collapse") }
    }

    /// The words of its class and id, split at spaces ("cookie-banner js-hide" → "cookie-banner", "js-hide").
    private static func classAndID(_ node: HTMLTree.Node) -> [String] {
        ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
            .split { $0.isWhitespace }.map(String.init)
    }

    /// Furniture told by what it says: a cookie notice, a skip link, a toggle, a share or print link.
    private static func kindByText(_ index: Int, in tree: HTMLTree) -> String? {
        let node = tree[index]
        guard textJudged.contains(node.name) else { return nil }
        let text = tree.textContent(of: index, limit: 160).lowercased()
        if ["we use cookies", "this site uses cookies", "this website uses cookies", "our website uses cookies"]
            .contains(where: text.hasPrefix) { return "cookie banner" }
        guard controls.contains(node.name), text.count <= 40 else { return nil }
        let phrase = text.trimmingTrailing { !$0.isLetter }
        if phrase.hasPrefix("skip to ") || phrase == "skip navigation" { return "skip link" }
        // A lone "More" is a toggle on a link, but could be a paragraph's whole text.
        if toggles.contains(phrase), links.contains(node.name) || phrase.contains(" ") { return "toggle" }
        if shareOrPrint.contains(phrase) || phrase.hasPrefix("share on ") || phrase.hasPrefix("share this") { return "share or print button" }
        return nil
    }

    private static let textJudged: Set<String> = ["div", "section", "aside", "p", "a", "span", "details", "summary"]
    private static let controls: Set<String> = ["a", "span", "summary", "p", "div"]
    private static let links: Set<String> = ["a", "span", "summary"]
    private static let toggles: Set<String> = [
        "read more", "read less", "show more", "show less", "show all", "hide all", "show", "hide", "expand",
        "collapse", "expand all", "collapse all", "show all sections", "hide all sections", "back to top", "top of page",
        "more", "less",
    ]
    private static let shareOrPrint: Set<String> = ["share", "print", "print this page", "email this page", "share this page",
                                                    "print page", "download as pdf", "tweet", "share via email"]
}

private extension String {
    func trimmingTrailing(while predicate: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return String(text)
    }
}
