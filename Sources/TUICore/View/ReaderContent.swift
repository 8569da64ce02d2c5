import Content
import Learning

/// The reader's text for one selection, wrapped to a width: the whole recommendation (with its parts
/// and response), a section with its list of recommendations, or the introduction.
struct ReaderContent: Sendable {
    private(set) var lines: [ReaderLine] = []
    private var width: Int
    private var piece = 0

    /// What casebook derived about the selected recommendation, shown under its heading.
    private let learning: RecommendationLearning?
    /// The places of the selected item's pieces from the document's one walk, by zone, block and
    /// piece: where every run of its text is. Looked up, not searched: a recommendation of 80,000
    /// paragraphs searched its pieces once for each of them.
    private var places: [PieceKey: Place] = [:]

    private struct PieceKey: Hashable {
        var zone: Place.Zone
        var block: Int
        var piece: Int
    }
    /// The user's notes and the room's answers on the item and its parts, each shown under its target.
    private let notes: [Note]

    init(document: ReviewDocument, selection: Selection, width: Int, learning: RecommendationLearning? = nil,
         notes: [Note] = []) {
        self.width = max(1, width)
        self.learning = learning
        self.notes = notes
        // The first piece at each key wins, as a search from the start would find it.
        for piece in document.text.pieces[document.text.pieceIndices(of: selection.item)] {
            let key = PieceKey(zone: piece.place.zone, block: piece.place.block, piece: piece.place.piece)
            if places[key] == nil { places[key] = piece.place }
        }
        switch selection.item {
        case .introduction:
            addIntroduction(of: document)
        case let .section(index):
            if document.sections.indices.contains(index) { addSection(document.sections[index]) }
        case .recommendation:
            if let index = Outline.recommendationItems(of: document).firstIndex(of: selection.item),
               let recommendation = document.recommendation(at: index) {
                addRecommendation(recommendation, item: selection.item)
            }
        }
        if lines.isEmpty { addParagraph([StyledRun("(Nothing to show here.)", .dim)]) }
    }

    /// The line a selection begins on (a part's first line), or 0.
    func firstLine(of selection: Selection) -> Int {
        lines.firstIndex { $0.begins == selection } ?? 0
    }

    /// The first line showing the start of a place's range, if the text holds it.
    func line(of place: Place) -> Int? {
        lines.firstIndex { line in
            line.segments.contains {
                $0.source.place.isInSamePiece(as: place) && $0.source.offset + $0.text.utf8.count > place.range.lowerBound
            }
        }
    }

    /// The line holding an anchor after re-wrapping: the first line of the last group not after it.
    func line(for anchor: ReaderAnchor) -> Int {
        guard var index = lines.lastIndex(where: { $0.anchor <= anchor }) else { return 0 }
        while index > 0 && lines[index - 1].anchor == lines[index].anchor { index -= 1 }
        return index
    }

    // MARK: Building

    private mutating func addIntroduction(of document: ReviewDocument) {
        let titles = document.titleLines.count
        if let organisation = document.organisation {
            addParagraph([StyledRun(organisation, .dim, source: source(.title, titles - 2))])
        }
        if !document.titleLines.isEmpty {
            addParagraph([StyledRun(document.title, .title, source: source(.title, titles - 1))])
        }
        if !document.introduction.isEmpty {
            addBlank()
            addParagraph([StyledRun("Introduction", .heading)])
            addBlank()
            addBlocks(document.introduction, indent: 0, zone: .text)
        }
        addNotes(onPart: nil, indent: 0)
        if document.recommendationCount == 0 {
            addBlank()
            addParagraph([StyledRun("This document has no recommendations that casebook could find.", .dim)])
        }
    }

