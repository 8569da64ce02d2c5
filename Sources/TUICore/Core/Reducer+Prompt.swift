/// Typing at the bottom-row prompt; a search or filter prompt re-runs its query as it changes
/// (see Reducer+Search).
extension BrowserState {
    mutating func typeAtPrompt(_ character: Character) {
        guard var prompt, prompt.text.count < (prompt.kind == .goTo ? 40 : 200) else { return }
        prompt.text.append(character)
        self.prompt = prompt
        promptTextChanged()
    }

    /// Backspace; on an empty prompt it closes the prompt, as in less.
    mutating func deleteAtPrompt() {
        guard var prompt else { return }
        guard !prompt.text.isEmpty else {
            if prompt.kind == .goTo { mode = .browse } else { cancelQueryPrompt() }
            return
        }
        prompt.text.removeLast()
        self.prompt = prompt
        promptTextChanged()
    }

    mutating func submitPrompt() {
        guard let prompt else { return }
        if prompt.kind == .goTo { mode = .browse; jump(to: prompt.text) } else { submitQueryPrompt() }
    }

    mutating func cancelPrompt() {
        guard let prompt else { return }
        if prompt.kind == .goTo { mode = .browse } else { cancelQueryPrompt() }
    }
}
