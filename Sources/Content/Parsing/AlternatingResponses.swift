/// A document that alternates its recommendations with unlabelled responses (recommendation, "Agreed.
/// …", recommendation, "Not accepted because …") has a response after each recommendation even where
/// the paragraph's opening is not a status word the scanner alone would trust. Decided over the whole
/// document, after the scan: only when at least two recommendations, and at least half of them, are
/// followed by such a paragraph. Elsewhere a recommendation's second paragraph stays its text.
enum AlternatingResponses {
    static let rule = "unlabelled; the document alternates"

    static func settle(_ units: inout [SourceUnit]) {
        // Counted as they are found: a list of every group, held only for a document that alternates,
        // was 3 MB for 100,000 headings at the peak of parsing.
        var (count, answered) = (0, 0)
        forEachRecommendationGroup(units) { group in
            count += 1
            if respondedUnlabelled(units, group) { answered += 1 }
        }
        guard answered >= 2, answered * 2 >= count else { return }
        var groups: [Range<Int>] = []
        forEachRecommendationGroup(units) { groups.append($0) }
        // From the end, so that inserting a label leaves the earlier groups' indices as they were.
        for group in groups.reversed() {
            guard let index = responseStart(units, group) else { continue }
            units.insert(SourceUnit(kind: .label(""), lines: [], span: SourceSpan(line: units[index].span.first), rule: rule), at: index)
        }
    }

    /// Each recommendation heading's units: from the heading up to the next heading, section or table.
    private static func forEachRecommendationGroup(_ units: [SourceUnit], _ body: (Range<Int>) -> Void) {
        var start: Int?
        for (index, unit) in units.enumerated() {
            switch unit.kind {
            case .heading, .section, .tableHeader, .tableRow:
                if let start { body(start..<index) }
                if case .heading = unit.kind { start = index } else { start = nil }
            default: continue
            }
        }
        if let start { body(start..<units.count) }
    }

    /// Already answered by an unlabelled opening ("Agreed. …"), or with a later paragraph that opens
    /// with an acceptance word.
    private static func respondedUnlabelled(_ units: [SourceUnit], _ group: Range<Int>) -> Bool {
        let body = units[group.dropFirst()]
        if body.contains(where: { if case .label("") = $0.kind { return true } else { return false } }) { return true }
        guard !body.contains(where: { if case .label = $0.kind { return true } else { return false } }) else { return false }
        return laterParagraph(opening: body, after: ownParagraphs(units[group.lowerBound])) != nil
    }

    /// How many paragraphs of the body are the recommendation's own at least: none when the heading's
    /// short rest is a sentence ("1. Audit the plans."), read as its title; else the first.
    private static func ownParagraphs(_ heading: SourceUnit) -> Int {
        guard case let .heading(unitHeading) = heading.kind, let title = unitHeading.title, TextShape.endsSentence(title) else { return 1 }
        return 0
    }

    /// Where the response begins in a recommendation that has none yet: at a later paragraph opening
    /// with an acceptance word, or at the second of exactly two paragraphs.
    private static func responseStart(_ units: [SourceUnit], _ group: Range<Int>) -> Int? {
        let body = units[group.dropFirst()]
        guard !body.contains(where: { if case .label = $0.kind { return true } else { return false } }) else { return nil }
        let own = ownParagraphs(units[group.lowerBound])
        if let index = laterParagraph(opening: body, after: own) { return index }
        guard body.count == own + 1, body.allSatisfy({ if case .paragraph = $0.kind { return true } else { return false } }) else { return nil }
        return body.startIndex + own
    }

    private static func laterParagraph(opening body: ArraySlice<SourceUnit>, after own: Int) -> Int? {
        body.indices.dropFirst(own).first { index in
            guard case .paragraph = body[index].kind, let first = body[index].lines.first else { return false }
            return StatedStatus.leading(Substring(first)) != nil
        }
    }
}
