import Content

/// Presentation mode's screen: one recommendation, large and centred for a room. The text is wrapped
/// to a comfortable measure (at most 70 columns) in a centred block with wide margins; headings bold;
/// at the bottom, the progress ("3 / 10"), what Space shows next, and the session clock.
enum PresentationScreen {
    static let maxMeasure = 70
    static let questionsHeading = "Questions for reflection"

    /// The text block's place on screen.
    struct Frame: Sendable, Hashable {
        var x: Int, top: Int, width: Int, height: Int
    }

    static func frame(width: Int, height: Int) -> Frame {
        let margin = max(2, width / 10)
        let measure = max(10, min(maxMeasure, width - 2 * margin))
        let topMargin = height >= 20 ? max(2, height / 12) : 1
        // Below the text: a spare row, then the footer.
        return Frame(x: max(0, (width - measure) / 2), top: topMargin, width: measure,
                     height: max(1, height - topMargin - 2))
    }

    /// The revealed text, where the newest step starts, and how long the whole phase (all its steps
    /// revealed) would be, so the block can sit still while Space reveals it.
    struct Slide: Sendable {
        var lines: [ReaderLine]
        var newestStart: Int
        var phaseLength: Int
        /// The heading's lines (and the blank after), kept in view when the rest scrolls.
        var headerLength: Int
    }

    /// What the screen shows: the session's place, the recommendation on screen and the questions
    /// asked after each response.
    struct Content: Sendable {
        var presentation: Presentation
        var recommendation: Recommendation
        var questions: [String]
        /// The room's answers captured on this recommendation: each shows under its question, one
        /// captured away from the questions under the recommendation's text.
        var answers: [Note] = []

        /// The review's name in the library ("Child J"), when it was opened from one.
        var documentLabel: String?

        /// The review named on each slide of a session across the library, or of one review of the
        /// library, as the status line's address names it.
        var reviewName: String? { presentation.acrossReviews?.reviewName ?? documentLabel }
    }

    static func slide(_ content: Content, width: Int) -> Slide {
        let recommendation = content.recommendation
        let steps = RevealStep.steps(of: recommendation, questions: content.questions.count)
        let step = min(content.presentation.step, steps.count - 1)
        let revealed = builder(for: recommendation, questions: content.questions, answers: content.answers,
                               reviewName: content.reviewName, width: width, steps: steps, upTo: step)
        var whole = revealed
        let phase = phaseOf(steps[step])
        var last = step
        while last + 1 < steps.count && phaseOf(steps[last + 1]) == phase { last += 1 }
        if last != step {
            whole = builder(for: recommendation, questions: content.questions, answers: content.answers,
                            reviewName: content.reviewName, width: width, steps: steps, upTo: last)
        }
        return Slide(lines: revealed.lines, newestStart: revealed.newestStart, phaseLength: whole.lines.count,
                     headerLength: revealed.headerLength)
    }

    /// Phases share a screen: the recommendation and its parts; the response; the questions.
    private static func phaseOf(_ step: RevealStep) -> Int {
        switch step {
        case .opening, .part: return 0
        case .response: return 1
        case .question: return 2
        }
    }

    private static func builder(for recommendation: Recommendation, questions: [String], answers: [Note],
                                reviewName: String?, width: Int,
                                steps: [RevealStep], upTo step: Int) -> SlideBuilder {
        var text = SlideBuilder(width: width)
        var heading = [StyledRun(ReaderContent.heading(of: recommendation), .heading)]
        // Across the library's reviews, each slide names its review, as the handout's headings do.
        if let name = reviewName {
            heading.insert(StyledRun(TerminalSafe.clean(name) + " · ", .label), at: 0)
        }
        switch steps[step] {
        case .opening, .part:
            text.add(heading)
            text.blank()
            text.markHeader()
            for block in recommendation.text { text.blank(); text.add(block: block) }
            for case let .part(index) in steps[...step] {
                let part = recommendation.parts[index]
                text.blank()
                text.markNewest()
                let marker = TerminalSafe.clean(part.marker.isEmpty ? "\(part.label))" : part.marker)
                let hanging = min(DisplayWidth.of(marker) + 1, 6)
                for (offset, block) in part.blocks.enumerated() {
                    if offset > 0 { text.blank() }
                    if offset == 0 && block.kind == .paragraph {
                        text.add([StyledRun(marker, .marker), StyledRun(" " + block.text)], indent: 0, hanging: hanging)
                    } else {
                        if offset == 0 { text.add([StyledRun(marker, .marker)]); text.blank() }
                        text.add(block: block, indent: hanging)
                    }
                }
                if part.blocks.isEmpty { text.add([StyledRun(marker, .marker)]) }
            }
            text.add(answers.filter { $0.question == nil })
        case let .response(last):
            text.add(heading)
            text.blank()
            text.markHeader()
            text.blank()
            text.add([StyledRun(recommendation.response?.displayLabel ?? "Response", .label)])
            for block in (recommendation.response?.blocks ?? [])[0...last] {
                text.blank()
                text.markNewest()
                text.add(block: block)
            }
        case let .question(last):
            text.add(heading)
            text.blank()
            text.markHeader()
            text.blank()
            text.add([StyledRun(questionsHeading, .label)])
            for (index, question) in questions[0...last].enumerated() {
                text.blank()
                text.markNewest()
                text.add([StyledRun("\(index + 1).", .marker), StyledRun(" " + question, .title)], indent: 0, hanging: 3)
                text.add(answers.filter { $0.question == question }, indent: 3)
            }
        }
        return text
    }

