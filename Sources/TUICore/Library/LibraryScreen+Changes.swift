import Content

extension LibraryScreen {
    /// Another process changed the library: the rows, and whatever shows or is being read across
    /// reviews (the search's results, a matrix, the tracker, the marks) read again for the reviews
    /// there are now, so that no view counts or shows a review that has gone.
    mutating func replaceEntries(_ entries: [LibraryEntry]) -> [Effect] {
        replaceReviews(entries)
        var effects: [Effect] = search.map { [.searchLibrary($0.query)] } ?? []
        if let wanted = marksWanted {
            effects += askForMarks(wanted)
        } else if case let .some(purpose) = gathering {
            effects += askForReviews(purpose)
        } else if let shown = readingShown {
            switch shown {
            case let .reviews(kind): effects += askForReviews(kind)
            case .marks: effects += askForMarks(.list)
            }
            // Nothing left to read (the filter keeps no review): the list, which says so, not the old view.
            if gathering == nil && marksWanted == nil { mode = .list }
        }
        return effects
    }

    private enum Reading { case reviews(LibraryMatrix.Kind?), marks }

    /// What reads the view across reviews on screen: a matrix (or a cell's list) its kind's, the
    /// tracker the commitments, the plan the marks; nil for the list, a prompt or the help.
    private var readingShown: Reading? {
        switch mode {
        case let .matrix(matrix), let .tracker(_, _, over: matrix?): .reviews(matrix.kind)
        case let .tracker(view, _, over: nil): view.commitments == nil ? .marks : .reviews(nil)
        case .list, .prompt, .help: nil
        }
    }
}
