import Content

extension GlossaryEntry {
    /// Where the acronym occurs: "intro", "section 2", "3a", "8", each place once, in order.
    public var occurrencePlaces: [String] {
        var seen = Set<String>()
        return occurrences.map(\.shortPlace).filter { seen.insert($0).inserted }
    }
}

extension Evidence {
    /// The id a reader types for the evidence's place, or the introduction or a section.
    public var shortPlace: String {
        if let item { return item.description }
        if case let .section(index) = location.item { return "section \(index + 1)" }
        return "intro"
    }
}