    /// How a slide too long for the screen is shown: the heading stays (`header` lines), the rest
    /// scrolls; `autoTop` is where it starts, `overflow` how far Up and Down may move it.
    struct Placement: Sendable {
        var header: Int
        var autoTop: Int
        var overflow: Int
    }

    static func placement(_ content: Content, width: Int, height: Int) -> Placement {
        let frame = frame(width: width, height: height)
        let slide = slide(content, width: frame.width)
        guard slide.lines.count > frame.height else { return Placement(header: 0, autoTop: 0, overflow: 0) }
        let header = slide.headerLength <= frame.height / 3 ? slide.headerLength : 0
        let overflow = slide.lines.count - frame.height
        // Show the end, where the newest step is, but never hide that step's first line.
        return Placement(header: header, autoTop: min(overflow, max(0, slide.newestStart - header)), overflow: overflow)
    }

    /// How far Up and Down may move the slide from where it places itself: the presentation's
    /// scroll is clamped to this when the slide is drawn.
    static func clampScroll(_ presentation: inout Presentation, _ content: Content, width: Int, height: Int) {
        let place = placement(content, width: width, height: height)
        presentation.scroll = min(max(presentation.scroll, -place.autoTop), place.overflow - place.autoTop)
    }

    // MARK: Drawing

    /// Draws the slide and the footer; `message` takes the footer's middle when there is one.
    static func render(_ content: Content, message: String?, theme: Theme, into grid: inout CellGrid) {
        grid.cursor = nil
        let presentation = content.presentation
        let frame = frame(width: grid.width, height: grid.height)
        let slide = slide(content, width: frame.width)
        let place = placement(content, width: grid.width, height: grid.height)
        let top = min(max(0, place.autoTop + presentation.scroll), place.overflow)
        // A phase that fits sits centred and still while its steps appear.
        let offset = place.overflow == 0 ? max(0, (frame.height - slide.phaseLength) / 2) : 0
        // The heading stays put; the rest shows from `top` below it.
        let text = TextViewport(lines: slide.lines, theme: theme)
        let header = min(place.header, frame.height)
        text.draw(from: 0, in: Rect(x: frame.x, y: frame.top + offset, width: frame.width, height: header), into: &grid)
        text.draw(from: top + header, in: Rect(x: frame.x, y: frame.top + offset + header, width: frame.width,
                                               height: frame.height - header), into: &grid)
        let dim = theme.style(.dim)
        if top > 0 {
            grid.put("↑ more", row: frame.top + max(0, place.header - 1), column: frame.x + frame.width - 6, style: dim)
        }
        if top < place.overflow {
            grid.put("↓ more", row: frame.top + frame.height, column: frame.x + frame.width - 6, style: dim)
        }
        renderFooter(content, message: message, theme: theme, into: &grid)
    }

