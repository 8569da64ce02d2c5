/// What a run's properties and special characters mean for its text.
enum WordRun {
    /// `w:b` in run properties: true, false (`w:val="0"`), or nil when the run does not say.
    static func bold(_ runProperties: XMLNode) -> Bool? {
        guard let b = runProperties.child("b") else { return nil }
        return !["0", "false", "off"].contains(b.attribute("val") ?? "1")
    }

    /// A `w:sym` character: symbol fonts put their glyphs at U+F000 + the font's code, which is no
    /// character a terminal shows; the few that carry meaning in these documents (ticks, crosses,
    /// boxes, bullets, arrows) become their Unicode equivalents, the rest are dropped as decoration.
    static func symbol(_ node: XMLNode) -> String {
        guard let code = node.attribute("char").flatMap({ UInt32($0, radix: 16) }) else { return "" }
        let font = (node.attribute("font") ?? "").lowercased()
        let value = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code
        if !(0xE000...0xF8FF).contains(code) {
            return UnicodeScalar(code).map { String(Character($0)) } ?? ""
        }
        if font.hasPrefix("wingdings") { return wingdings[value] ?? "" }
        if font == "symbol" { return symbolFont[value] ?? "" }
        return ""
    }

    private static let wingdings: [UInt32: String] = [
        0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0xA8: "☐", 0x6F: "☐", 0x78: "☒",
        0x6C: "●", 0x6E: "■", 0xA7: "▪", 0x9F: "•", 0xD8: "➢", 0xE0: "→", 0xE8: "→", 0x4A: "☺",
    ]

    private static let symbolFont: [UInt32: String] = [
        0xB7: "•", 0xAE: "→", 0xAC: "←", 0xB0: "°", 0xB1: "±", 0xA3: "≤", 0xB3: "≥", 0xD7: "×", 0x2D: "−",
    ]
}
