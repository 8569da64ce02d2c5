/// Puts source units in their places: title, introduction, sections, recommendations, parts and
/// responses. Every unit lands in exactly one place, in source order.
struct DocumentAssembler {
    private struct PartDraft {
        var letter: Character
        var marker: String
        var units: [TextUnit] = []
        var span: SourceSpan
    }

    private struct RecommendationDraft {
        var heading: LinePatterns.Heading
        var title: String?
        var text: [TextUnit] = []
        var parts: [PartDraft] = []
        var label: String?
        var labelLine: Int?
        var response: [TextUnit] = []
        var span: SourceSpan

        var nextPartLetter: Character {
            guard let last = parts.last?.letter, let value = last.unicodeScalars.first?.value,
                  let next = Unicode.Scalar(value + 1) else { return "a" }
            return Character(next)
        }
    }

    private struct SectionDraft {
        var title: String?
        var preamble: [TextUnit] = []
        /// Made as each is finished: a draft holds its units, and keeping every draft until the end
        /// held a large document's recommendations twice.
        var recommendations: [Recommendation] = []
        var span: SourceSpan
    }

    private var titleLines: [String] = []
    private var introduction: [TextUnit] = []
    private var sections: [SectionDraft] = []
    private var current: RecommendationDraft?
    private(set) var warnings: [ParseWarning] = []

    /// - Parameter warnings: the scanner's, about lines it kept as text.
    init(_ units: [SourceUnit], warnings: [ParseWarning] = []) {
        self.warnings = warnings
        for unit in units { add(unit) }
        finishRecommendation()
    }

    private mutating func add(_ unit: SourceUnit) {
        let line = unit.span.first
        switch unit.kind {
        case let .heading(heading):
            finishRecommendation()
            if !heading.numbered {
                warnings.append(ParseWarning(line: line, "\"\(heading.heading)\" has no number; numbered \(heading.number) in order"))
            }
            current = RecommendationDraft(heading: heading, title: heading.title, span: unit.span)
        case let .section(title):
            finishRecommendation()
            sections.append(SectionDraft(title: title, span: unit.span))
        case let .label(label):
            addLabel(label, line: line, span: unit.span)
        case let .lettered(letter, marker):
            if let expected = expectedPartLetter, letter == expected {
                current!.parts.append(PartDraft(letter: letter, marker: marker, span: unit.span))
                if !unit.lines.isEmpty { append(TextUnit(kind: .paragraph, text: unit.text, span: unit.span)) }
            } else {
                if let expected = expectedPartLetter {
                    warnings.append(ParseWarning(line: line, "part marker \"\(marker)\" out of sequence (expected \(expected)); kept as a list item"))
                }
                append(TextUnit(kind: .item(marker: marker), text: unit.text, span: unit.span))
            }
        case let .item(marker):
            append(TextUnit(kind: .item(marker: marker), text: unit.text, span: unit.span))
        case let .tableHeader(columns):
            addTableHeader(columns, span: unit.span)
        case let .tableRow(row):
            addTableRow(row, span: unit.span)
        case .paragraph:
            if isTitleLine(unit) {
                titleLines.append(unit.text)
            } else {
                append(TextUnit(kind: .paragraph, text: unit.text, span: unit.span))
            }
        }
    }

    private mutating func addLabel(_ label: String, line: Int, span: SourceSpan) {
        guard current != nil else {
            warnings.append(ParseWarning(line: line, "response label \"\(label)\" outside any recommendation; kept as a heading"))
            append(TextUnit(kind: .heading, text: label, span: span))
            return
        }
        if current!.label == nil {
            current!.label = label
            current!.labelLine = line
            current!.span = current!.span.union(span)
        } else {
            append(TextUnit(kind: .heading, text: label, span: span))
        }
    }

    /// The letter the open recommendation's next part would have; nil once its response has begun.
    private var expectedPartLetter: Character? {
        guard let current, current.label == nil else { return nil }
        return current.nextPartLetter
    }

    /// The leading short lines without a full stop or colon, before anything else: organisation, title.
    private func isTitleLine(_ unit: SourceUnit) -> Bool {
        current == nil && sections.isEmpty && introduction.isEmpty && titleLines.count < 3
            && unit.lines.count == 1 && unit.text.count <= 150 && !unit.text.hasSuffix(".")
            // A line ending in a colon introduces what follows ("carried out in three stages:").
            && !unit.text.hasSuffix(":")
    }

    /// Adds text where the reader now is: a response, a part, a recommendation, a section or the introduction.
    /// The draft is changed in place (`current!`): a copy taken out and put back would copy every unit
    /// it already holds, making a long recommendation quadratic.
    private mutating func append(_ unit: TextUnit) {
        if current != nil {
            current!.span = current!.span.union(unit.span)
            if current!.label != nil {
                current!.response.append(unit)
            } else if !current!.parts.isEmpty {
                let last = current!.parts.count - 1
                current!.parts[last].units.append(unit)
                current!.parts[last].span.last = unit.span.last
            } else {
                current!.text.append(unit)
            }
        } else if !sections.isEmpty {
            // Prose after a table's last row opens a section of its own, keeping blocks in source order.
            if !sections[sections.count - 1].recommendations.isEmpty { sections.append(SectionDraft(title: nil, span: unit.span)) }
            sections[sections.count - 1].preamble.append(unit)
            sections[sections.count - 1].span.last = unit.span.last
        } else {
            introduction.append(unit)
        }
    }

