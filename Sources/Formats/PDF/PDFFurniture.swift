import Content
import Foundation

/// Page furniture found by position: in the top or bottom margin of a page, a page number ("3",
/// "Page 3 of 8", "- 3 -"), or a fragment repeated at the same place on most pages (a running header
/// or footer, whose page number or date may change from page to page).
enum PDFFurniture {
    /// How far into the page, as a share of its height, the margins reach.
    static let margin = 0.12

    /// Per page, per row, the furniture kind of each fragment; a row is furniture when all its fragments are.
    static func kinds(_ pages: [[PDFRow]], heights: [Double]) -> [[[FurnitureLine.Kind?]]] {
        var counts: [Key: Int] = [:]
        for (page, rows) in pages.enumerated() {
            var seen = Set<Key>()
            for row in marginRows(rows, height: heights[page]) {
                for fragment in row.fragments { seen.insert(Key(fragment)) }
            }
            for key in seen { counts[key, default: 0] += 1 }
        }
        let repeatedOn = max(2, (pages.count + 1) / 2)
        return pages.enumerated().map { page, rows in
            let margin = Set(marginRows(rows, height: heights[page]).map(\.top))
            return rows.map { row in
                guard margin.contains(row.top) else { return row.fragments.map { _ in nil } }
                return row.fragments.map { fragment in
                    if isPageNumber(fragment.text) { return .pageNumber }
                    return counts[Key(fragment), default: 0] >= repeatedOn ? .runningHeader : nil
                }
            }
        }
    }

    /// The first two and last two rows of a page, when they lie in its margins.
    static func marginRows(_ rows: [PDFRow], height: Double) -> [PDFRow] {
        let top = rows.prefix(2).filter { $0.bottom < height * margin }
        let bottom = rows.suffix(2).filter { $0.top > height * (1 - margin) }
        return top + bottom.filter { row in !top.contains { $0.top == row.top } }
    }

    static func isPageNumber(_ text: String) -> Bool {
        text.range(of: #"^[-–—\s]*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–—\s]*$"#,
                   options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// A fragment's text with its digits blurred (page numbers, dates change), and where it sits.
    struct Key: Hashable {
        var text: String
        var top: Int
        init(_ fragment: PDFFragment) {
            text = String(fragment.text.lowercased().map { $0.isNumber ? "#" : $0 })
            top = Int((fragment.top / 6).rounded())
        }
    }
}
