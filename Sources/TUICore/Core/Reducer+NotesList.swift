import Content

/// One row of the notes list: a note, or a mark on an item without notes.
struct NotesListEntry: Sendable, Hashable {
    var target: NoteTarget
    /// How the outline names the target: "Intro", "3b", "PR2".
    var label: String
    var note: Note?
    var isMarked: Bool
}

/// The notes list: its entries, and going to one.
extension BrowserState {
    /// Every note in document order, and each marked item that has no note.
    var notesListEntries: [NotesListEntry] {
        let noted = notes.notedTargets
        let markedOnly = notes.marks.filter { !noted.contains(.item($0)) }
            .map { NotesListEntry(target: .item($0), label: label(of: .item($0)), note: nil, isMarked: true) }
        let withNotes = notes.notesInDocumentOrder.map { note in
            NotesListEntry(target: note.target, label: label(of: note.target), note: note,
                           isMarked: note.target.itemID.map(notes.marks.contains) ?? false)
        }
        // A stable sort keeps each target's notes in their order.
        return (withNotes + markedOnly).enumerated()
            .sorted { ($0.element.target, $0.offset) < ($1.element.target, $1.offset) }
            .map(\.element)
    }

    private func label(of target: NoteTarget) -> String {
        target == .introduction ? "Intro" : document.name(of: target)
    }

    /// Enter (or `a`) in the notes list: go to the entry's item (and edit its note).
    mutating func goToNotesListEntry(editing: Bool) {
        guard let list = mode.notesList else { return }
        mode = .browse
        let entries = notesListEntries
        guard entries.indices.contains(list.selected) else { return }
        let entry = entries[list.selected]
        go(to: selection(of: entry.target), remember: true)
        guard editing else { return }
        if let note = entry.note { openEditor(NoteEditor(target: note.target, kind: note.kind, editing: note)) }
        else { openNoteEditor() }
    }
}
