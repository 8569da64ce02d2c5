import Content
import Learning
import Search

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
        case let .tracker(view, targets, matrix):
            return applyInTracker(action, view: view, targets: targets, over: matrix)
        case var .matrix(matrix):
            switch action {
            case let .move(move): matrix.list.apply(move, count: matrix.labels.count)
            case let .library(.column(delta)): matrix.moveColumn(by: delta)
            case .choose:
                guard let (view, targets) = matrix.cellList() else { return [] }
                mode = .tracker(view, targets: targets, over: matrix)
                return []
            case .close:
                mode = .list
                return []
            case .redraw: return [.redrawAll]
            default: break
            }
            mode = .matrix(matrix)
            return []
        }
    }

    private mutating func applyInTracker(_ action: BrowserAction, view: ListView,
                                         targets: [LibraryTarget], over matrix: LibraryMatrix?) -> [Effect] {
        var view = view
        switch action {
        case let .move(move): view.state.apply(move, count: view.count)
        case .choose:
            let selected = view.state.selected
            if let commitments = view.commitments, commitments.commitments.indices.contains(selected) {
                return [commitments.target(at: selected).opening]
            }
            guard targets.indices.contains(selected) else { return [] }
            return [targets[selected].opening]
        case .close:
            mode = matrix.map(Mode.matrix) ?? .list
            return []
        case .redraw: return [.redrawAll]
        default: break
        }
        mode = .tracker(view, targets: targets, over: matrix)
        return []
    }

    /// `C`, `t`, `a`: the runtime reads what the library derived of the reviews the filter keeps (their
    /// commitments, or their recommendations' themes and agencies); the tracker or the matrix shows
    /// when they arrive.
    mutating func askForReviews(_ purpose: LibraryMatrix.Kind?) -> [Effect] {
        let (ids, filter) = purpose == nil ? trackerReading : (rows.map(\.id), nil)
        guard !ids.isEmpty else {
            message = "No review kept by the filter"
            return []
        }
        gathering = .some(purpose)
        message = "Reading \(Self.reviews(ids.count))…"
        return [purpose == nil ? .readLibraryCommitments(ids, filter: filter) : .readLibraryRecommendations(ids)]
    }

    /// Whether the runtime's reading `effect` is still wanted (Esc stops a long one).
    func awaits(_ effect: Effect) -> Bool {
        switch effect {
        case .readLibraryRecommendations: if case .some(.some) = gathering { true } else { false }
        case .readLibraryCommitments: if case .some(.none) = gathering { true } else { false }
        case .readMarks: marksWanted != nil
        default: false
        }
    }

    /// How far the runtime has got parsing the reviews of a library imported by an older casebook.
    mutating func parsing(done: Int, of total: Int) {
        let purpose = switch gathering {
        case .some(.some(.themes)): "the themes"
        case .some(.some(.agencies)): "the agencies"
        case .some(.none): "the tracker"
        case nil: "the marks"
        }
        message = "Reading reviews for \(purpose)… \(DigitGroups.of(done)) of \(DigitGroups.of(total)) (once; Esc stops)"
    }

    /// Esc while the runtime parses: what it stored so far is kept, so asking again goes on from there.
    private mutating func stopReading() {
        gathering = nil
        marksWanted = nil
        message = "Stopped: the reviews read so far are kept, and asking again goes on from there"
    }

    /// The recommendations the runtime read, for the matrix asked for.
    mutating func recommendationsRead(ids: [Int], recommendations: [LibraryRecommendation]?, failure: String?) {
        guard case let .some(.some(kind)) = gathering else { return }
        gathering = nil
        guard let recommendations else {
            message = failure ?? "The library could not be read"
            return
        }
        message = nil
        mode = .matrix(LibraryMatrix(kind: kind, reviews: reviewNames(ids).map { LibraryMatrix.Review(id: $0.id, name: $0.name) },
                                     recommendations: recommendations))
    }

    /// The commitments the runtime read, for the tracker.
    mutating func commitmentsRead(ids: [Int], commitments: LibraryCommitments?, failure: String?) {
        guard case .some(.none) = gathering else { return }
        gathering = nil
        guard let commitments else {
            message = failure ?? "The library could not be read"
            return
        }
        message = nil
        showTracker(ids: ids, commitments: commitments)
    }

    /// Each review's name as everywhere else in the library ("Child J"; two reviews of a Child E are
    /// "Child E #5" and "Child E #13" whatever the filter keeps), so that the matrix's columns, the
    /// tracker, the address and the slides name a review alike.
    private func reviewNames(_ ids: [Int]) -> [(id: Int, name: String)] {
        ids.map { ($0, name(of: $0)) }
    }

    /// `M`, `p`: the runtime reads the marks of the reviews the filter keeps.
    mutating func askForMarks(_ wanted: MarksWanted) -> [Effect] {
        guard !rows.isEmpty else {
            message = "No review kept by the filter"
            return []
        }
        marksWanted = wanted
        message = "Reading the marks of \(rows.count) review\(rows.count == 1 ? "" : "s")…"
        return [.readMarks(rows.map(\.id))]
    }

    /// The session plan across reviews: every marked recommendation, named with its review.
    mutating func showMarks(ids: [Int], documents: [ReviewDocument], marks: [[ItemID]]) {
        message = nil
        var rows: [ListView.Row] = []
        var targets: [LibraryTarget] = []
        for (id, (document, marked)) in zip(ids, zip(documents, marks)) {
            let name = name(of: id, title: document.title)
            for item in marked.sorted() {
                // By its note key: a mark on PR2 is PR2's, named and opened so.
                let recommendation = document.recommendation(item.recommendation)
                // A marked part shows its own words, not its recommendation's.
                let part = item.part.flatMap { label in recommendation?.parts.first { $0.label == label } }
                let text = part?.plainText ?? recommendation.map { $0.gist.isEmpty ? $0.heading : $0.gist } ?? ""
                rows.append(ListView.Row(key: document.name(of: .item(item)), text: text, detail: name, target: nil))
                targets.append(LibraryTarget(document: id, item: item.withoutSeries, series: item.series))
            }
        }
        let view = ListView(title: " Marked for the session: \(rows.count) across \(Self.reviews(Set(targets.map(\.document)).count)) ",
                            emptyText: "Nothing marked: open a review and mark recommendations with m.", rows: rows)
        mode = .tracker(view, targets: targets, over: nil)
    }

    /// "1 review", "3 reviews".
    private static func reviews(_ count: Int) -> String { Counted.of(count, "review") }

    /// The tracker across the reviews read: every commitment, by review and recommendation.
    /// Its rows are made as they show, from the commitments as the runtime read them.
    private mutating func showTracker(ids: [Int], commitments: LibraryCommitments) {
        let rows = LibraryTrackerRows(commitments: commitments, names: Dictionary(reviewNames(ids), uniquingKeysWith: { first, _ in first }))
        let scope = filter.map { " in & \($0.text)" } ?? ""
        // With recommendation facets, the reviews read are more than those the commitments come from.
        let reviews = filter?.filter.recommendationQuery == nil ? ids.count : Set(commitments.indices.map { commitments.recommendation(at: $0).document }).count
        let view = ListView(title: " Still to do: \(Counted.of(commitments.count, "commitment")) in \(Self.reviews(reviews))\(scope) ",
                            emptyText: "No commitments found in these reviews.", commitments: rows)
        mode = .tracker(view, targets: [], over: nil)
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
        // Esc (`u` too) while the runtime parses an older library's reviews: stopped, not the search left.
        case .search(.clearSearch) where gathering != nil || marksWanted != nil, .cancel where gathering != nil || marksWanted != nil:
            stopReading()
        case .search(.clearSearch), .cancel: search = nil
        case .library(.cycleSort):
            cycleSort()
            message = "Sorted by \(sort.rawValue)"
        case .showHelp: mode = .help(HelpState(startAt: .library))
        case .openList(.commitments): return askForReviews(nil)
        case let .library(.matrix(kind)): return askForReviews(kind)
        case .note(.openList): return askForMarks(.list)
        case .present(.start): return askForMarks(.present(quitsOnStop: false))
        case .note(.toggleMark): return markSelectedMatch()
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
            case let .hit(hit): return [.openReview(document: hit.document, at: hit.item, series: hit.series)]
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
            // A query that cannot run keeps the prompt open with its reason, as the review's does.
            guard prompt.error != nil else { return closePrompt(restoring: false) }
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
        prompt.error = nil
        guard !query.isEmpty else {
            search = nil
            return []
        }
        // Said at the prompt at once ("year:abc is not a year…"), not searched as if nothing matched.
        do { _ = try SearchQuery(typing: query) } catch {
            prompt.error = error.message
            return []
        }
        search = LibrarySearch(query: query)
        return [.searchLibrary(query)]
    }

    /// The catalog's answer to the search still being asked for; one it could not run says why at the
    /// prompt (or, the prompt closed, on the status line) instead of showing no matches.
    mutating func searched(_ query: String, hits: [LibraryHit], counts: LibrarySearchCounts?, failure: String?) {
        guard search?.query == query else { return }
        guard let failure else {
            search?.answer(hits, counts: counts)
            return
        }
        search = nil
        if case var .prompt(prompt) = mode, prompt.kind == .search {
            prompt.error = failure
            mode = .prompt(prompt)
        } else {
            message = failure
        }
    }

    private mutating func closePrompt(restoring: Bool) -> [Effect] {
        mode = .list
        guard restoring, let before = promptRestores else { return [] }
        setFilter(before.filter)
        search = before.search
        return []
    }
}
