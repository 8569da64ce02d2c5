import Content
import Foundation

/// Notes, marks and the notes list, as the user asks for them.
enum NoteRequest: Sendable, Hashable {
    /// `a`: add or edit a note on the selected item (in presentation, the room's answer).
    case edit
    /// `m`: mark or unmark the selected item for the session plan.
    case toggleMark
    /// The notes list: open it; edit the selected entry's note.
    case openList, listEdit
}

/// One row of the notes list: a note, or a mark on an item without notes.
struct NotesListEntry: Sendable, Hashable {
    var target: NoteTarget
    var note: Note?
    var isMarked: Bool
}

/// Notes and marks: the state changes at once, and the store is asked through effects, so the core
/// stays pure and the marks and notes show even when saving fails.
extension BrowserState {
    mutating func handleNote(_ request: NoteRequest) -> [Effect] {
        switch request {
        case .edit:
            if isPresenting { openRoomAnswerEditor() } else { openNoteEditor() }
        case .toggleMark:
            return toggleMark()
        case .openList:
            var list = ListState()
            if let index = notesListEntries.firstIndex(where: { $0.target == noteTarget(of: selection) }) {
                list.selected = index
            }
            mode = .notesList(list)
        case .listEdit: goToNotesListEntry(editing: true)
        }
        return []
    }

    /// Enter (or `a`) in the notes list: go to the entry's item (and edit its note).
    mutating func goToNotesListEntry(editing: Bool) {
        guard let list = mode.notesList else { return }
        mode = .browse
        let entries = notesListEntries
        guard entries.indices.contains(list.selected) else { return }
        let entry = entries[list.selected]
        go(to: Self.selection(of: entry.target), remember: true)
        guard editing else { return }
        if let note = entry.note { openEditor(NoteEditor(target: note.target, kind: note.kind, editing: note)) }
        else { openNoteEditor() }
    }

    /// The editor's keys: editing, Ctrl-S, Esc and the discard question.
    mutating func handleEditor(_ key: EditorKey) -> [Effect] {
        guard var editor else { mode = returnMode; return [] }
        switch key {
        case .save:
            return saveEditor(editor)
        case .cancel:
            if editor.isChanged { mode = .editor(editor, confirmingDiscard: true) } else { closeEditor() }
        case .confirmDiscard:
            closeEditor()
            message = "Changes discarded"
        case .keepEditing:
            mode = .editor(editor, confirmingDiscard: false)
        default:
            // The editor box keeps the cursor's row in view when it draws.
            editor.apply(key)
            self.editor = editor
        }
        return []
    }

    // MARK: Notes

    /// Where the keys go when the editor or a list closes.
    var returnMode: Mode { isPresenting ? .presenting(blank: false) : .browse }

    private mutating func openNoteEditor() {
        guard let target = noteTarget(of: selection) else {
            message = "Notes go on the introduction, a recommendation or a part"
            return
        }
        let existing = notes.notes(on: target).first { $0.kind == .note }
        openEditor(NoteEditor(target: target, editing: existing))
    }

    /// In presentation: the room's answer to the question on screen (or to the recommendation).
    private mutating func openRoomAnswerEditor() {
        guard let presentation, let number = presentation.currentNumber else { return }
        let question = presentation.currentQuestion(in: self)
        let target = NoteTarget.item(ItemID(number: number))
        let existing = notes.notes(on: target).first { $0.kind == .roomAnswer && $0.question == question }
        openEditor(NoteEditor(target: target, kind: .roomAnswer, question: question, editing: existing))
    }

    private mutating func openEditor(_ new: NoteEditor) {
        mode = .editor(new, confirmingDiscard: false)
    }

    private mutating func closeEditor() {
        mode = returnMode
    }

    /// Ctrl-S: the note goes into the state at once and to the store as an effect; an emptied note is deleted.
    private mutating func saveEditor(_ editor: NoteEditor) -> [Effect] {
        closeEditor()
        let text = TerminalSafeText.trim(editor.text).isEmpty ? "" : editor.text
        if text.isEmpty {
            guard let original = editor.original else {
                message = "Empty note not saved"
                return []
            }
            message = "Note deleted"
            return record(.delete(noteID: original.id))
        }
        guard editor.isChanged else {
            message = "No changes to save"
            return []
        }
        let note = editor.original?.edited(text: text, in: document, now: noteTime) ?? newNote(from: editor, text: text)
        message = editor.kind == .roomAnswer ? "Room's answer saved" : "Note saved on \(Self.name(of: editor.target))"
        return record(.upsert(note))
    }

