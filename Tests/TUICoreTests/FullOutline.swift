@testable import TUICore
import Content

/// The outline as it was made before `OutlineRows`: every row up front, then filtered. Kept as the
/// reference the on-demand rows are compared with.
enum FullOutline {
    /// The rows on screen from all rows (`rows(of:)`): parts of folded recommendations
    /// left out, and with a filter (`showing`) the recommendations it does not match and sections left empty.
    static func filter(_ all: [OutlineRow], folded: Set<Place.Item>, showing: Set<Place.Item>?) -> [OutlineRow] {
        if folded.isEmpty && showing == nil { return all }
        var rows: [OutlineRow] = []
        var pendingSection: OutlineRow?
        for var row in all {
            switch row.kind {
            case .introduction:
                rows.append(row)
            case .section:
                pendingSection = row
                if showing == nil { rows.append(row); pendingSection = nil }
            case .recommendation, .part:
                let item = row.selection.item
                guard showing?.contains(item) ?? true else { continue }
                if row.kind == .part && folded.contains(item) { continue }
                if let section = pendingSection { rows.append(section); pendingSection = nil }
                if row.kind == .recommendation { row.isFolded = folded.contains(item) }
                rows.append(row)
            }
        }
        return rows
    }

    /// Every row, parts unfolded: the introduction, then each section's heading and recommendations.
    static func rows(of document: ReviewDocument) -> [OutlineRow] {
        var rows = [OutlineRow(selection: .introduction, kind: .introduction, label: "", text: "Introduction")]
        // Counted first: grown by doubling, 100,000 rows took a third as much again, and twice as much while growing.
        rows.reserveCapacity(1 + document.sections.reduce(0) { count, section in
            section.recommendations.reduce(count + 1) { $0 + 1 + $1.parts.count }
        })
        let gists = GistShortener(document: document)
        let items = Outline.recommendationItems(of: document)
        var next = 0
        for (index, section) in document.sections.enumerated() {
            // An untitled section holding prose (after a table's last row) is named by its first words, so it can be reached.
            if let title = section.title ?? section.blocks.first.map({ $0.plainText.split(whereSeparator: \.isNewline).first.map(String.init) ?? "" }) {
                rows.append(OutlineRow(selection: .section(index), kind: .section, label: "", text: title))
            }
            // "E1" and "PR1" are two recommendations numbered 1: the outline shows the code series.
            for recommendation in section.recommendations {
                let item = items[next]
                next += 1
                rows.append(OutlineRow(selection: Selection(item: item), kind: .recommendation,
                                       label: recommendation.series + "\(recommendation.number)", text: gists.shorten(recommendation.gist),
                                       hasParts: !recommendation.parts.isEmpty))
                for part in recommendation.parts {
                    let gist = part.plainText.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                    rows.append(OutlineRow(selection: Selection(item: item, part: part.label), kind: .part,
                                           label: part.id.description, text: gists.shorten(gist)))
                }
            }
        }
        // Only gists with words: an empty one shares no opening, and 100,000 bare headings' took 6 MB to compare.
        let gistRows = rows.indices.filter { (rows[$0].kind == .recommendation || rows[$0].kind == .part) && !rows[$0].text.isEmpty }
        for (index, rest) in zip(gistRows, SharedOpenings.distinctRests(of: gistRows.map { rows[$0].text })) {
            rows[index].distinctText = rest
        }
        return rows
    }
}
