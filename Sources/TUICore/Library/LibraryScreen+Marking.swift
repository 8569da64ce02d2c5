import Content

/// `m` in the library's search results: marks the match's item for the session in its own review's
/// notes. The core cannot know that review's marks without reading them, so the runtime toggles the
/// mark and answers with what the store now holds.
extension LibraryScreen {
    mutating func markSelectedMatch() -> [Effect] {
        guard let search else {
            message = "Marks go on a match: search with / first (or open a review)"
            return []
        }
        guard case let .hit(hit) = search.selectedRow, let item = hit.item else {
            message = "Marks go on recommendations and parts: select a match in one"
            return []
        }
        // With the match's series, so that the review marks PR2, not E2.
        return [.toggleLibraryMark(document: hit.document, item: item.inSeries(hit.series))]
    }

    /// The runtime's answer to `toggleLibraryMark`.
    mutating func marked(document: Int, item: ItemID, now marked: Bool?, failure: String?) {
        guard let marked else {
            message = failure ?? "The mark could not be saved"
            return
        }
        marksFromSearch[document, default: [:]][item] = marked
        let name = name(of: document)
        message = marked ? "Marked \(name) · \(item) for the session: M lists the plan across reviews"
            : "Unmarked \(name) · \(item)"
    }
}
