import Content

/// The help: every keymap binding, grouped, drawn in a box over the panes. Generated from the
/// keymap table, so it lists exactly what the keys do.
enum HelpOverlay {
    static let title = " casebook keys "
    static let footer = " j/k scroll  Esc close "

    /// The box: centred with a margin on roomy screens, the whole body on small ones.
    static func frame(in layout: Layout) -> Rect {
        let bodyHeight = max(0, layout.height - 1)
        let width = layout.width >= 60 ? min(78, layout.width - 4) : layout.width
        let height = bodyHeight >= 16 ? bodyHeight - 2 : bodyHeight
        return Rect(x: (layout.width - width) / 2, y: (bodyHeight - height) / 2, width: width, height: height)
    }

    /// Rows of text inside the box.
    static func viewHeight(in layout: Layout) -> Int { max(1, frame(in: layout).height - 2) }

    private static func textWidth(in layout: Layout) -> Int { max(1, frame(in: layout).width - 4) }

    /// The help's lines at this size: group headings, then each binding's keys and description.
    static func lines(in layout: Layout) -> [ReaderLine] {
        let width = textWidth(in: layout)
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

    static func render(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let box = frame(in: layout)
        guard box.width >= 4, box.height >= 3 else { return }
        grid.fill(row: box.y, column: box.x, width: box.width, height: box.height)
        drawBorder(box, theme: theme, into: &grid)
        let titleText = Truncate.toWidth(title, box.width - 4)
        grid.put(titleText, row: box.y, column: box.x + (box.width - DisplayWidth.of(titleText)) / 2,
                 style: theme.borderTitle)
        let all = lines(in: layout)
        let visible = viewHeight(in: layout)
        let hiddenBelow = max(0, all.count - state.helpTop - visible)
        let more = hiddenBelow > 0 ? " \(hiddenBelow) more " : ""
        let footerText = Truncate.toWidth(footer + (more.isEmpty ? "" : "·" + more), box.width - 4)
        grid.put(footerText, row: box.maxY - 1, column: box.maxX - 2 - DisplayWidth.of(footerText),
                 style: theme.borderTitle)
        for offset in 0..<visible {
            let index = state.helpTop + offset
            guard all.indices.contains(index) else { break }
            var column = box.x + 2 + all[index].indent
            for run in all[index].runs {
                column = grid.put(run.text, row: box.y + 1 + offset, column: column, style: theme.style(run.role),
                                  maxColumn: box.maxX - 2)
            }
        }
    }

    static func drawBorder(_ box: Rect, theme: Theme, into grid: inout CellGrid) {
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        grid.put("┌" + horizontal + "┐", row: box.y, column: box.x, style: theme.border)
        grid.put("└" + horizontal + "┘", row: box.maxY - 1, column: box.x, style: theme.border)
        for row in (box.y + 1)..<(box.maxY - 1) {
            grid.put("│", row: row, column: box.x, style: theme.border)
            grid.put("│", row: row, column: box.maxX - 1, style: theme.border)
        }
    }
}