    private mutating func addSection(_ section: Section) {
        if let title = section.title {
            addParagraph([StyledRun(title, .heading, source: source(.title, 0))])
        } else {
            addParagraph([StyledRun("Recommendations", .heading)])
        }
        if !section.blocks.isEmpty {
            addBlank()
            addBlocks(section.blocks, indent: 0, zone: .text)
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

    private mutating func addRecommendation(_ recommendation: Recommendation, item: Place.Item) {
        var heading = [StyledRun(Self.headingWords(of: recommendation), .heading)]
        if let title = recommendation.title, !title.isEmpty {
            heading.append(StyledRun(": ", .heading))
            heading.append(StyledRun(title, .heading, source: source(.title, 0)))
        }
        addParagraph(heading, begins: Selection(item: item))
        addFacts(stated: recommendation.response?.statedStatus)
        if !recommendation.text.isEmpty {
            addBlank()
            addBlocks(recommendation.text, indent: 0, zone: .text)
        }
        addNotes(onPart: nil, indent: 0)
        for part in recommendation.parts {
            addBlank()
            addPart(part, of: item)
            addNotes(onPart: part.label, indent: Self.hanging(of: part))
        }
        if let response = recommendation.response {
            addBlank()
            addParagraph([StyledRun(response.displayLabel, .label)])
            if !response.blocks.isEmpty {
                addBlank()
                addBlocks(response.blocks, indent: 0, zone: .response)
            }
        }
        addFields(of: recommendation)
        addCommitments()
    }

    /// A table's other cells under their column's names ("Lead: Health", "Target date: March 2024",
    /// "RAG: Amber"), and a status the response states when no column gave it: the author's words.
    private mutating func addFields(of recommendation: Recommendation) {
        let stated = recommendation.response?.statedStatus
        let statusInFields = recommendation.fields.contains { $0.role == .status }
        guard !recommendation.fields.isEmpty || (stated != nil && !statusInFields) else { return }
        addBlank()
        for (index, field) in recommendation.fields.enumerated() {
            addParagraph([StyledRun(TerminalSafe.clean(field.column) + ":", .term),
                          StyledRun(" " + field.text, source: source(.field(index), 0, offset: -1))], indent: 0, hanging: 2)
        }
        if let stated, !statusInFields {
            addParagraph([StyledRun("Stated:", .term), StyledRun(" " + stated.words)], indent: 0, hanging: 2)
        }
    }

    /// Who it is for, its themes, its status with the words behind it, and any part the response does not
    /// mention, dimmed: derived, not the author's words (`e` shows why).
    private mutating func addFacts(stated: StatedStatus?) {
        var facts: [(String, String)] = []
        // The author's own status word, beside the one casebook derives (labelled as derived).
        let statedFact = stated.map { ("Stated", $0.words) }
        guard let learning else { return addFactLines([statedFact].compactMap { $0 }) }
        let addressed = learning.agencies.addressedTo.map(\.displayName)
        if !addressed.isEmpty { facts.append(("For", addressed.joined(separator: ", "))) }
        if !learning.themes.isEmpty { facts.append(("Themes", learning.themes.map(\.theme).joined(separator: "; "))) }
        if let statedFact { facts.append(statedFact) }
        if let status = learning.status {
            facts.append((RecommendationStatus.label, StatusBadge.glyph(status.value) + " " + status.summary))
        }
        for part in learning.unansweredParts { facts.append(("Unanswered", part.summary)) }
        addFactLines(facts)
    }

    private mutating func addFactLines(_ facts: [(String, String)]) {
        guard !facts.isEmpty else { return }
        addBlank()
        for (label, value) in facts {
            addParagraph([StyledRun(label + ":", .term), StyledRun(" " + value, .dim)], indent: 0, hanging: 2)
        }
    }

    /// The notes on one part (nil: on the item itself), oldest first, each after a blank line and indented
    /// with the text it is on. `notes` are the shown item's already, found by its note key (PR2's, not E2's).
    private mutating func addNotes(onPart part: Character?, indent: Int) {
        for note in notes where note.target.itemID?.part == part {
            addBlank()
            for line in NoteLines.paragraphs(of: note) {
                addParagraph(line.runs, indent: indent + line.indent, hanging: indent + line.indent)
            }
        }
    }

    /// "Still to do": the response's promises, with owner and due period where stated.
    private mutating func addCommitments() {
        guard let learning, !learning.commitments.isEmpty else { return }
        addBlank()
        addParagraph([StyledRun("Still to do", .label), StyledRun(" (derived from the response; e shows why)", .dim)])
        addBlank()
        for commitment in learning.commitments {
            var facts: [String] = []
            if let owner = commitment.owner { facts.append(owner.displayName) }
            if let due = commitment.due { facts.append("due " + due.period) }
            let lead = facts.isEmpty ? "" : "[" + facts.joined(separator: ", ") + "] "
            addParagraph([StyledRun("•", .marker), StyledRun(" " + lead, .term), StyledRun(commitment.sentence.text, .dim)],
                         indent: 0, hanging: 2)
        }
    }

    /// "Recommendation 3: Title": the heading as written without trailing punctuation, then the title.
    static func heading(of recommendation: Recommendation) -> String { recommendation.fullHeading }

    /// "Recommendation 3", from the heading as written without trailing punctuation.
    static func headingWords(of recommendation: Recommendation) -> String { recommendation.headingWords }

    /// Where a run of the selected item's text comes from: its piece in the walk, and the UTF-8
    /// offset of the run's start in it.
    private func source(_ zone: Place.Zone, _ block: Int, piece: Int = 0, offset: Int = 0) -> SourceRef? {
        places[PieceKey(zone: zone, block: block, piece: piece)].map { SourceRef(place: $0, offset: offset) }
    }

    private static func marker(of part: Part) -> String {
        TerminalSafe.clean(part.marker.isEmpty ? "\(part.label))" : part.marker)
    }

    /// Where a part's text starts, after its marker.
    private static func hanging(of part: Part) -> Int { min(DisplayWidth.of(marker(of: part)) + 1, 8) }

    private mutating func addPart(_ part: Part, of item: Place.Item) {
        let marker = Self.marker(of: part)
        let hanging = Self.hanging(of: part)
        let zone = Place.Zone.part(part.label)
        if let first = part.blocks.first, first.kind == .paragraph {
            addParagraph([StyledRun(marker, .marker), StyledRun(" " + first.text, source: source(zone, 0, offset: -1))],
                         indent: 0, hanging: hanging, begins: Selection(item: item, part: part.label))
            if part.blocks.count > 1 {
                addBlank()
                addBlocks(Array(part.blocks.dropFirst()), indent: hanging, zone: zone, firstIndex: 1)
            }
        } else {
            addParagraph([StyledRun(marker, .marker)], begins: Selection(item: item, part: part.label))
            if !part.blocks.isEmpty {
                addBlank()
                addBlocks(part.blocks, indent: hanging, zone: zone)
            }
        }
    }

    /// `firstIndex` is the index of `blocks[0]` within its zone, so sources name the right block.
    private mutating func addBlocks(_ blocks: [Block], indent: Int, zone: Place.Zone, firstIndex: Int = 0) {
        for (offset, block) in blocks.enumerated() {
            if offset > 0 { addBlank() }
            let index = firstIndex + offset
            switch block.kind {
            case .paragraph: addParagraph([StyledRun(block.text, source: source(zone, index))], indent: indent, hanging: indent)
            case .heading: addParagraph([StyledRun(block.text, .label, source: source(zone, index))], indent: indent, hanging: indent)
            case .list: addList(block, indent: indent, zone: zone, index: index)
            }
        }
    }

    private mutating func addList(_ block: Block, indent: Int, zone: Place.Zone, index blockIndex: Int) {
        var firstItemPiece = 0
        if !block.text.isEmpty {
            addParagraph([StyledRun(block.text, source: source(zone, blockIndex))], indent: indent, hanging: indent)
            addBlank()
            firstItemPiece = 1
        }
        func itemSource(_ index: Int, offset: Int) -> SourceRef? {
            source(zone, blockIndex, piece: firstItemPiece + index, offset: offset)
        }
        // A list with terms ("Restorative Practice: …") reads as short paragraphs: keep its items apart.
        let isTermList = block.items.contains { $0.term != nil }
        for (index, item) in block.items.enumerated() {
            if isTermList {
                if index > 0 { addBlank() }
                // ListItem.fullText is "term: text"; the sources count its UTF-8 from its start.
                let runs = item.term.map { term in
                    [StyledRun(term + ":", .term, source: itemSource(index, offset: 0)),
                     StyledRun(item.text.isEmpty ? "" : " " + item.text, source: itemSource(index, offset: term.utf8.count + 1))]
                } ?? [StyledRun(item.text, source: itemSource(index, offset: 0))]
                addParagraph(runs, indent: indent, hanging: indent + 2)
            } else if item.marker.isEmpty {
                addParagraph([StyledRun(item.text, source: itemSource(index, offset: 0))], indent: indent + 2, hanging: indent + 2)
            } else {
                let marker = TerminalSafe.clean(item.marker)
                addParagraph([StyledRun(marker, .marker), StyledRun(" " + item.text, source: itemSource(index, offset: -1))],
                             indent: indent, hanging: indent + min(DisplayWidth.of(marker) + 1, 8))
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
