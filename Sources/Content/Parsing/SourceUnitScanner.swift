/// Turns source lines into `SourceUnit`s: classifies each line and joins text lines into paragraphs,
/// including paragraphs that a blank line or a page break cut in two mid-sentence.
struct SourceUnitScanner {
    private let lines: [Substring]
    private let pageBreaks: Set<Int>
    /// Lines a format reader marked as headings, by 1-based line number.
    private let headingLines: Set<Int>
    private var context = RecommendationContext()
    // Action-plan tables found beforehand, and the user's hints.
    private let tables: TableRows
    private let hints: HintRules
    private(set) var units: [SourceUnit] = []
    /// What the scanner kept as text that looked like structure: `check` says so.
    private(set) var warnings: [ParseWarning] = []
    /// The lines each number starts ("3. …"), by number; found when first needed.
    private var numberedItems: [Int: [Int]]?

    init(_ furniture: PageFurniture, roles: [Int: ExtractedText.LineRole] = [:], hints: ParseHints = ParseHints()) {
        lines = furniture.lines
        pageBreaks = furniture.pageBreaks
        tables = TableRows(furniture.lines, roles: roles)
        self.hints = HintRules(hints)
        headingLines = Set(roles.compactMap { line, role in
            if case .heading = role { return line }
            return nil
        })
        // Room for a unit a line: a document of headings has as many (80 bytes each), and grown by
        // doubling, the units were held one and a half times over at the peak of parsing. Pages of the
        // room never written (a paragraph's later lines join its unit) are never made resident.
        units.reserveCapacity(lines.lazy.filter { !TextShape.isBlank($0) }.count)
        scan()
        AlternatingResponses.settle(&units)
        InlineRecommendations.split(&units)
    }

