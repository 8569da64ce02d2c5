import Content

/// Notes, marks and the notes list, as the user asks for them.
enum NoteRequest: Sendable, Hashable {
    /// `a`: add or edit a note on the selected item (in presentation, the room's answer).
    case edit
    /// `m`: mark or unmark the selected item for the session plan.
    case toggleMark
    /// The notes list: open it; edit the selected entry's note.
    case openList, listEdit
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

    /// A change shows at once in the state and goes to the store as an effect, so the marks and
    /// notes show even when saving fails.
    mutating func record(_ change: NoteChange) -> [Effect] {
        notes.apply(change)
        return [.persist(change)]
    }

    // MARK: Marks

    private mutating func toggleMark() -> [Effect] {
        let key = isPresenting ? presentation?.currentKey : selection.noteKey(in: document)
        guard let id = key else {
            message = "Marks go on recommendations and parts: select one first"
            return []
        }
        let marked = !notes.marks.contains(id)
        var effects = record(.mark(id, marked))
        let count = notes.marks.count
        let name = name(of: .item(id))
        message = marked ? "Marked \(name) for the session (\(count) marked): p presents them"
            : "Unmarked \(name) (\(count) marked)"
        // Marking takes over from an --only plan, saved or not: the marks are the plan from now on.
        if !notes.plan.isEmpty { effects += record(.plan([])) }
        onlyPlan = nil
        return effects
    }

    // MARK: Targets

    /// What a note on the selection is attached to; nil for a section heading.
    func noteTarget(of selection: Selection) -> NoteTarget? {
        if selection.item == .introduction { return .introduction }
        return selection.noteKey(in: document).map(NoteTarget.item)
    }

    /// The notes the reader shows with `selection`: on the introduction, or on a recommendation and its
    /// parts (by its note key: PR2's notes are not E2's).
    func notesShown(with selection: Selection) -> [Note] {
        switch selection.item {
        case .introduction: return notes.notes(on: .introduction)
        case .section: return []
        case .recommendation: return selection.withoutPart.noteKey(in: document).map(notes.notes(onRecommendation:)) ?? []
        }
    }

    func selection(of target: NoteTarget) -> Selection {
        switch target {
        case .introduction: return .introduction
        case let .item(id): return Selection(noteKey: id, in: document)
        }
    }

    /// "the introduction", "3b", "PR2" (as the outline names it).
    func name(of target: NoteTarget) -> String {
        target == .introduction ? "the introduction" : document.name(of: target)
    }
}
