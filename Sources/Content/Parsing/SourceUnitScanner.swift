/// Turns source lines into `SourceUnit`s: classifies each line and joins text lines into paragraphs,
/// including paragraphs that a blank line or a page break cut in two mid-sentence.
struct SourceUnitScanner {
    private let lines: [Substring]
    private let pageBreaks: Set<Int>
    // Issue 11: action-plan tables found beforehand, and the user's hints.
    private let tables: TableRows
    private let hints: HintRules
    private(set) var units: [SourceUnit] = []

    init(_ furniture: PageFurniture, roles: [Int: ExtractedText.LineRole] = [:], hints: ParseHints = ParseHints()) {
        lines = furniture.lines
        pageBreaks = furniture.pageBreaks
        tables = TableRows(furniture.lines, roles: roles)
        self.hints = HintRules(hints)
        scan()
    }

    private mutating func scan() {
        var gap = false
        var breakInGap = false
        var tableEnd = -1
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            // Issue 11: a table's lines are its units, read by `TableRows`.
            if let table = tables.tables[index] {
                units += table.units
                tableEnd = table.end
            }
            if index <= tableEnd { gap = false; continue }
            if pageBreaks.contains(number) { breakInGap = true }
            if TextShape.isBlank(raw) {
                gap = true
                continue
            }
            let line = TextShape.trimmed(raw)
            defer { gap = false; breakInGap = false }
            if let heading = hints.heading(line) {
                addHeading(heading, line: number)
                units[units.count - (LinePatterns.restIsText(heading.rest) ? 2 : 1)].rule = "hint --recommendations"
            } else if let label = hints.label(line) {
                units.append(SourceUnit(kind: .label(label.label), lines: [], span: SourceSpan(line: number), rule: "hint --response-label"))
                if !label.rest.isEmpty { startText(.paragraph, label.rest, line: number) }
            } else if let heading = LinePatterns.heading(line) {
                addHeading(heading, line: number)
            } else if LinePatterns.isSectionHeading(line), isStandalone(index) {
                units.append(SourceUnit(kind: .section(line), lines: [], span: SourceSpan(line: number)))
            } else if let label = LinePatterns.label(line) {
                units.append(SourceUnit(kind: .label(label.label), lines: [], span: SourceSpan(line: number)))
                if !label.rest.isEmpty { startText(.paragraph, label.rest, line: number) }
            } else if let lettered = LinePatterns.letter(line) {
                startText(.lettered(lettered.letter, marker: lettered.marker.marker), lettered.marker.rest, line: number)
            } else if let item = LinePatterns.listItem(line) {
                startText(.item(marker: item.marker), item.rest, line: number)
            } else if continuesOpenText(line, gap: gap, breakInGap: breakInGap) {
                units[units.count - 1].lines.append(line)
                units[units.count - 1].span.last = number
            } else {
                startText(.paragraph, line, line: number)
            }
        }
    }

    private mutating func addHeading(_ heading: LinePatterns.Heading, line: Int) {
        let restIsText = LinePatterns.restIsText(heading.rest)
        let title = heading.rest.isEmpty || restIsText ? nil : heading.rest
        units.append(SourceUnit(kind: .heading(heading, title: title), lines: [], span: SourceSpan(line: line)))
        if restIsText { startText(.paragraph, heading.rest, line: line) }
    }

    private mutating func startText(_ kind: SourceUnit.Kind, _ text: String, line: Int) {
        units.append(SourceUnit(kind: kind, lines: text.isEmpty ? [] : [text], span: SourceSpan(line: line)))
    }

    /// A plain line continues the open paragraph when nothing separates them, or when only a blank
    /// line or a page break does and the paragraph stopped mid-sentence: then the break is layout,
    /// not the author's (lower-case continuation, or any continuation across a page break).
    private func continuesOpenText(_ line: String, gap: Bool, breakInGap: Bool) -> Bool {
        guard let open = units.last, open.carriesText else { return false }
        guard gap || breakInGap else { return true }
        guard let last = open.lines.last, !TextShape.endsSentence(last) else { return false }
        return TextShape.startsLowercase(line) || breakInGap
    }

    /// A section heading stands alone: a blank line, a page break or nothing above and below.
    private func isStandalone(_ index: Int) -> Bool {
        let above = index == 0 || TextShape.isBlank(lines[index - 1]) || pageBreaks.contains(index + 1)
        let below = index + 1 >= lines.count || TextShape.isBlank(lines[index + 1]) || pageBreaks.contains(index + 2)
        return above && below
    }
}
