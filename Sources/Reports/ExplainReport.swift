import Content

/// `casebook check --explain`: what each stretch of the source was read as, and why, one line per
/// block: `  12  recommendation 3   "Recommendation 3: Missing…"   (heading "Recommendation N")`.
/// What a line was read as comes from the finished model (where its source lines landed); why,
/// from the rule the scanner recorded (`ReviewDocument.lineRules`); furniture from `check`'s list.
public enum ExplainReport {
    /// - Parameter extractedFrom: the format the text was extracted from (PDF, Word, web page), whose
    ///   line numbers are then those of the extracted text; nil for text and Markdown.
    public static func lines(for document: ReviewDocument, name: String, extractedFrom: String? = nil, width: Int = 100) -> [String] {
        let where_ = extractedFrom.map { "lines of the text casebook extracted from the \($0) file" } ?? "lines of the file"
        var lines = ["\(TerminalSafe.oneLine(name)): how each line was read (\(where_))"]
        if !document.hints.isEmpty {
            let given = [document.hints.recommendationPattern.map { "--recommendations '\($0)'" },
                         document.hints.responseLabel.map { "--response-label '\($0)'" }].compactMap { $0 }
            lines.append("  hints: " + TerminalSafe.oneLine(given.joined(separator: " ")))
        }
        let readings = ModelReadings(document)
        var rows: [(span: SourceSpan, what: String, excerpt: String, why: String)] = document.lineRules.map { rule in
            let what = readings.what(rule, titleLines: document.titleLines)
            return (rule.lines, what, rule.excerpt, what == "title" ? "short line at the top" : rule.rule)
        }
        let furniture = document.furniture.filter { $0.kind != .pageBreak }
        // A form feed after the last line of text ends the last page; it starts none.
        let lastLine = (document.lineRules.map(\.lines.last) + furniture.map(\.line)).max() ?? 0
        let pages = document.furniture.count { $0.kind == .pageBreak && $0.line <= lastLine } + 1
        let repeats = Dictionary(furniture.map { ($0.text, 1) }, uniquingKeysWith: +)
        rows += furniture.map {
            (SourceSpan(line: $0.line), "furniture", $0.text, furnitureReason($0, repeated: repeats[$0.text] ?? 1, pages: pages))
        }
        rows.sort { $0.span.first < $1.span.first }
        let numberWidth = rows.map { lineLabel($0.span).count }.max() ?? 1
        // Columns line up where there is room; a narrow terminal keeps the excerpt instead.
        let whatWidth = width < 60 ? 0 : min(rows.map(\.what.count).max() ?? 0, 18)
        for row in rows {
            let number = lineLabel(row.span)
            let head = "  " + String(repeating: " ", count: numberWidth - number.count) + number + "  "
                + row.what.padding(toLength: max(whatWidth, row.what.count), withPad: " ", startingAt: 0) + "  "
            let why = "(" + TerminalSafe.oneLine(row.why) + ")"
            let room = width - DisplayWidth.of(head) - DisplayWidth.of(why) - 4
            if room >= 10 {
                let excerpt = Truncation.truncate(TerminalSafe.clean(row.excerpt), toWidth: room, cut: .anywhere)
                lines.append(head + "\"" + excerpt + "\"  " + why)
            } else {
                // A narrow terminal: the rule goes on a line of its own, under the excerpt.
                let excerpt = Truncation.truncate(TerminalSafe.clean(row.excerpt), toWidth: max(8, width - DisplayWidth.of(head) - 2), cut: .anywhere)
                lines.append(head + "\"" + excerpt + "\"")
                lines.append(String(repeating: " ", count: numberWidth + 4) + why)
            }
        }
        return lines
    }

    private static func lineLabel(_ span: SourceSpan) -> String {
        span.first == span.last ? "\(span.first)" : "\(span.first)–\(span.last)"
    }

    /// Why a line is furniture, with what was counted: "running header on 9 of 10 pages".
    private static func furnitureReason(_ line: FurnitureLine, repeated: Int, pages: Int) -> String {
        switch line.kind {
        case .pageNumber: return "page number beside a page break"
        case .runningHeader where pages > 1: return "running header on \(repeated) of \(pages) pages"
        case .runningHeader: return "the file's own header or footer"
        case .pageBreak: return "a form feed"
        case .webPageElement: return "a web page's navigation, banner or hidden text"
        }
    }
}

/// Where each source line landed in the model, by its lines: the most particular place wins (a list
/// item over its list, a heading line over its recommendation).
struct ModelReadings {
    private var places: [Place] = []
    // Looked up by lines, not by walking every place for each row, which made `--explain` quadratic
    // (10,000 headings took 16 s): the places with a span, in order, and on each line the narrowest
    // prose place and the narrowest other place holding it (the first made of two as narrow), or -1.
    private var placesWithSpan: [SourceSpan: [Int]] = [:]
    private var narrowestText: [Int32] = []
    private var narrowestStructure: [Int32] = []