    /// A new note with the next id from the source the runtime gave.
    private mutating func newNote(from editor: NoteEditor, text: String) -> Note {
        Note(id: noteIDs.next(), target: editor.target, kind: editor.kind, question: editor.question, text: text,
             createdAt: noteTime, anchor: TextFingerprint(document.anchorText(for: editor.target) ?? ""))
    }

    /// What notes are stamped with: the last tick's time (the runtime ticks before every input).
    private var noteTime: Date { now?.date ?? Date(timeIntervalSince1970: 0) }

    /// A change shows at once in the state and goes to the store as an effect, so the marks and
    /// notes show even when saving fails.
    mutating func record(_ change: NoteChange) -> [Effect] {
        notes.apply(change)
        return [.persist(change)]
    }

    // MARK: Marks

    private mutating func toggleMark() -> [Effect] {
        let number = isPresenting ? presentation?.currentNumber : selection.recommendationNumber
        guard let number else {
            message = "Marks go on recommendations and parts: select one first"
            return []
        }
        let id: ItemID
        if !isPresenting, case let .part(_, letter) = selection { id = ItemID(number: number, part: letter) }
        else { id = ItemID(number: number) }
        let marked = !notes.marks.contains(id)
        var effects = record(.mark(id, marked))
        let count = notes.marks.count
        message = marked ? "Marked \(id) for the session (\(count) marked): p presents them"
            : "Unmarked \(id) (\(count) marked)"
        // Marking takes over from an --only plan: the marks are the plan from now on.
        if !notes.plan.isEmpty { effects += record(.plan([])) }
        return effects
    }

    // MARK: The notes list

    /// Every note in document order, and each marked item that has no note.
    var notesListEntries: [NotesListEntry] {
        let noted = notes.notedTargets
        let markedOnly = notes.marks.filter { !noted.contains(.item($0)) }
            .map { NotesListEntry(target: .item($0), note: nil, isMarked: true) }
        let withNotes = notes.notesInDocumentOrder.map { note in
            NotesListEntry(target: note.target, note: note, isMarked: note.target.itemID.map(notes.marks.contains) ?? false)
        }
        // A stable sort keeps each target's notes in their order.
        return (withNotes + markedOnly).enumerated()
            .sorted { ($0.element.target, $0.offset) < ($1.element.target, $1.offset) }
            .map(\.element)
    }

    // MARK: Targets

    /// What a note on the selection is attached to; nil for a section heading.
    func noteTarget(of selection: Selection) -> NoteTarget? {
        switch selection {
        case .introduction: return .introduction
        case .section: return nil
        case let .recommendation(number): return .item(ItemID(number: number))
        case let .part(number, letter): return .item(ItemID(number: number, part: letter))
        }
    }

    static func selection(of target: NoteTarget) -> Selection {
        switch target {
        case .introduction: return .introduction
        case let .item(id): return Selection(id)
        }
    }

    static func name(of target: NoteTarget) -> String {
        switch target {
        case .introduction: return "the introduction"
        case let .item(id): return id.description
        }
    }

    // MARK: Session start and end

    /// Takes the loaded notes: reopens at the last position, starts presenting when asked to.
    mutating func startSession(notes loaded: DocumentNotes?, options: BrowserOptions) {
        if let loaded { notes = loaded }
        if let position = loaded?.lastPosition {
            let target = Self.selection(of: position.target)
            if target == .introduction || position.target.itemID.map(document.contains) == true {
                go(to: target, remember: false)
                if let line = position.scrollLine { scrollReader(to: readerContent.firstLine(of: target) + line) }
            }
        }
        if let only = options.presentOnly {
            let known = only.filter(document.contains)
            startEffects += record(.plan(known))
            let unknown = only.filter { !document.contains($0) }
            if !unknown.isEmpty { message = "Not in this document: " + unknown.map(\.description).joined(separator: ", ") }
        }
        if options.startInPresentation {
            if let from = options.presentFrom, document.contains(from) { go(to: Selection(from), remember: false) }
            let unknownMessage = message
            _ = handlePresent(.start)
            if let unknownMessage, message == nil { message = unknownMessage }
        }
    }

    mutating func takeStartEffects() -> [Effect] {
        defer { startEffects = [] }
        return startEffects
    }

    /// Saves where the reader is, so the document reopens there.
    var positionEffects: [Effect] {
        let target: NoteTarget
        switch selection {
        case .section(let index):
            // A section has no target of its own: its first recommendation stands in.
            guard document.sections.indices.contains(index),
                  let first = document.sections[index].recommendations.first else { return [] }
            target = .item(first.id)
        default:
            guard let own = noteTarget(of: selection) else { return [] }
            target = own
        }
        let offset = readerTop - readerContent.firstLine(of: selection)
        return [.persist(.position(ReadingPosition(target: target, scrollLine: offset > 0 ? offset : nil)))]
    }
}
