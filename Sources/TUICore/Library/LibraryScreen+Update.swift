import Content

/// The library's reducer: its keys, as the keymap names them, applied to its state. What it asks of
/// the runtime (opening a review, searching every review) comes back as effects; quitting, and what
/// the review under it must save, the browser handles.
extension LibraryScreen {
    mutating func apply(_ action: BrowserAction) -> [Effect] {
        switch mode {
        case .list: return applyInList(action)
        case var .prompt(prompt): return applyAtPrompt(action, prompt: &prompt)
        case var .help(help):
            switch action {
            case let .move(move):
                help.scroll.apply(move)
                mode = .help(help)
            case .close: mode = .list
            case .redraw: return [.redrawAll]
            default: break
            }
            return []
        }
    }

    private mutating func applyInList(_ action: BrowserAction) -> [Effect] {
        switch action {
        case let .move(move):
            if var results = search {
                results.list.apply(move, count: results.rows?.count ?? 0)
                search = results
            } else {
                list.apply(move, count: rows.count)
            }
        case .choose: return openSelected()
        case .search(.filter): openPrompt(.filter, text: filter?.text ?? "")
        case .search(.clearFilter): setFilter("")
        case .search(.forward): openPrompt(.search, text: search?.query ?? "")
        case .search(.clearSearch), .cancel: search = nil
        case .library(.cycleSort):
            cycleSort()
            message = "Sorted by \(sort.rawValue)"
        case .showHelp: mode = .help(HelpState(startAt: .library))
        case .redraw: return [.redrawAll]
        default: break
        }
        return []
    }

    /// Enter: the review under the selection, or the match chosen in the search results.
    private func openSelected() -> [Effect] {
        if let search {
            switch search.selectedRow {
            case let .review(id, _, _): return [.openReview(document: id, at: nil)]
            case let .hit(hit): return [.openReview(document: hit.document, at: hit.item)]
            case nil: return []
            }
        }
        guard let entry = selectedEntry else { return [] }
        return [.openReview(document: entry.id, at: nil)]
    }

    private mutating func openPrompt(_ kind: PromptKind, text: String) {
        promptRestores = (filter?.text ?? "", search)
        var prompt = PromptState(kind: kind)
        prompt.text = text
        mode = .prompt(prompt)
    }

    private mutating func applyAtPrompt(_ action: BrowserAction, prompt: inout PromptState) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case let .promptInsert(character):
            prompt.line.insert(character)
            effects = typed(&prompt)
        case let .promptEdit(edit):
            if edit == .deleteBackward && prompt.line.isEmpty { return closePrompt(restoring: false) }
            prompt.line.apply(edit)
            effects = typed(&prompt)
        case .promptSubmit:
            if prompt.kind == .search && prompt.line.isEmpty { search = nil }
            return closePrompt(restoring: false)
        case .promptCancel: return closePrompt(restoring: true)
        case .redraw: return [.redrawAll]
        default: break
        }
        mode = .prompt(prompt)
        return effects
    }

    /// The filter narrows the rows as it is typed; the search asks the catalog at every key.
    private mutating func typed(_ prompt: inout PromptState) -> [Effect] {
        if prompt.kind == .filter {
            prompt.error = setFilter(prompt.text)
            return []
        }
        let query = prompt.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else {
            search = nil
            return []
        }
        search = LibrarySearch(query: query)
        return [.searchLibrary(query)]
    }

    private mutating func closePrompt(restoring: Bool) -> [Effect] {
        mode = .list
        guard restoring, let before = promptRestores else { return [] }
        setFilter(before.filter)
        search = before.search
        return []
    }
}
