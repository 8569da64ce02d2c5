import Content
import Learning
import Search

/// The learning lists: opening them, moving in them, and going where a row leads.
extension BrowserState {
    enum LearningList: Sendable, Hashable {
        case glossary, acronymsHere, commitments, evidence
    }

    mutating func openList(_ kind: LearningList) {
        let list: ListView
        switch kind {
        // The acronyms' rows lead to a search: the index is built while the list is read.
        case .glossary:
            list = LearningLists.glossary(learning)
            searchEngine.prepareInBackground()
        case .acronymsHere:
            list = LearningLists.acronyms(in: selection, document: document, learning: learning)
            searchEngine.prepareInBackground()
        case .commitments: list = LearningLists.commitments(learning, filter: filter)
        case .evidence:
            guard selection.recommendationNumber != nil else {
                message = "Select a recommendation to see what casebook derived from it"
                return
            }
            // By item, so the second of two recommendations that share a number shows its own.
            list = LearningLists.evidence(for: learning(of: selection))
        }
        mode = .learningList(list)
    }

    mutating func chooseListRow() {
        guard let list = mode.learningList else { return }
        mode = .browse
        let selected = list.state.selected
        guard (0..<list.count).contains(selected), let target = list.row(at: selected).target else { return }
        switch target {
        case let .evidence(evidence):
            reveal(evidence.place, remember: true)
            spotlight = evidence
            if layout.isSinglePane { focus = .reader }
        case let .search(text):
            guard let query = try? SearchQuery(parsing: text) else { return }
            let from = selection
            search = QuerySession(text: text, result: searchIndex.run(query))
            currentMatch = nil
            stepMatch(forward: true)
            if selection != from, history.last != from { history.append(from) }
            message = search.map { "/\(text): \($0.result.matchCount) occurrences — n and N walk them" }
        }
    }
}

extension BrowserState {
    /// A recommendation row's derived status, for the outline's badge.
    func status(of row: OutlineRow) -> RecommendationStatus.Value? {
        guard row.kind == .recommendation else { return nil }
        return learning(of: row.selection)?.status?.value
    }

    /// What casebook derived about the selected recommendation (by item, not number); nil elsewhere.
    func learning(of selection: Selection) -> RecommendationLearning? {
        itemIndex[selection.item].map { learning.learning(at: $0) }
    }
}