    // MARK: Tables (issue 11)

    /// A header row ends the recommendation before it and is kept, as a heading, before its rows: in
    /// a section of its own when the section above already has recommendations (so blocks stay in order).
    private mutating func addTableHeader(_ columns: TableColumns, span: SourceSpan) {
        finishRecommendation()
        if let last = sections.last, !last.recommendations.isEmpty {
            sections.append(SectionDraft(title: nil, span: span))
        }
        append(TextUnit(kind: .heading, text: columns.headerText, span: span))
    }

    /// Each row is a whole recommendation.
    private mutating func addTableRow(_ row: TableRow, span: SourceSpan) {
        finishRecommendation()
        if sections.isEmpty { sections.append(SectionDraft(title: nil, span: span)) }
        sections[sections.count - 1].recommendations.append(row.recommendation(span: span))
        sections[sections.count - 1].span.last = span.last
    }

    // MARK: -

    private mutating func finishRecommendation() {
        guard let recommendation = current else { return }
        current = nil
        if sections.isEmpty { sections.append(SectionDraft(title: nil, span: recommendation.span)) }
        sections[sections.count - 1].recommendations.append(Self.recommendation(recommendation))
        sections[sections.count - 1].span.last = recommendation.span.last
    }

    /// The assembled document, with the warnings a reader of `check` needs.
    func document(source: String, furniture: [FurnitureLine]) -> ReviewDocument {
        // Made whole in one go: the document walks its text when made, and again on each change.
        var document: ReviewDocument
        let hasRecommendations = sections.contains { !$0.recommendations.isEmpty }
        if hasRecommendations {
            document = ReviewDocument(source: source, titleLines: titleLines, introduction: BlockBuilder.blocks(from: introduction),
                                      sections: sections.map(Self.section), furniture: furniture, warnings: warnings)
        } else {
            // A plain document: keep every group heading and paragraph, in order, as the introduction.
            let flattened = introduction + sections.flatMap { section in
                [TextUnit(kind: .heading, text: section.title ?? "", span: SourceSpan(line: section.span.first))] + section.preamble
            }
            document = ReviewDocument(source: source, titleLines: titleLines, introduction: BlockBuilder.blocks(from: flattened),
                                      furniture: furniture, warnings: warnings)
            document.warnings.append(ParseWarning("no recommendations recognised (no \"Recommendation 1\" headings); showing the text as plain paragraphs"))
        }
        RecommendationChecks.check(document.sections.lazy.flatMap(\.recommendations), into: &document.warnings)
        document.warnings += furniture.filter { $0.kind != .pageBreak }.map {
            ParseWarning(line: $0.line, "page furniture removed (\($0.kind.rawValue)): \"\($0.text)\"")
        }
        let breaks = furniture.filter { $0.kind == .pageBreak }.count
        if breaks > 0 { document.warnings.append(ParseWarning("\(breaks) page break(s) (form feeds) removed")) }
        // Sorted only when out of order: they usually come in line order, and sorting holds every
        // warning one by one, not as runs (200,000 for 100,000 headings, at the peak of parsing).
        let inLineOrder = zip(document.warnings, document.warnings.dropFirst()).allSatisfy { ($0.line ?? .max) <= ($1.line ?? .max) }
        if !inLineOrder { document.warnings = ParseWarnings(document.warnings.sorted { ($0.line ?? .max) < ($1.line ?? .max) }) }
        return document
    }

    private static func section(_ draft: SectionDraft) -> Section {
        Section(title: draft.title, blocks: BlockBuilder.blocks(from: draft.preamble),
                recommendations: draft.recommendations, lines: draft.span)
    }

    private static func recommendation(_ draft: RecommendationDraft) -> Recommendation {
        let parts = draft.parts.map {
            Part(number: draft.heading.number, label: $0.letter, marker: $0.marker,
                 blocks: BlockBuilder.blocks(from: $0.units), lines: $0.span)
        }
        let response = draft.label.map { label -> Response in
            let blocks = BlockBuilder.blocks(from: draft.response)
            let first = draft.labelLine ?? draft.span.last
            // A list's lead line may open with the status too ("Agreed. The Board will:"); an unlabelled
            // response, found where the document alternates, may run on from it ("Accepted in full, and…").
            let opening = label.isEmpty ? StatedStatus.leading : StatedStatus.opening
            let stated = blocks.first.flatMap { $0.kind == .heading ? nil : opening(Substring($0.text)) }
            return Response(label: label, blocks: blocks, lines: SourceSpan(first, blocks.last?.lines.last ?? first),
                            statedStatus: stated)
        }
        return Recommendation(number: draft.heading.number, heading: draft.heading.heading, title: draft.title,
                              text: BlockBuilder.blocks(from: draft.text), parts: parts, response: response,
                              lines: draft.span, series: draft.heading.series)
    }
}
