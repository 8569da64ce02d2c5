import Content
import Foundation

/// The note editor: opening it on the selection (or, presenting, on the room's answer), its keys,
/// and saving what it holds.
extension BrowserState {
    /// The editor's keys: editing, Ctrl-S, Esc (and Ctrl-C), the discard question and the draft offer.
    mutating func handleEditor(_ key: EditorKey) -> [Effect] {
        guard var editor else { mode = returnMode; return [] }
        switch key {
        case .save:
            return saveEditor(editor)
        case .cancel:
            if case .restoreDraft = mode.editorQuestion {
                // Neither restored nor discarded: the draft stays for next time.
                closeEditor()
                message = "The draft is kept; a opens it again"
            } else if editor.isChanged {
                mode = .editor(editor, asking: .discardChanges)
            } else {
                closeEditor()
            }
        case .confirmDiscard:
            closeEditor()
            message = "Changes discarded"
        case .keepEditing:
            mode = .editor(editor, asking: nil)
        case .restoreDraft, .discardDraft:
            guard case let .restoreDraft(draft) = mode.editorQuestion else { return [] }
            if key == .restoreDraft { editor.replaceText(with: draft.text) }
            mode = .editor(editor, asking: nil)
            message = key == .restoreDraft ? "Draft restored: Ctrl-S saves it" : "Draft discarded"
            return record(.dropDraft(draft.slot))
        default:
            // The editor box keeps the cursor's row in view when it draws. The mode lets go of its copy
            // first, so the key edits the text in place rather than copying the whole line.
            let asking = mode.editorQuestion
            mode = returnMode
            editor.apply(key)
            mode = .editor(editor, asking: asking)
        }
        return []
    }


    /// Where the keys go when the editor or a list closes.
    var returnMode: Mode { isPresenting ? .presenting(blank: false) : .browse }

    mutating func openNoteEditor() {
        guard let target = noteTarget(of: selection) else {
            message = "Notes go on the introduction, a recommendation or a part"
            return
        }
        let existing = notes.notes(on: target).first { $0.kind == .note }
        openEditor(NoteEditor(target: target, editing: existing))
    }

    /// In presentation: the room's answer to the question on screen (or to the recommendation).
    mutating func openRoomAnswerEditor() {
        guard let presentation, let key = presentation.currentKey else { return }
        let question = presentation.currentQuestion(in: self)
        let target = NoteTarget.item(key)
        let existing = notes.notes(on: target).first { $0.kind == .roomAnswer && $0.question == question }
        openEditor(NoteEditor(target: target, kind: .roomAnswer, question: question, editing: existing))
    }

    /// Opens the editor, first offering the draft a signal left for this note, if there is one.
    mutating func openEditor(_ new: NoteEditor) {
        mode = .editor(new, asking: notes.draft(for: new.slot).map(EditorQuestion.restoreDraft))
    }

    /// When the process must end with the editor open: its changed text, kept as a draft.
    mutating func keepDraft() -> [Effect] {
        // While a draft is offered the editor is unchanged, and that draft stays as it is.
        guard let editor, editor.isChanged else { return [] }
        let draft = NoteDraft(target: editor.target, kind: editor.kind, question: editor.question,
                              text: editor.text, savedAt: noteTime)
        return record(.keepDraft(draft))
    }

    private mutating func closeEditor() {
        mode = returnMode
    }

    /// Ctrl-S: the note goes into the state at once and to the store as an effect; an emptied note is deleted.
    private mutating func saveEditor(_ editor: NoteEditor) -> [Effect] {
        closeEditor()
        let text = TerminalSafe.trim(editor.text).isEmpty ? "" : editor.text
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
        message = editor.kind == .roomAnswer ? "Room's answer saved" : "Note saved on \(name(of: editor.target))"
        return record(.upsert(note))
    }

    /// A new note with the next id from the source the runtime gave.
    private mutating func newNote(from editor: NoteEditor, text: String) -> Note {
        Note(id: noteIDs.next(), target: editor.target, kind: editor.kind, question: editor.question, text: text,
             createdAt: noteTime, anchor: TextFingerprint(document.anchorText(for: editor.target) ?? ""))
    }

    /// What notes are stamped with: the last tick's time (the runtime ticks before every input).
    private var noteTime: Date { now?.date ?? Date(timeIntervalSince1970: 0) }
}