    private struct Place {
        var span: SourceSpan
        var what: String
        var isText: Bool
        /// The words there, to tell apart places on the same lines (an inline list's items).
        var text = ""

        var width: Int { span.last - span.first }
    }

    init(_ document: ReviewDocument) {
        add(document.introduction, "introduction")
        for (index, section) in document.sections.enumerated() {
            if let title = section.title { places.append(Place(span: SourceSpan(line: section.lines.first), what: "section heading", isText: false, text: title)) }
            add(section.blocks, "section \(index + 1)")
            for recommendation in section.recommendations { add(recommendation) }
        }
        index()
    }

    private mutating func index() {
        let lineCount = (places.map(\.span.last).max() ?? 0) + 1
        narrowestText = Array(repeating: -1, count: lineCount)
        narrowestStructure = narrowestText
        for (index, place) in places.enumerated() {
            placesWithSpan[place.span, default: []].append(index)
            for line in max(0, place.span.first)...max(0, place.span.last) {
                let known = place.isText ? narrowestText[line] : narrowestStructure[line]
                guard known < 0 || place.width < places[Int(known)].width else { continue }
                if place.isText { narrowestText[line] = Int32(index) } else { narrowestStructure[line] = Int32(index) }
            }
        }
    }

    private mutating func add(_ recommendation: Recommendation) {
        // As written: "PR1", not the bare 1 that E1 also has.
        let number = recommendation.series + "\(recommendation.number)"
        let name = "recommendation \(number)"
        let opening = ([recommendation.heading] + recommendation.text.prefix(1).map(\.plainText)).filter { !$0.isEmpty }.joined(separator: " ")
        if recommendation.response?.labelIsColumn == true || !recommendation.fields.isEmpty {
            places.append(Place(span: recommendation.lines, what: name, isText: false, text: opening))
        } else {
            places.append(Place(span: SourceSpan(line: recommendation.lines.first), what: name, isText: false, text: opening))
        }
        add(recommendation.text, name)
        for part in recommendation.parts {
            places.append(Place(span: part.lines, what: "part \(number)\(part.label)", isText: true))
            add(part.blocks, "part \(number)\(part.label)")
        }
        if let response = recommendation.response {
            if !response.labelIsColumn { places.append(Place(span: SourceSpan(line: response.lines.first), what: "response label \(number)", isText: false, text: response.label)) }
            add(response.blocks, "response \(number)")
        }
    }

    private mutating func add(_ blocks: [Block], _ owner: String) {
        for block in blocks {
            switch block.kind {
            case .heading: places.append(Place(span: block.lines, what: "heading in \(owner)", isText: true, text: block.text))
            case .paragraph:
                places.append(Place(span: block.lines, what: owner.hasPrefix("introduction") || owner.hasPrefix("section") ? "paragraph (\(owner))" : owner,
                                    isText: true, text: block.text))
            case .list:
                places.append(Place(span: block.lines, what: owner.hasPrefix("introduction") || owner.hasPrefix("section") ? "list (\(owner))" : owner, isText: true))
                for item in block.items { places.append(Place(span: item.lines, what: "list item (\(owner))", isText: true)) }
            }
        }
    }

    /// What a unit's lines were read as: the place with exactly its lines, else the narrowest
    /// holding its first line; a leading line the model holds as the title says so.
    func what(_ rule: LineRule, titleLines: [String]) -> String {
        if rule.shape == .tableHeader { return "table header" }
        // Prose lines are looked for among prose places first, headings and labels among theirs.
        if let found = narrowest(holding: rule, isText: rule.shape == .text) ?? narrowest(holding: rule, isText: nil) {
            return found
        }
        return titleLines.contains(rule.excerpt) || titleLines.contains(where: { $0.hasPrefix(rule.excerpt) }) ? "title" : "paragraph"
    }

    /// Among the prose places (`isText`), the others, or all (nil).
    private func narrowest(holding rule: LineRule, isText: Bool?) -> String? {
        let exact = (placesWithSpan[rule.lines] ?? []).lazy.map { places[$0] }.filter { isText == nil || $0.isText == isText }
        // Several places on the same lines (the items of an inline list): the one with the row's words.
        if let same = exact.first(where: { !$0.text.isEmpty && rule.excerpt.hasPrefix($0.text.prefix(rule.excerpt.count)) }) ?? exact.first {
            return same.what
        }
        let line = rule.lines.first
        guard narrowestText.indices.contains(line) else { return nil }
        let tables = isText.map { [$0 ? narrowestText : narrowestStructure] } ?? [narrowestText, narrowestStructure]
        let holding = tables.map { Int($0[line]) }.filter { $0 >= 0 }
        return holding.min { (places[$0].width, $0) < (places[$1].width, $1) }.map { places[$0].what }
    }
}
