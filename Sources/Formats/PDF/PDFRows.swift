/// A run of text on one line of a page with no wide gap in it: a line of prose, or one cell's line in a table.
struct PDFFragment {
    var text: String
    var x1, x2, top, bottom: Double
    var size: Double
    var bold: Bool
}

/// The fragments at the same height of a page, left to right: a printed line.
struct PDFRow {
    var fragments: [PDFFragment]
    var page: Int
    /// 0 across the page; 1 or 2 for the left or right column of two-column prose (`PDFColumns`).
    var column = 0

    var top: Double { fragments.map(\.top).min() ?? 0 }
    var bottom: Double { fragments.map(\.bottom).max() ?? 0 }
    var size: Double { fragments.map(\.size).max() ?? 0 }
    var bold: Bool { fragments.allSatisfy(\.bold) }
    var text: String { fragments.map(\.text).joined(separator: " ") }
}

/// Builds printed lines from positioned characters by their geometry, not poppler's reading order, so
/// that the cells of a table row, which poppler may give column by column, come back together.
enum PDFRowBuilder {
    /// A gap wider than this many times the type size splits a line into fragments (table cells,
    /// a footer's left and right parts); a word space is about a quarter of it.
    static let fragmentGap = 0.8

    static func rows(of page: PDFPage, index: Int) -> [PDFRow] {
        let fragments = self.fragments(page.glyphs).sorted { ($0.top + $0.bottom) < ($1.top + $1.bottom) }
        var rows: [PDFRow] = []
        for fragment in fragments {
            let middle = (fragment.top + fragment.bottom) / 2
            if var last = rows.last {
                let lastMiddle = (last.top + last.bottom) / 2
                let height = min(fragment.bottom - fragment.top, last.bottom - last.top)
                if abs(middle - lastMiddle) < max(height * 0.4, 1) {
                    last.fragments.append(fragment)
                    rows[rows.count - 1] = last
                    continue
                }
            }
            rows.append(PDFRow(fragments: [fragment], page: index))
        }
        return rows.map { row in
            var row = row
            row.fragments.sort { $0.x1 < $1.x1 }
            return row
        }
    }

    static func fragments(_ glyphs: [PDFGlyph]) -> [PDFFragment] {
        var fragments: [PDFFragment] = []
        var current: PDFFragment?
        var text = String.UnicodeScalarView()
        func finish() {
            if var fragment = current {
                fragment.text = String(text).trimmingCharacters(in: .whitespaces)
                if !fragment.text.isEmpty { fragments.append(fragment) }
            }
            current = nil
            text = String.UnicodeScalarView()
        }
        var previous: PDFGlyph?
        for glyph in glyphs {
            if glyph.scalar == "\n" { finish(); continue }
            if glyph.scalar.properties.isWhitespace {
                if current != nil { text.append(" ") }
                continue
            }
            // Apart: a wide gap, a step back to the left (the next line), or another height.
            if let fragment = current, let previous {
                let size = max(fragment.size, glyph.size, 1)
                let middle = (glyph.y1 + glyph.y2) / 2
                let apart = glyph.x1 - previous.x2 > size * fragmentGap || glyph.x1 < previous.x1 - size
                    || middle < previous.y1 || middle > previous.y2
                if apart { finish() }
            }
            previous = glyph
            if var fragment = current {
                text.append(glyph.scalar)
                fragment.x2 = max(fragment.x2, glyph.x2)
                fragment.top = min(fragment.top, glyph.y1)
                fragment.bottom = max(fragment.bottom, glyph.y2)
                fragment.size = max(fragment.size, glyph.size)
                fragment.bold = fragment.bold && glyph.bold
                current = fragment
            } else {
                text.append(glyph.scalar)
                current = PDFFragment(text: "", x1: glyph.x1, x2: glyph.x2, top: glyph.y1, bottom: glyph.y2,
                                      size: glyph.size, bold: glyph.bold)
            }
        }
        finish()
        return fragments
    }
}
