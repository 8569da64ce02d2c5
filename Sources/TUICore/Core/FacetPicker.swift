/// The facet picker: facets a filter can use, to insert without knowing the syntax, narrowed by
/// what is typed (as fzf does): every word typed must occur in an entry's facet or description.
struct FacetPicker: Sendable {
    struct Entry: Sendable, Hashable {
        /// What goes into the prompt: "section:generic", "in:response".
        var facet: String
        var help: String
        /// How many recommendations the facet alone lets through; nil where that says nothing (`in:`).
        var count: Int?
    }

    let entries: [Entry]
    /// What is typed to narrow the entries.
    private(set) var narrowing = LineEditor()
    /// The entries that show, as indices into `entries`; the list's selection is a position in it.
    private(set) var shown: [Int]
    var state = ListState()

    init(entries: [Entry]) {
        self.entries = entries
        shown = Array(entries.indices)
    }

    /// The entry selected, if any shows.
    var selected: Entry? { shown.indices.contains(state.selected) ? entries[shown[state.selected]] : nil }

    mutating func narrow(_ change: (inout LineEditor) -> Void) {
        change(&narrowing)
        let words = narrowing.text.lowercased().split(separator: " ")
        shown = entries.indices.filter { index in
            let entry = (entries[index].facet + " " + entries[index].help).lowercased()
            return words.allSatisfy { entry.contains($0) }
        }
        state = ListState()
    }
}
