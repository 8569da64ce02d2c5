import Content
import Search

/// Search (`/`, `n`, `N`, `u`) and filtering (`&`, `f`, `F`): queries run as they are typed (the
/// word being typed as a prefix), Esc puts everything back, Enter keeps the query as typed.
extension BrowserState {
    mutating func handleSearch(_ request: SearchRequest) {
        switch request {
        case .forward: openPrompt(.search)
        case .filter, .chooseFilter: openPrompt(.filter)
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .clearFilter:
            guard filter != nil else { message = "No filter to clear"; return }
            filter = nil
            keepSelectionVisible()
            message = "Filter cleared: all \(document.recommendationCount) recommendations"
        case .clearSearch:
            guard search != nil else { message = "No search to clear"; return }
            clearSearch()
        }
    }

    mutating func openPrompt(_ kind: PromptKind) {
        let before = kind == .goTo ? nil
            : PromptSnapshot(selection: selection, reader: reader, outlineTop: outlineTop,
                             search: search, currentMatch: currentMatch, filter: filter)
        // An empty prompt, as in less and vim: Up recalls the query in force to refine it.
        mode = .prompt(PromptState(kind: kind, before: before))
        // Built while the first word is typed, so that its first key seldom waits for it.
        if kind != .goTo { searchEngine.prepareInBackground() }
    }

    /// `u`, or Esc at an empty `/` prompt: no highlights, no counts, nothing for `n` to walk.
    private mutating func clearSearch() {
        search = nil
        currentMatch = nil
        message = "Search cleared"
    }

    /// The text at the prompt changed: a search or filter re-runs at once.
    mutating func promptTextChanged() {
        guard let prompt, prompt.kind != .goTo, let snapshot = prompt.before else { return }
        let text = prompt.text
        guard !text.allSatisfy(\.isWhitespace) else {
            self.prompt?.error = nil
            if prompt.kind == .search { search = nil; currentMatch = nil } else { filter = nil }
            restorePosition(snapshot)
            return
        }
        let query: SearchQuery
        do {
            query = try SearchQuery(typing: text)
        } catch {
            self.prompt?.error = error.message
            return
        }
        self.prompt?.error = nil
        run(QuerySession(text: text, result: searchIndex.run(query)), at: prompt.kind, from: snapshot)
    }

    /// Puts a query's result in force: a search shows its first match from where the prompt opened;
    /// a filter keeps the selection when it lets it through, else moves to the first recommendation it keeps.
    private mutating func run(_ session: QuerySession, at kind: PromptKind, from snapshot: PromptSnapshot) {
        if kind == .search {
            search = session
            restorePosition(snapshot)
            currentMatch = nil
            if let first = firstVisibleMatch(from: snapshot.selection) { show(match: first) }
            return
        }
        filter = session
        if snapshot.selection.recommendationNumber != nil && isVisible(snapshot.selection) {
            restorePosition(snapshot)
        } else if selection.recommendationNumber == nil || !isVisible(selection) {
            let kept = visibleRows.first { $0.kind == .recommendation } ?? visibleRows.first
            if let kept { go(to: kept.selection, remember: false) }
        }
    }

    /// Enter: the query as typed (its last word no longer a prefix) stays in force. A search that
    /// finds nothing leaves the search before it in force, as in less; an empty one changes nothing.
    /// A query that cannot run keeps the prompt open, its reason on show.
    mutating func submitQueryPrompt() {
        guard let prompt, prompt.error == nil, let snapshot = prompt.before else { return }
        let text = prompt.text
        if prompt.kind == .search && text.allSatisfy(\.isWhitespace) { return putBackQueries() }
        // What the prompt lit as the last word was typed (as a prefix), to say so if Enter finds nothing.
        let litWhileTyping = prompt.kind == .search ? search?.result.matchCount ?? 0 : 0
        mode = .browse
        remember(text, in: prompt.kind)
        if let query = try? SearchQuery(parsing: text), !text.allSatisfy(\.isWhitespace) {
            run(QuerySession(text: text, result: searchIndex.run(query)), at: prompt.kind, from: snapshot)
        }
        if prompt.kind == .search, let search {
            if search.result.matchCount == 0 {
                restoreQueries(snapshot)
                restorePosition(snapshot)
                message = "Pattern not found: \(search.text)" + Self.prefixHint(text, litWhileTyping: litWhileTyping)
                return
            }
            if currentMatch != nil { showReaderIfAlone() } else { message = "No matches here: the filter hides them" }
        } else if prompt.kind == .filter, filter != nil, visibleRows.allSatisfy({ $0.kind != .recommendation }) {
            message = "No recommendation matches: F clears the filter"
        }
        if selection != snapshot.selection { history.append(snapshot.selection) }
    }

