/// A briefing that gives its recommendations in one sentence ("Recommendations include: more
/// training; a new protocol; an audit.") has those as its items: the lead becomes a section heading and
/// each item a recommendation, numbered in order. Only when the document has no other recommendations.
enum InlineRecommendations {
    static func split(_ units: inout [SourceUnit]) {
        guard !units.contains(where: { if case .heading = $0.kind { return true } else { return false } }) else { return }
        guard let index = units.firstIndex(where: { unit in
            if case .paragraph = unit.kind { return LinePatterns.inlineRecommendations(unit.text) != nil }
            return false
        }) else { return }
        let unit = units[index]
        let text = unit.text
        guard let (lead, items) = LinePatterns.inlineRecommendations(text) else { return }
        let lineOf = lineFinder(unit)
        var replacement = [SourceUnit(kind: .section(TextShape.trimmed(text[lead])), lines: [],
                                      span: SourceSpan(line: lineOf(lead.lowerBound)),
                                      rule: "lead naming an inline list")]
        for (offset, range) in items.enumerated() {
            let itemText = TextShape.trimmed(text[range])
            guard let first = text[range].firstIndex(where: { !$0.isWhitespace }),
                  let last = text[range].lastIndex(where: { !$0.isWhitespace }) else { continue }
            let span = SourceSpan(lineOf(first), lineOf(last))
            let heading = LinePatterns.Heading(number: offset + 1, heading: "", rest: "")
            replacement.append(SourceUnit(kind: .heading(heading), lines: [], span: SourceSpan(line: span.first),
                                          rule: "inline list item \(offset + 1), up to its ';'"))
            replacement.append(SourceUnit(kind: .paragraph, lines: [itemText], span: span))
        }
        units.replaceSubrange(index...index, with: replacement)
        endRecommendations(&units, after: index + replacement.count)
    }

    /// What follows the list is the briefing's next point, not the last recommendation's text: a
    /// "Questions to consider: …" paragraph starts a section of its own, its lead as the heading.
    private static func endRecommendations(_ units: inout [SourceUnit], after index: Int) {
        guard index < units.count, case .paragraph = units[index].kind, let firstLine = units[index].lines.first,
              let colon = firstLine.firstIndex(of: ":"), LinePatterns.term(firstLine) != nil else { return }
        var rest = units[index]
        let lead = String(firstLine[...colon])
        let description = TextShape.trimmed(firstLine[firstLine.index(after: colon)...])
        rest.lines[0] = description
        if description.isEmpty { rest.lines.removeFirst() }
        let section = SourceUnit(kind: .section(lead), lines: [], span: SourceSpan(line: rest.span.first),
                                 rule: "lead ending in ':' after the list")
        units.replaceSubrange(index...index, with: rest.lines.isEmpty ? [section] : [section, rest])
    }

    /// The source line of a position in the unit's joined text (its lines joined by single spaces).
    private static func lineFinder(_ unit: SourceUnit) -> (String.Index) -> Int {
        let text = unit.text
        var starts: [String.Index] = []
        var position = text.startIndex
        for line in unit.lines {
            starts.append(position)
            position = text.index(position, offsetBy: line.count)
            if position < text.endIndex { position = text.index(after: position) }
        }
        return { index in
            let line = (starts.lastIndex { $0 <= index } ?? 0)
            return unit.span.first + line
        }
    }
}
