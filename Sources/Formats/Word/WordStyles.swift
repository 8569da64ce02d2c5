/// What styles.xml says about paragraph styles: which are headings (and at what level), which are
/// the document's title, which carry numbering, and which make their text bold.
struct WordStyles {
    private struct Style {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: NumberingReference?
        var bold: Bool?
    }

    private var styles: [String: Style] = [:]
    /// The paragraph style a paragraph without `w:pStyle` has.
    private var defaultParagraphStyle: String?

    init(_ root: XMLNode?) {
        guard let root else { return }
        for node in root.children("style") {
            guard let id = node.attribute("styleId") else { continue }
            let properties = node.child("pPr")
            let level = properties?.value(of: "outlineLvl").flatMap(Int.init)
            styles[id] = Style(name: node.value(of: "name") ?? id, basedOn: node.value(of: "basedOn"),
                               outlineLevel: level, numbering: properties.flatMap(NumberingReference.init),
                               bold: node.child("rPr").flatMap(WordRun.bold))
            if node.attribute("type") == "paragraph", node.attribute("default") == "1" || node.attribute("default") == "true" {
                defaultParagraphStyle = id
            }
        }
    }

    func resolved(_ id: String?) -> String? { id ?? defaultParagraphStyle }

    /// The heading level (1…9) of a paragraph style: "heading N" by name or id, Title as level 1, or an
    /// outline level set on the style or a style it is based on.
    func headingLevel(_ id: String?) -> Int? {
        var current = resolved(id)
        var seen: Set<String> = []
        while let id = current, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            if let level = Self.namedHeadingLevel(style.name) ?? Self.namedHeadingLevel(id) { return level }
            if let outline = style.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
            current = style.basedOn
        }
        return nil
    }

    func isTitle(_ id: String?) -> Bool {
        guard let id = resolved(id) else { return false }
        return id == "Title" || styles[id]?.name.lowercased() == "title"
    }

    /// The numbering a style gives its paragraphs (a heading style linked to a list), through `basedOn`.
    func numbering(_ id: String?) -> NumberingReference? {
        inherited(id) { $0.numbering }
    }

    /// Whether the style makes its runs bold, through `basedOn`.
    func isBold(_ id: String?) -> Bool {
        inherited(id) { $0.bold } ?? false
    }

    /// The numbering that an `abstractNum`'s `w:numStyleLink` names, through that numbering style.
    func numberingOfStyle(_ id: String) -> NumberingReference? { styles[id]?.numbering }

    private func inherited<T>(_ id: String?, _ property: (Style) -> T?) -> T? {
        var current = resolved(id)
        var seen: Set<String> = []
        while let id = current, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            if let value = property(style) { return value }
            current = style.basedOn
        }
        return nil
    }

    private static func namedHeadingLevel(_ name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        if lower == "title" { return 1 }
        guard lower.hasPrefix("heading"), let level = Int(lower.dropFirst("heading".count)), (1...9).contains(level) else { return nil }
        return level
    }
}

/// A paragraph's `w:numPr`: which list it belongs to and at what level.
struct NumberingReference: Equatable {
    var numberingID: String
    var level: Int

    /// Reads `w:numPr` from a paragraph's (or style's) `w:pPr`; nil when there is none.
    init?(_ paragraphProperties: XMLNode) {
        guard let numPr = paragraphProperties.child("numPr") else { return nil }
        guard let id = numPr.value(of: "numId") else { return nil }
        numberingID = id
        level = numPr.value(of: "ilvl").flatMap(Int.init) ?? 0
    }

    init(numberingID: String, level: Int) {
        self.numberingID = numberingID
        self.level = level
    }
}