    /// Why a search that lit matches while typing found none on Enter: its last word, no longer a
    /// prefix, is a whole word now; `word*` keeps it a prefix.
    static func prefixHint(_ text: String, litWhileTyping count: Int) -> String {
        guard count > 0, let last = text.split(separator: " ").last, !last.hasSuffix("*"), !last.hasSuffix("\"") else { return "" }
        return " as a word (\(last)* finds the \(count) lit as you typed)"
    }

    /// Esc: everything as it was when the prompt opened; at an empty `/` prompt, the search cleared too.
    mutating func cancelQueryPrompt() {
        let clears = prompt?.kind == .search && prompt?.text.isEmpty == true
        putBackQueries()
        if clears && search != nil { clearSearch() }
    }

    /// Closes the prompt with everything as it was when it opened.
    mutating func putBackQueries() {
        guard let snapshot = prompt?.before else { mode = .browse; return }
        mode = .browse
        restoreQueries(snapshot)
        restorePosition(snapshot)
    }

    private mutating func restoreQueries(_ snapshot: PromptSnapshot) {
        search = snapshot.search
        currentMatch = snapshot.currentMatch
        filter = snapshot.filter
    }

    private mutating func restorePosition(_ snapshot: PromptSnapshot) {
        selection = snapshot.selection
        reader = snapshot.reader
        outlineTop = snapshot.outlineTop
        keepSelectionVisible()
    }

    // MARK: Matches

    /// `n`/`N`: the next match across the whole document, wrapping at the ends and saying so.
    mutating func stepMatch(forward: Bool) {
        guard let search else {
            message = "No search yet: / to search"
            return
        }
        let count = search.result.matchCount
        guard count > 0 else {
            message = "Pattern not found: \(search.text)"
            return
        }
        var index = currentMatch ?? (forward ? -1 : count)
        var wrapped = false
        for _ in 0..<count {
            index += forward ? 1 : -1
            if index >= count { index = 0; wrapped = true }
            if index < 0 { index = count - 1; wrapped = true }
            if isVisible(search.result.item(ofMatch: index)) {
                let from = selection
                show(match: index)
                showReaderIfAlone()
                if selection != from { history.append(from) }
                if wrapped { message = forward ? "Search wrapped to the top" : "Search wrapped to the bottom" }
                return
            }
        }
        message = "No matches here: the filter hides them"
    }

    /// The first match at or after an item, wrapping to the start; none when every match is filtered out.
    private func firstVisibleMatch(from selection: Selection) -> Int? {
        guard let result = search?.result, result.matchCount > 0 else { return nil }
        let start = result.firstMatch(from: selection.item) ?? 0
        for offset in 0..<result.matchCount {
            let index = (start + offset) % result.matchCount
            if isVisible(result.item(ofMatch: index)) { return index }
        }
        return nil
    }

    /// Selects the match's item and scrolls the reader so the match is in view, a third of the way down.
    mutating func show(match index: Int) {
        guard let match = search?.result.match(at: index) else { return }
        currentMatch = index
        reveal(match)
    }

    /// With one pane showing, a match is worth nothing in the hidden reader: bring it forward.
    private mutating func showReaderIfAlone() {
        if layout.isSinglePane { focus = .reader }
    }

    /// Selects the item holding some words and scrolls the reader so they are in view.
    mutating func reveal(_ place: Place, remember: Bool = false) {
        go(to: Selection(of: place), remember: remember)
        reader.reveal(place)
    }

    func isVisible(_ selection: Selection) -> Bool { isVisible(selection.item) }

    /// Whether the filter lets an item through (the introduction and sections always show).
    func isVisible(_ item: Place.Item) -> Bool {
        guard case .recommendation = item else { return true }
        return filteredItems?.contains(item) ?? true
    }

    /// Matches in an outline row's item (a part counts its own), or nil when there is no search.
    func matchCount(for row: OutlineRow) -> Int? {
        guard let result = search?.result ?? filter?.result, !result.query.positiveTerms.isEmpty else { return nil }
        if let letter = row.selection.part { return result.count(row.selection.item, part: letter) }
        return result.count(row.selection.item)
    }
}