    private mutating func scan() {
        var gap = false
        var breakInGap = false
        var tableEnd = -1
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            // A table's lines are its units, read by `TableRows`.
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
            let isHeading = headingLines.contains(number)
            if let heading = hints.heading(line) {
                addHeading(heading, style: .word, line: number)
                units[units.count - (LinePatterns.restIsText(heading.rest) ? 2 : 1)].rule = "hint --recommendations"
            } else if let label = hints.label(line) {
                units.append(SourceUnit(kind: .label(label.label), lines: [], span: SourceSpan(line: number), rule: "hint --response-label"))
                context.responseBegun = true
                context.listRunning = false
                if !label.rest.isEmpty { startText(.paragraph, label.rest, line: number) }
            } else if let heading = recommendationHeading(line, isHeading: isHeading) {
                addHeading(heading.heading, style: heading.style, line: number, rule: heading.rule)
            } else if let rule = responseHeadingRule(line, isHeading: isHeading, index: index) {
                // The assembler makes the first label of a recommendation its response's, a later one a sub-heading in it.
                units.append(SourceUnit(kind: .label(line), lines: [], span: SourceSpan(line: number), rule: rule))
                context.responseBegun = true
                context.listRunning = false
            } else if opensRecommendations(line, isHeading: isHeading, index: index) {
                addSection(line, line: number, opensContext: true, rule: "heading naming recommendations")
            } else if LinePatterns.isSectionHeading(line) && isStandalone(index) {
                addSection(line, line: number, opensContext: true, rule: "group heading of recommendations")
            } else if let label = LinePatterns.label(line) {
                units.append(SourceUnit(kind: .label(label.label), lines: [], span: SourceSpan(line: number), rule: "label '\(label.label)'"))
                context.responseBegun = true
                context.listRunning = false
                if !label.rest.isEmpty { startText(.paragraph, label.rest, line: number) }
            } else if closesNumberedList(line, isHeading: isHeading, index: index) {
                addSection(line, line: number, opensContext: false, rule: "heading after the numbered list ends it")
            } else if let lettered = LinePatterns.letter(line) {
                startText(.lettered(lettered.letter, marker: lettered.marker.marker), lettered.marker.rest, line: number)
            } else if let item = LinePatterns.listItem(line) {
                addItem(item, line: number)
            } else if let rule = opensResponse(line, gap: gap) {
                units.append(SourceUnit(kind: .label(""), lines: [], span: SourceSpan(line: number), rule: rule))
                context.responseBegun = true
                startText(.paragraph, line, line: number)
                context.listRunning = TextShape.endsWithColon(line)
                context.listLastNumber = nil
            } else if startsDatedEntry(line) {
                startText(.paragraph, line, line: number)
                units[units.count - 1].rule = "a dated progress entry"
            } else if let heading = LinePatterns.headingWithOverlongNumber(line, lenient: isHeading) {
                warnings.append(ParseWarning(line: number, "heading \"\(heading)\" has a number of more than \(ItemID.maximumDigits) digits; kept as text"))
                startText(.paragraph, line, line: number)
            } else if continuesOpenText(line, gap: gap, breakInGap: breakInGap) {
                units[units.count - 1].lines.append(line)
                units[units.count - 1].span.last = number
                if breakInGap { units[units.count - 1].rule = "joined across a page break" }
                if case .paragraph = units[units.count - 1].kind { noteParagraphLine(line) }
            } else {
                startText(.paragraph, line, line: number)
                noteParagraphLine(line)
            }
        }
    }

    /// A paragraph ending in a colon introduces a list; outside any recommendation, one that names
    /// recommendations ("The review made these recommendations:") says what the numbered items are.
    private mutating func noteParagraphLine(_ line: String) {
        context.listRunning = TextShape.endsWithColon(line)
        guard context.listRunning else { return }
        context.listLastNumber = nil
        if !context.recommendationOpen, let open = units.last, open.text.lowercased().contains("recommendation") {
            context.underHeading = true
        }
    }

    /// A recommendation heading of any style the document's context allows, with its style and the
    /// rule `check --explain` names; nil for the plainest, "heading 'Recommendation 3'", which the
    /// heading itself says (`SourceUnit.Kind.rule`), so that a document of headings holds no rule text.
    private func recommendationHeading(_ line: String, isHeading: Bool)
        -> (heading: LinePatterns.Heading, style: RecommendationContext.Style, rule: String?)? {
        // With the word in it, a heading is a recommendation whatever style the document began with.
        if let heading = LinePatterns.heading(line, lenient: isHeading) {
            return (heading, .word, isHeading ? "heading '\(heading.heading)', a heading in the file" : nil)
        }
        if let heading = LinePatterns.paragraphNumberedHeading(line) {
            return (heading, .word, "heading '\(heading.heading)' after a paragraph number")
        }
        if context.style == nil || context.style == .word, let heading = LinePatterns.unnumberedHeading(line, number: context.nextNumber) {
            return (heading, .word, "'Recommendation' alone: numbered \(heading.number) in order")
        }
        if let (heading, strong) = LinePatterns.codedHeading(line), context.accepts(coded: heading, strong: strong) {
            let why = strong ? "a recommendation code" : context.underHeading ? "under a Recommendations heading" : "continuing its series"
            return (heading, .coded, "coded '\(heading.heading)', \(why)")
        }
        return nil
    }

    /// "Recommendations", "Our recommendations": a heading that opens the context. Inside a response of
    /// a "Recommendation N" document such a line is the response's own words ("Progress against recommendations").
    private func opensRecommendations(_ line: String, isHeading: Bool, index: Int) -> Bool {
        guard isHeading || isStandalone(index), LinePatterns.isRecommendationsHeading(line) else { return false }
        return isHeading || !(context.style == .word && context.recommendationOpen)
    }

    private mutating func addHeading(_ heading: LinePatterns.Heading, style: RecommendationContext.Style, line: Int, rule: String? = nil) {
        context.opened(heading, style: style)
        let restIsText = LinePatterns.restIsText(heading.rest)
        var unitHeading = heading
        if restIsText { unitHeading.rest = "" }
        units.append(SourceUnit(kind: .heading(unitHeading), lines: [], span: SourceSpan(line: line), rule: rule))
        if restIsText { startText(.paragraph, heading.rest, line: line) }
    }

    private mutating func addSection(_ title: String, line: Int, opensContext: Bool, rule: String) {
        units.append(SourceUnit(kind: .section(title), lines: [], span: SourceSpan(line: line), rule: rule))
        context.underHeading = opensContext && title.lowercased().contains("recommendation")
        context.recommendationOpen = false
        context.listRunning = false
    }

    /// "1. …" is the next recommendation where the context says so, else a list item.
    private mutating func addItem(_ item: LinePatterns.Marker, line: Int) {
        let digits = item.marker.filter { $0.isASCII && $0.isNumber }
        if let number = Int(digits), digits.count == item.marker.count - (item.marker.hasPrefix("(") ? 2 : 1) {
            let family = item.marker.hasPrefix("(") ? "(n)" : "n" + String(item.marker.last!)
            if context.accepts(numbered: number, marker: family, rest: item.rest) {
                let heading = LinePatterns.Heading(number: number, heading: item.marker, rest: item.rest)
                let why = context.underHeading ? "under a Recommendations heading" : "with the word in the item"
                addHeading(heading, style: .numbered(family), line: line, rule: "'\(item.marker)' \(why)")
                return
            }
            context.listRunning = true
            context.listLastNumber = number
        }
        startText(.item(marker: item.marker), item.rest, line: line)
    }

    /// In a document numbered "1.", "2." under a "Recommendations" heading, another heading ends them:
    /// a line a format reader marked, or a short standalone line such as "Next steps".
    private func closesNumberedList(_ line: String, isHeading: Bool, index: Int) -> Bool {
        guard case .numbered = context.style, context.underHeading || context.recommendationOpen else { return false }
        if isHeading { return true }
        guard isStandalone(index), TextShape.wordCount(line) <= 6, let first = line.first, first.isUppercase,
              !TextShape.endsSentence(line), !line.hasSuffix(","), StatedStatus.opening(Substring(line)) == nil else { return false }
        return LinePatterns.listItem(line) == nil
    }

    /// A short heading about a response ("Progress to date", "Update – March 2022", "Next steps"): the
    /// response's own label when none has begun it (only one that opens with a label word), else a
    /// sub-heading inside it. In a numbered document, where a short heading would end the list, only one
    /// that the next recommendation follows ("Next steps" after the last one heads the document's own
    /// section). Nil for what is not such a heading; else the rule `check --explain` gives.
    private mutating func responseHeadingRule(_ line: String, isHeading: Bool, index: Int) -> String? {
        guard context.recommendationOpen, isHeading || isStandalone(index), !LinePatterns.isRecommendationsHeading(line),
              !LinePatterns.isSectionHeading(line), LinePatterns.listItem(line) == nil, LinePatterns.letter(line) == nil else { return nil }
        if !context.responseBegun {
            // "Update – March 2022" is one label, not a label and a paragraph "March 2022".
            let datedLabel = LinePatterns.label(line).map { TimelineEntry.date(heading: $0.rest) != nil }
            guard datedLabel ?? true, LinePatterns.isResponseSubheading(line),
                  LinePatterns.labels.contains(where: { line.lowercased().hasPrefix($0) }) else { return nil }
            return "a response heading"
        }
        if LinePatterns.isResponseSubheading(line) { return "sub-heading inside the response" }
        guard closesNumberedList(line, isHeading: isHeading, index: index) else {
            return LinePatterns.isResponseSubheading(line, orSection: true) ? "sub-heading inside the response" : nil
        }
        return nextRecommendationFollows(index) ? "sub-heading; next recommendation follows" : nil
    }

    /// Whether the next number of a numbered document's recommendations stands at the start of a later line.
    private mutating func nextRecommendationFollows(_ index: Int) -> Bool {
        if numberedItems == nil {
            var found: [Int: [Int]] = [:]
            for (line, raw) in lines.enumerated() {
                guard let first = raw.first(where: { $0 != " " && $0 != "\t" }), first.isNumber || first == "(",
                      let item = LinePatterns.listItem(TextShape.trimmed(raw)),
                      let number = Int(item.marker.filter { $0.isASCII && $0.isNumber }) else { continue }
                found[number, default: []].append(line)
            }
            numberedItems = found
        }
        let next = (context.lastNumber[""] ?? 0) + 1
        return numberedItems?[next]?.contains { $0 > index } == true
    }

    /// A paragraph opening with a status word ("Agreed. …", "Partially accepted –") or a date ("March
    /// 2021: …") after a recommendation's text begins its response, when no label has.
    private func opensResponse(_ line: String, gap: Bool) -> String? {
        guard context.recommendationOpen, !context.responseBegun, startsFresh(gap: gap) else { return nil }
        if let stated = StatedStatus.opening(Substring(line)) { return "opens with '\(stated.words)'" }
        return TimelineEntry.date(opening: line).map { "opens with the date '\($0)'" }
    }

    /// Within a response, a dated line after a finished sentence is an entry of its own.
    private func startsDatedEntry(_ line: String) -> Bool {
        context.responseBegun && startsFresh(gap: false) && TimelineEntry.date(opening: line) != nil
    }

    /// Whether a line may start a paragraph: after a gap, or when the open paragraph ended a sentence.
    private func startsFresh(gap: Bool) -> Bool {
        guard let open = units.last, open.carriesText, let last = open.lines.last else { return true }
        return gap || TextShape.endsSentence(last)
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
