import Content

/// The reader's text for one selection, wrapped to a width: the whole recommendation (with its parts
/// and response), a section with its list of recommendations, or the introduction.
struct ReaderContent: Sendable {
    private(set) var lines: [ReaderLine] = []
    private var width: Int
    private var piece = 0

    init(document: ReviewDocument, selection: Selection, width: Int) {
        self.width = max(1, width)
        switch selection {
        case .introduction:
            addIntroduction(of: document)
        case let .section(index):
            if document.sections.indices.contains(index) { addSection(document.sections[index]) }
        case let .recommendation(number), let .part(number, _):
            if let recommendation = document.recommendation(ItemID(number: number)) { addRecommendation(recommendation) }
        }
        if lines.isEmpty { addParagraph([StyledRun("(Nothing to show here.)", .dim)]) }
    }

    /// The line a selection begins on (a part's first line), or 0.
    func firstLine(of selection: Selection) -> Int {
        lines.firstIndex { $0.begins == selection } ?? 0
    }

    /// The line holding an anchor after re-wrapping: the first line of the last group not after it.
    func line(for anchor: ReaderAnchor) -> Int {
        guard var index = lines.lastIndex(where: { $0.anchor <= anchor }) else { return 0 }
        while index > 0 && lines[index - 1].anchor == lines[index].anchor { index -= 1 }
        return index
    }

    // MARK: Building

    private mutating func addIntroduction(of document: ReviewDocument) {
        if let organisation = document.organisation { addParagraph([StyledRun(organisation, .dim)]) }
        if !document.titleLines.isEmpty { addParagraph([StyledRun(document.title, .title)]) }
        if !document.introduction.isEmpty {
            addBlank()
            addParagraph([StyledRun("Introduction", .heading)])
            addBlank()
            addBlocks(document.introduction, indent: 0)
        }
        if document.recommendations.isEmpty {
            addBlank()
            addParagraph([StyledRun("This document has no recommendations that casebook could find.", .dim)])
        }
    }

    private mutating func addSection(_ section: Section) {
        addParagraph([StyledRun(section.title ?? "Recommendations", .heading)])
        if !section.blocks.isEmpty {
            addBlank()
            addBlocks(section.blocks, indent: 0)
        }
        guard !section.recommendations.isEmpty else { return }
        addBlank()
        addParagraph([StyledRun("Recommendations in this section", .label)])
        addBlank()
        let numberWidth = section.recommendations.map { "\($0.number)".count }.max() ?? 1
        for recommendation in section.recommendations {
            let number = "\(recommendation.number)"
            let padded = String(repeating: " ", count: numberWidth - number.count) + number
            addParagraph([StyledRun(padded, .marker), StyledRun(" " + recommendation.gist)],
                         indent: 2, hanging: 2 + numberWidth + 1)
        }
    }

    private mutating func addRecommendation(_ recommendation: Recommendation) {
        addParagraph([StyledRun(Self.heading(of: recommendation), .heading)], begins: .recommendation(recommendation.number))
        if !recommendation.text.isEmpty {
            addBlank()
            addBlocks(recommendation.text, indent: 0)
        }
        for part in recommendation.parts {
            addBlank()
            addPart(part)
        }
        if let response = recommendation.response {
            addBlank()
            addParagraph([StyledRun(TerminalSafeText.trim(response.label), .label)])
            if !response.blocks.isEmpty {
                addBlank()
                addBlocks(response.blocks, indent: 0)
            }
        }
    }

    /// "Recommendation 3: Title": the heading as written without trailing punctuation, then the title.
    static func heading(of recommendation: Recommendation) -> String {
        var heading = TerminalSafeText.trim(recommendation.heading, also: [":", "–", "—", "-", "."])
        if heading.isEmpty { heading = "Recommendation \(recommendation.number)" }
        if let title = recommendation.title, !title.isEmpty { heading += ": " + title }
        return heading
    }

    private mutating func addPart(_ part: Part) {
        let marker = TerminalSafeText.clean(part.marker.isEmpty ? "\(part.label))" : part.marker)
        let hanging = min(DisplayWidthOf.string(marker) + 1, 8)
        var blocks = part.blocks[...]
        if let first = blocks.first, first.kind == .paragraph {
            addParagraph([StyledRun(marker, .marker), StyledRun(" " + first.text)], indent: 0, hanging: hanging,
                         begins: .part(part.number, part.label))
            blocks = blocks.dropFirst()
        } else {
            addParagraph([StyledRun(marker, .marker)], begins: .part(part.number, part.label))
        }
        if !blocks.isEmpty {
            addBlank()
            addBlocks(Array(blocks), indent: hanging)
        }
    }

    private mutating func addBlocks(_ blocks: [Block], indent: Int) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { addBlank() }
            switch block.kind {
            case .paragraph: addParagraph([StyledRun(block.text)], indent: indent, hanging: indent)
            case .heading: addParagraph([StyledRun(block.text, .label)], indent: indent, hanging: indent)
            case .list: addList(block, indent: indent)
            }
        }
    }

    private mutating func addList(_ block: Block, indent: Int) {
        if !block.text.isEmpty {
            addParagraph([StyledRun(block.text)], indent: indent, hanging: indent)
            addBlank()
        }
        // A list with terms ("Restorative Practice: …") reads as short paragraphs: keep its items apart.
        let isTermList = block.items.contains { $0.term != nil }
        for (index, item) in block.items.enumerated() {
            if isTermList {
                if index > 0 { addBlank() }
                let runs = item.term.map { [StyledRun($0 + ":", .term), StyledRun(item.text.isEmpty ? "" : " " + item.text)] }
                    ?? [StyledRun(item.text)]
                addParagraph(runs, indent: indent, hanging: indent + 2)
            } else if item.marker.isEmpty {
                addParagraph([StyledRun(item.text)], indent: indent + 2, hanging: indent + 2)
            } else {
                let marker = TerminalSafeText.clean(item.marker)
                addParagraph([StyledRun(marker, .marker), StyledRun(" " + item.text)],
                             indent: indent, hanging: indent + min(DisplayWidthOf.string(marker) + 1, 8))
            }
        }
    }

    private mutating func addParagraph(_ runs: [StyledRun], indent: Int = 0, hanging: Int = 0, begins: Selection? = nil) {
        lines += TextWrapper.wrap(runs, width: width, firstIndent: indent, restIndent: hanging, piece: piece, begins: begins)
        piece += 1
    }

    /// A blank line between pieces; never two in a row, never first. Its anchor sorts after the piece before it.
    private mutating func addBlank() {
        guard let last = lines.last, !last.isBlank else { return }
        lines.append(ReaderLine(indent: 0, runs: [], anchor: ReaderAnchor(piece: piece - 1, word: Int.max)))
    }
}