    private static func renderFooter(_ content: Content, message: String?, theme: Theme,
                                     into grid: inout CellGrid) {
        let presentation = content.presentation
        let row = grid.height - 1
        let bold = theme.resolve(Style(bold: true))
        let progress = presentation.progressText
        let left = grid.put(progress, row: row, column: 2, style: bold) + 3
        var right = grid.width - 2
        if presentation.clockShown {
            let clock = presentation.clockText
            right -= DisplayWidth.of(clock)
            grid.put(clock, row: row, column: right, style: bold)
            right -= 3
        }
        let middle: (String, Style)
        if !presentation.typed.isEmpty {
            middle = ("Go to recommendation " + presentation.typed + "  Enter go  Esc cancel", bold)
        } else if let message {
            middle = (message, bold)
        } else {
            let hints = hints(content)
            middle = (hints.first { DisplayWidth.of($0) <= right - left } ?? hints.last ?? "", theme.style(.dim))
        }
        guard right - left >= 8 else { return }
        let text = Truncate.toWidth(middle.0, right - left)
        grid.put(text, row: row, column: left + max(0, (right - left - DisplayWidth.of(text)) / 2), style: middle.1)
        if !presentation.typed.isEmpty {
            grid.cursor = (row, left + max(0, (right - left - DisplayWidth.of(text)) / 2)
                + DisplayWidth.of("Go to recommendation " + presentation.typed))
        }
    }

    /// What Space shows next, and the other keys that matter; longest first, the footer shows the longest that fits.
    static func hints(_ content: Content) -> [String] {
        let presentation = content.presentation, recommendation = content.recommendation
        let steps = RevealStep.steps(of: recommendation, questions: content.questions.count)
        let next: String
        if presentation.step + 1 < steps.count {
            switch steps[presentation.step + 1] {
            case .opening: next = "the text"
            case let .part(index): next = "part \(recommendation.parts[index].label)"
            case .response(0): next = "the response"
            case .response: next = "more of the response"
            case .question(0): next = "questions"
            case .question: next = "next question"
            }
        } else {
            next = presentation.index + 1 < presentation.keys.count ? "next recommendation"
                : presentation.hasMore ? "next review" : "end"
        }
        let space = "Space: \(next)"
        let leave = presentation.quitsOnStop ? "   q quit" : presentation.acrossReviews != nil ? "   q library" : "   q browser"
        return [space + "   ← → move   a answer" + leave, space + "   ← → move" + leave, space + leave, space]
    }
}

/// Builds a slide's lines: paragraphs wrapped to the measure, blank lines between pieces.
struct SlideBuilder: Sendable {
    var width: Int
    var lines: [ReaderLine] = []
    var newestStart = 0
    private var piece = 0

    init(width: Int) { self.width = max(1, width) }

    mutating func add(_ runs: [StyledRun], indent: Int = 0, hanging: Int = 0) {
        lines += TextWrapper.wrap(runs, width: width, firstIndent: indent, restIndent: hanging, piece: piece)
        piece += 1
    }

    mutating func blank() {
        guard let last = lines.last, !last.isBlank else { return }
        lines.append(ReaderLine(indent: 0, runs: [], anchor: ReaderAnchor(piece: piece, word: 0)))
    }

    private(set) var headerLength = 0

    /// The lines so far are the heading, which stays in view.
    mutating func markHeader() { headerLength = lines.count }

    /// The next line begins the step just revealed.
    mutating func markNewest() { newestStart = lines.count }

    /// Notes (the room's answers), each after a blank line.
    mutating func add(_ notes: [Note], indent: Int = 0) {
        for note in notes {
            blank()
            for line in NoteLines.paragraphs(of: note) {
                add(line.runs, indent: indent + line.indent, hanging: indent + line.indent)
            }
        }
    }

    mutating func add(block: Block, indent: Int = 0) {
        switch block.kind {
        case .paragraph: add([StyledRun(block.text)], indent: indent, hanging: indent)
        case .heading: add([StyledRun(block.text, .label)], indent: indent, hanging: indent)
        case .list:
            if !block.text.isEmpty { add([StyledRun(block.text)], indent: indent, hanging: indent) }
            for item in block.items {
                if let term = item.term {
                    blank()
                    add([StyledRun(term + ":", .term), StyledRun(item.text.isEmpty ? "" : " " + item.text)],
                        indent: indent, hanging: indent + 2)
                } else if item.marker.isEmpty {
                    add([StyledRun(item.text)], indent: indent + 2, hanging: indent + 2)
                } else {
                    let marker = TerminalSafe.clean(item.marker)
                    add([StyledRun(marker, .marker), StyledRun(" " + item.text)], indent: indent,
                        hanging: indent + min(DisplayWidth.of(marker) + 1, 6))
                }
            }
        }
    }
}
