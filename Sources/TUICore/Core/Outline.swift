import Content

/// One selectable row of the outline: the introduction, a section heading, a recommendation or a part.
struct OutlineRow: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case introduction, section, recommendation, part }

    var selection: Selection
    var kind: Kind
    /// The short id shown before the gist ("3", "3a"), empty for the introduction and sections.
    var label: String
    /// The one-line text: a section title or a recommendation's gist.
    var text: String
    /// For recommendations: whether it has parts, and whether they are folded away.
    var hasParts = false
    var isFolded = false
}

/// The outline's rows, derived from the document and the set of folded recommendations.
enum Outline {
    /// The rows on screen from all rows (`rows(of:folded: [])`): parts of folded recommendations
    /// left out, and with a filter (`showing`) the recommendations it does not match and sections left empty.
    static func filter(_ all: [OutlineRow], folded: Set<Int>, showing: Set<Int>?) -> [OutlineRow] {
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
                guard let number = row.selection.recommendationNumber, showing?.contains(number) ?? true else { continue }
                if row.kind == .part && folded.contains(number) { continue }
                if let section = pendingSection { rows.append(section); pendingSection = nil }
                if row.kind == .recommendation { row.isFolded = folded.contains(number) }
                rows.append(row)
            }
        }
        return rows
    }

    /// The rows on screen: parts of folded recommendations are left out, and with a filter
    /// (`showing`), recommendations it does not match and sections left empty.
    static func rows(of document: ReviewDocument, folded: Set<Int>, showing: Set<Int>? = nil) -> [OutlineRow] {
        var rows = [OutlineRow(selection: .introduction, kind: .introduction, label: "", text: "Introduction")]
        let gists = GistShortener(document: document)
        for (index, section) in document.sections.enumerated() {
            let shown = section.recommendations.filter { showing?.contains($0.number) ?? true }
            if let title = section.title, showing == nil || !shown.isEmpty {
                rows.append(OutlineRow(selection: .section(index), kind: .section, label: "", text: title))
            }
            for recommendation in shown {
                let isFolded = folded.contains(recommendation.number)
                rows.append(OutlineRow(selection: .recommendation(recommendation.number), kind: .recommendation,
                                       label: "\(recommendation.number)", text: gists.shorten(recommendation.gist),
                                       hasParts: !recommendation.parts.isEmpty, isFolded: isFolded))
                guard !isFolded else { continue }
                for part in recommendation.parts {
                    let gist = part.plainText.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                    rows.append(OutlineRow(selection: .part(part.number, part.label), kind: .part,
                                           label: part.id.description, text: gists.shorten(gist)))
                }
            }
        }
        return rows
    }
}
