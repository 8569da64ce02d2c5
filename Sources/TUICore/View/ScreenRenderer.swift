import Content

/// Draws a whole frame from the state: panes, separator, status or prompt line, help on top.
enum ScreenRenderer {
    static let tooSmallMessage = "Enlarge the window (40×10 min)"

    /// Draws the frame, the reader showing `content` (`readerContent(of:)`, perhaps kept from an
    /// earlier frame). Like ratatui's stateful widgets, the reader and the overlays keep their scroll
    /// state in view as they draw, and write it back into `state`.
    static func render(_ state: inout BrowserState, reader content: ReaderContent) -> CellGrid {
        var grid = frame(&state, reader: content)
        Theme(colorEnabled: state.colorEnabled, colors: state.colorTheme).paintCanvas(&grid)
        return grid
    }

    private static func frame(_ state: inout BrowserState, reader content: ReaderContent) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height)
        let layout = state.layout
        // Resolved even when the reader is hidden, so the next key scrolls from where it would show.
        let top = state.reader.resolve(in: content, selection: state.selection, visible: layout.readerTextHeight)
        let theme = Theme(colorEnabled: state.colorEnabled, colors: state.colorTheme)
        guard !layout.isTooSmall else {
            renderTooSmall(into: &grid)
            return grid
        }
        if state.isPresenting { return renderPresentation(&state, layout: layout, theme: theme, into: grid) }
        renderOutline(state, layout: layout, theme: theme, into: &grid)
        if let column = layout.separatorColumn {
            for row in 0..<layout.outline.height { grid.put("│", row: row, column: column, style: theme.separator) }
        }
        ReaderPane.render(content, top: top, highlights: highlights(of: state),
                          acronyms: AcronymMarks(document: state.document, glossary: state.learning.glossary),
                          layout: layout, theme: theme, into: &grid)
        grid.cursor = browseCursor(state, layout: layout)
        let status = StatusFacts.of(state, content: content, top: top, layout: layout)
        switch state.mode {
        case .browse, .presenting:
            StatusLine.render(status, layout: layout, theme: theme, into: &grid)
        case .editor:
            StatusLine.render(status, layout: layout, theme: theme, into: &grid)
            renderEditor(&state, layout: layout, theme: theme, into: &grid)
        case var .notesList(list):
            StatusLine.render(status, layout: layout, theme: theme, into: &grid)
            NotesListOverlay.render(state.notesListEntries, state: &list, layout: layout, theme: theme, into: &grid)
            state.mode = .notesList(list)
        case let .prompt(prompt):
            let column = renderPrompt(prompt, state: state, layout: layout, theme: theme, into: &grid)
            grid.cursor = (layout.statusRow, column)
        case var .learningList(list):
            StatusLine.render(status, layout: layout, theme: theme, into: &grid)
            grid.cursor = ListOverlay.render(&list, layout: layout, theme: theme, into: &grid)
            state.mode = .learningList(list)
        case .picker(var picker, let prompt):
            renderPrompt(prompt, state: state, layout: layout, theme: theme, into: &grid)
            grid.cursor = PickerOverlay.render(&picker, layout: layout, theme: theme, into: &grid)
            state.mode = .picker(picker, over: prompt)
        case .help:
            renderHelp(&state, layout: layout, theme: theme, into: &grid)
            StatusLine.render(status, layout: layout, theme: theme, into: &grid)
        case let .quitUnsaved(question):
            StatusLine.render(status, layout: layout, theme: theme, into: &grid)
            grid.cursor = QuitQuestionOverlay.render(question, layout: layout, theme: theme, into: &grid)
        case let .notesOffer(offer):
            StatusLine.render(status, layout: layout, theme: theme, into: &grid)
            NotesOfferOverlay.render(offer, layout: layout, theme: theme, into: &grid)
            grid.cursor = nil
        }
        return grid
    }

    /// Presentation mode fills the screen; the note editor and the help can open over it.
    private static func renderPresentation(_ state: inout BrowserState, layout: Layout, theme: Theme,
                                           into grid: CellGrid) -> CellGrid {
        var grid = grid
        grid.cursor = nil
        if var presentation = state.presentation, let key = presentation.currentKey,
           let recommendation = state.document.recommendation(key) {
            let answers = state.notes.notes(on: .item(key)).filter { $0.kind == .roomAnswer }
            var content = PresentationScreen.Content(presentation: presentation, recommendation: recommendation,
                                                     questions: state.questions, answers: answers,
                                                     documentLabel: state.documentLabel)
            PresentationScreen.clampScroll(&presentation, content, width: state.width, height: state.height)
            state.presentation = presentation
            content.presentation = presentation
            if state.mode.input != .blank {
                PresentationScreen.render(content, message: state.message, theme: theme, into: &grid)
            }
        }
        switch state.mode {
        case .editor: renderEditor(&state, layout: layout, theme: theme, into: &grid)
        case .help: renderHelp(&state, layout: layout, theme: theme, into: &grid)
        default: break
        }
        return grid
    }

    /// The reader's text for the selection, laid out at the reader's width.
    static func readerContent(of state: BrowserState) -> ReaderContent {
        ReaderContent(document: state.document, selection: state.selection,
                      width: state.layout.readerTextWidth, learning: state.learning(of: state.selection),
                      notes: state.notesShown(with: state.selection))
    }

    /// The search's words (or else the filter's) and the current match, for the reader to light up.
    private static func highlights(of state: BrowserState) -> Highlights {
        let currentMatch = state.search.flatMap { search in state.currentMatch.map { search.result.match(at: $0) } }
        return Highlights(result: (state.search ?? state.filter)?.result, spotlight: state.spotlight, currentMatch: currentMatch)
    }

    /// The outline pane gets its rows and, for those on screen, what it marks on them.
    private static func renderOutline(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let rows = state.visibleRows
        let onScreen = rows.indices.clamped(to: state.outlineTop..<(state.outlineTop + layout.outlineList.height))
        let noted = state.notes.notedTargets
        let annotations = rows[onScreen].map { row in
            let target = state.noteTarget(of: row.selection)
            return OutlinePane.Annotation(matches: state.matchCount(for: row), status: state.status(of: row),
                                          hasNote: target.map(noted.contains) ?? false,
                                          isMarked: target?.itemID.map(state.notes.marks.contains) ?? false)
        }
        OutlinePane.render(title: state.document.title, rows: rows, top: state.outlineTop, selection: state.selection,
                           focused: state.focus == .outline && state.mode.input != .help, annotations: annotations,
                           layout: layout, theme: theme, into: &grid)
    }

    private static func renderEditor(_ state: inout BrowserState, layout: Layout, theme: Theme,
                                     into grid: inout CellGrid) {
        guard case .editor(var editor, let asking) = state.mode else { return }
        EditorOverlay.render(&editor, asking: asking, now: state.now?.date,
                             subject: EditorOverlay.subject(of: editor, in: state.document),
                             layout: layout, theme: theme, into: &grid)
        state.mode = .editor(editor, asking: asking)
    }

    private static func renderHelp(_ state: inout BrowserState, layout: Layout, theme: Theme, into grid: inout CellGrid) {
        guard case var .help(help) = state.mode else { return }
        HelpOverlay.render(&help, layout: layout, theme: theme, into: &grid)
        state.mode = .help(help)
        let box = HelpOverlay.frame(in: layout)
        grid.cursor = (box.y + 1, box.x + 2)
    }

    @discardableResult
    private static func renderPrompt(_ prompt: PromptState, state: BrowserState, layout: Layout, theme: Theme,
                                     into grid: inout CellGrid) -> Int {
        PromptLine.render(prompt, search: state.search, filter: state.filter, layout: layout, theme: theme, into: &grid)
    }

    /// On the selected outline row when the outline has the keys, else at the reader's top line.
    private static func browseCursor(_ state: BrowserState, layout: Layout) -> (row: Int, column: Int)? {
        if state.focus == .outline, let index = state.selectedRowIndex {
            let row = index - state.outlineTop
            if row >= 0, row < layout.outlineList.height { return (layout.outlineList.y + row, layout.outlineList.x) }
            return (layout.outlineList.y, layout.outlineList.x)
        }
        let area = state.focus == .outline ? layout.outlineList : layout.readerText
        return (area.y, area.x)
    }

    /// Only a short centred message, clipped to whatever fits; safe at any size, even 0×0.
    static func renderTooSmall(into grid: inout CellGrid) {
        guard grid.width > 0, grid.height > 0 else { return }
        let text = DisplayWidth.of(tooSmallMessage) <= grid.width ? tooSmallMessage : "Too small"
        let width = DisplayWidth.of(text)
        grid.put(text, row: grid.height / 2, column: max(0, (grid.width - width) / 2))
        grid.cursor = nil
    }
}
