/// Turns a mouse event into an action, by what lies under the pointer.
enum MouseInput {
    static let wheelLines = 3

    static func action(for event: MouseEvent, in state: BrowserState) -> BrowserAction? {
        let layout = state.layout
        guard state.mouseEnabled, !layout.isTooSmall else { return nil }
        switch state.mode.input {
        case .prompt, .picker, .editor, .confirmDiscard, .draftOffer, .notesList, .presenting, .blank, .quitUnsaved, .notesFileName,
             .replaceNotesFile, .notesOffer, .library, .matrix:
            return nil
        case .list, .help:
            switch event.kind {
            case .wheelUp: return .move(.up)
            case .wheelDown: return .move(.down)
            case .press: return nil
            }
        case .browse:
            let pane: Pane
            if layout.outline.contains(row: event.row, column: event.column) { pane = .outline }
            else if layout.reader.contains(row: event.row, column: event.column) { pane = .reader }
            else { return nil }
            switch event.kind {
            case .wheelUp: return .scroll(pane: pane, lines: -wheelLines)
            case .wheelDown: return .scroll(pane: pane, lines: wheelLines)
            case .press:
                guard pane == .outline else { return .focus(.reader) }
                guard layout.outlineList.contains(row: event.row, column: event.column) else { return .focus(.outline) }
                let index = state.outlineTop + event.row - layout.outlineList.y
                return index < state.visibleRows.count ? .selectOutlineRow(index) : .focus(.outline)
            }
        }
    }
}
