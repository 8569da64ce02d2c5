import Content

/// The help: every keymap binding, grouped, drawn in a box over the panes. Generated from the
/// keymap table, so it lists exactly what the keys do.
enum HelpOverlay {
    static let title = " casebook keys "
    static let footer = " j/k scroll  Esc close "

    /// The box: centred with a margin on roomy screens, the whole body on small ones.
    static func frame(in layout: Layout) -> Rect {
        layout.overlayFrame(maxWidth: 78)
    }

    /// The help's lines at this text width: group headings, then each binding's keys and description.
    static func lines(width: Int) -> [ReaderLine] {
        let keyColumn = min(10, Keymap.bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 1)
        var lines: [ReaderLine] = []
        var piece = 0
        func add(_ new: [ReaderLine]) { lines += new; piece += 1 }
        add(TextWrapper.wrap([StyledRun("Every key casebook knows. Esc, q or ? closes this help.", .dim)],
                             width: width, piece: piece))
        for (group, bindings) in Keymap.grouped {
            lines.append(ReaderLine(indent: 0, runs: [], anchor: ReaderAnchor(piece: piece, word: 0)))
            add(TextWrapper.wrap([StyledRun(group.rawValue, .heading)], width: width, piece: piece))
            for binding in bindings {
                var wrapped = TextWrapper.wrap([StyledRun(binding.help)], width: width,
                                               firstIndent: keyColumn + 4, restIndent: keyColumn + 4, piece: piece)
                let label = binding.keyLabel
                let padding = String(repeating: " ", count: max(1, keyColumn + 2 - DisplayWidth.of(label)))
                wrapped[0].runs.insert(StyledRun(padding, .body), at: 0)
                wrapped[0].runs.insert(StyledRun(label, .marker), at: 0)
                wrapped[0].indent = 2
                if DisplayWidth.of(label) > keyColumn {
                    // A label wider than the column gets its own line.
                    let labelLine = ReaderLine(indent: 2, runs: [StyledRun(label, .marker)], anchor: wrapped[0].anchor)
                    wrapped[0].runs.removeFirst(2)
                    wrapped[0].indent = keyColumn + 4
                    wrapped.insert(labelLine, at: 0)
                }
                add(wrapped)
            }
        }
        return lines
    }

    /// Draws the help; scrolls `help` to its start group (once) and clamps it to the text.
    /// `overText` as for `ListOverlay.render`.
    static func render(_ help: inout HelpState, layout: Layout, theme: Theme, overText: Bool = true,
                       into grid: inout CellGrid) {
        let box = frame(in: layout)
        guard box.width >= 4, box.height >= 3 else { return }
        let all = lines(width: max(1, box.width - 4))
        if let group = help.startAt {
            help.startAt = nil
            if let line = all.firstIndex(where: { $0.runs.first?.text == group.rawValue }) { help.scroll.offset = line - 1 }
        }
        let text = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: max(1, box.height - 2))
        help.scroll.clamp(lines: all.count, visible: text.height)
        let hiddenBelow = max(0, all.count - help.scroll.offset - text.height)
        let more = hiddenBelow > 0 ? "· \(hiddenBelow) more " : ""
        BorderedBlock(title: title, titlePlacement: .centered, footer: footer + more, theme: theme, blanksBeside: overText)
            .render(in: box, into: &grid)
        TextViewport(lines: all, theme: theme).render(in: text, state: &help.scroll, into: &grid)
    }
}
