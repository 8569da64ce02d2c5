import Content

/// Typing at the bottom-row prompt, which edits as readline does; a search or filter prompt
/// re-runs its query as it changes (see Reducer+Search).
extension BrowserState {
    mutating func typeAtPrompt(_ character: Character) {
        if narrowPicker({ $0.insert(character) }) { return }
        guard var prompt, prompt.text.count < (prompt.kind == .goTo ? 40 : 200) else { return }
        prompt.line.insert(character)
        self.prompt = prompt
        promptTextChanged()
    }

    /// Cursor moves and deletions; Backspace on an empty prompt closes it, as in less, leaving
    /// everything as it was (a kept search too: only Esc at an empty `/` clears it).
    mutating func editPrompt(_ edit: LineEditor.Edit) {
        if narrowPicker({ $0.apply(edit) }) { return }
        guard var prompt else { return }
        if edit == .deleteBackward && prompt.line.isEmpty {
            return prompt.kind == .goTo ? (mode = .browse) : putBackQueries()
        }
        let before = prompt.text
        prompt.line.apply(edit)
        self.prompt = prompt
        if prompt.text != before { promptTextChanged() }
    }

    mutating func submitPrompt() {
        guard let prompt else { return }
        if prompt.kind == .goTo {
            mode = .browse
            remember(prompt.text, in: .goTo)
            jump(to: prompt.text)
        } else {
            submitQueryPrompt()
        }
    }

    mutating func cancelPrompt() {
        guard let prompt else { return }
        if prompt.kind == .goTo { mode = .browse } else { cancelQueryPrompt() }
    }

    /// Up and Down walk what was entered earlier at this kind of prompt, as a shell does.
    mutating func recallPromptHistory(older: Bool) {
        guard var prompt else { return }
        let entries = promptHistory[prompt.kind] ?? []
        guard !entries.isEmpty else { return }
        if prompt.historyPosition == nil { prompt.draft = prompt.text }
        let position = (prompt.historyPosition ?? entries.count) + (older ? -1 : 1)
        guard position >= 0, prompt.historyPosition != nil || older else { return }
        if position >= entries.count {
            prompt.historyPosition = nil
            prompt.text = prompt.draft
        } else {
            prompt.historyPosition = position
            prompt.text = entries[position]
        }
        self.prompt = prompt
        promptTextChanged()
    }

    /// Keeps an entry for Up to recall, once, as the newest.
    mutating func remember(_ entry: String, in kind: PromptKind) {
        let trimmed = TerminalSafe.trim(entry)
        guard !trimmed.isEmpty else { return }
        var entries = promptHistory[kind] ?? []
        entries.removeAll { $0 == trimmed }
        entries.append(trimmed)
        if entries.count > Self.historyLimit { entries.removeFirst() }
        promptHistory[kind] = entries
    }
}
