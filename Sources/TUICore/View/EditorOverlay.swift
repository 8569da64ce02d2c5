import Content
import Foundation

/// The note editor: a box over the screen with what the note is on, the question for a room's
/// answer, the text with a cursor, and its keys (or the question it asks) on the bottom border.
enum EditorOverlay {
    static let footer = " Ctrl-S save  Esc close "
    static let discardQuestion = " Discard changes? y/n "

    static func frame(in layout: Layout) -> Rect {
        layout.overlayFrame(maxWidth: 76, maxHeight: 18)
    }

    /// Where the text goes: below two rows for what the note is on, inside the border. One column is
    /// kept free on the right for the cursor at the end of a full row.
    static func textArea(in layout: Layout) -> Rect {
        let box = frame(in: layout)
        return Rect(x: box.x + 2, y: box.y + 3, width: max(2, box.width - 5), height: max(1, box.height - 4))
    }

    /// The draft offer on the bottom border, with the draft's age as of `now`: the longest wording that
    /// fits `width` columns, so the keys always show.
    static func draftQuestion(_ draft: NoteDraft, now: Date?, width: Int) -> String {
        let age = age(of: draft.savedAt, now: now)
        let wordings = [" A draft from \(age) was kept — Enter restore, d discard ",
                        " Draft from \(age): Enter restore  d discard ", " Draft: Enter restore  d discard "]
        return wordings.first { DisplayWidth.of($0) <= width } ?? wordings[wordings.count - 1]
    }

    /// "just now", "5 min ago", "3 h ago", "2 days ago": how long ago `date` was, by the last tick's clock.
    static func age(of date: Date, now: Date?) -> String {
        guard let now else { return "earlier" }
        let minutes = Int(max(0, now.timeIntervalSince(date)) / 60)
        switch minutes {
        case 0: return "just now"
        case 1..<60: return "\(minutes) min ago"
        case 60..<(48 * 60): return "\(minutes / 60) h ago"
        default: return "\(minutes / (24 * 60)) days ago"
        }
    }

    /// Draws the editor; scrolls `editor` so the cursor's row shows. `asking`: the question on the
    /// bottom border (the draft offered shows in place of the text, dimmed); `subject` says what the note is on.
    static func render(_ editor: inout NoteEditor, asking: EditorQuestion?, now: Date?, subject: String,
                       layout: Layout, theme: Theme, into grid: inout CellGrid) {
        let box = frame(in: layout)
        guard box.width >= 12, box.height >= 5 else { return }
        let area = textArea(in: layout)
        editor.keepCursorVisible(width: area.width, height: area.height)
        let title = editor.kind == .roomAnswer ? " The room's answer " : (editor.original == nil ? " New note " : " Edit note ")
        let question: String? = switch asking {
        case nil: nil
        case .discardChanges: discardQuestion
        case let .restoreDraft(draft): draftQuestion(draft, now: now, width: box.width - 4)
        }
        BorderedBlock(title: title, footer: question ?? footer, theme: theme,
                      footerStyle: question == nil ? nil : theme.statusMessage, blanksBeside: true).render(in: box, into: &grid)
        let inner = box.maxX - 2
        grid.put(Truncate.toWidth(subject, inner - box.x - 2), row: box.y + 1, column: box.x + 2,
                 style: theme.style(.heading), maxColumn: inner)
        if let question = editor.question {
            grid.put(Truncate.toWidth("Q: " + question, inner - box.x - 2), row: box.y + 2, column: box.x + 2,
                     style: theme.style(.label), maxColumn: inner)
        }
        if case let .restoreDraft(draft) = asking {
            // The draft's text, dimmed, so the user sees what Enter would bring back.
            var preview = editor
            preview.replaceText(with: draft.text)
            put(preview.visualRows(width: area.width, in: 0..<area.height), from: 0, in: area, style: theme.style(.dim), into: &grid)
            grid.cursor = nil
            return
        }
        put(editor.visualRows(width: area.width, in: editor.top..<(editor.top + area.height)), from: 0, in: area,
            style: .plain, into: &grid)
        if editor.isEmpty {
            grid.put("Type your note here.", row: area.y, column: area.x, style: theme.style(.dim), maxColumn: area.maxX)
        }
        let cursor = editor.cursorPosition(width: area.width)
        grid.cursor = (area.y + min(max(0, cursor.row - editor.top), area.height - 1), area.x + cursor.column)
    }

    private static func put(_ rows: [NoteEditor.VisualRow], from top: Int, in area: Rect, style: Style,
                            into grid: inout CellGrid) {
        for offset in 0..<area.height {
            let index = top + offset
            guard rows.indices.contains(index) else { break }
            grid.put(TerminalSafe.sanitize(rows[index].text), row: area.y + offset, column: area.x, style: style,
                     maxColumn: area.maxX + 1)
        }
    }

    /// "Recommendation 3b: The PSCP should…", "The introduction".
    static func subject(of editor: NoteEditor, in document: ReviewDocument) -> String {
        switch editor.target {
        case .introduction: return "On the introduction"
        case let .item(id):
            let words = document.anchorText(for: .item(id))?.split(whereSeparator: \.isNewline).first.map(String.init)
            return "On \(id.part == nil ? "recommendation" : "part") \(document.name(of: .item(id)))" + (words.map { ": " + $0 } ?? "")
        }
    }
}
